package io.camelmessaging.component.validation;

/**
 * Counts the SMS parts of a text as carriers bill it (3GPP TS 23.038 and 23.040). GSM7: one part holds 160 septets,
 * a part of a longer message 153, and an extension character (escape + character) is never split across parts.
 * UCS2: one part holds 70 code units, a part of a longer message 67, and a surrogate pair is never split.
 */
public final class SmsSegmentCounter {

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                                            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "\f^{}\\[~]|€";
    private static final int TABLE_SIZE = 0x400;
    /** Septets per character below {@link #TABLE_SIZE}: 1 basic, 2 extension, 0 not in the GSM alphabet. */
    private static final byte[] SEPTETS = new byte[TABLE_SIZE];

    static {
        GSM_BASIC.chars().forEach(c -> SEPTETS[c] = 1);
        GSM_EXTENSION.chars().filter(c -> c < TABLE_SIZE).forEach(c -> SEPTETS[c] = 2);
    }

    private SmsSegmentCounter() {
    }

    /** The encoding, parts and units of a text; null and empty texts cost 0 parts. */
    public static SmsSegments count(String text) {
        if (text == null || text.isEmpty()) {
            return new SmsSegments(SmsEncoding.GSM7, 0, 0);
        }
        int septets = gsmSeptets(text);
        return septets >= 0 ? pack(SmsEncoding.GSM7, text, septets, 160, 153)
                : pack(SmsEncoding.UCS2, text, text.length(), 70, 67);
    }

    /** Septets of the text in GSM7, or -1 when a character is outside the GSM alphabet. */
    private static int gsmSeptets(String text) {
        int total = 0;
        for (int i = 0; i < text.length(); i++) {
            int cost = septets(text.charAt(i));
            if (cost == 0) {
                return -1;
            }
            total += cost;
        }
        return total;
    }

    private static int septets(char c) {
        if (c < TABLE_SIZE) {
            return SEPTETS[c];
        }
        return c == '€' ? 2 : 0;
    }

    /** Fills parts of {@code multiPartSize} units without splitting a two-unit character. */
    private static SmsSegments pack(SmsEncoding encoding, String text, int units, int singlePartSize,
                                    int multiPartSize) {
        if (units <= singlePartSize) {
            return new SmsSegments(encoding, 1, units);
        }
        int parts = 1;
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            // GSM7: one char of 1 or 2 septets; UCS2: one code point of 1 or 2 UTF-16 units (a lone surrogate is 1)
            int cost = encoding == SmsEncoding.GSM7 ? septets(text.charAt(i))
                    : Character.charCount(text.codePointAt(i));
            if (used + cost > multiPartSize) {
                parts++;
                used = 0;
            }
            used += cost;
            i += encoding == SmsEncoding.GSM7 ? 1 : cost;
        }
        return new SmsSegments(encoding, parts, units);
    }
}
