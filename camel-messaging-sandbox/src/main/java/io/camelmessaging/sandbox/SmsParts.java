package io.camelmessaging.sandbox;

/**
 * How many SMS parts a text takes, as carriers count them: GSM 03.38 (160 characters alone, 153 per part, extension
 * characters counting twice) or else UCS-2 (70 alone, 67 per part, in UTF-16 code units).
 */
final class SmsParts {

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                                            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "\f^{}\\[~]|€";

    private SmsParts() {
    }

    static boolean isGsm(String text) {
        return text.chars().allMatch(c -> GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENSION.indexOf(c) >= 0);
    }

    static int count(String text) {
        if (isGsm(text)) {
            int septets = text.chars().map(c -> GSM_EXTENSION.indexOf(c) >= 0 ? 2 : 1).sum();
            return septets <= 160 ? 1 : (septets + 152) / 153;
        }
        return text.length() <= 70 ? 1 : (text.length() + 66) / 67;
    }
}
