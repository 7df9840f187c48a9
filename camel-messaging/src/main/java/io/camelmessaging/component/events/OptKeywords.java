package io.camelmessaging.component.events;

import java.util.Locale;
import java.util.Set;

/**
 * The opt-out and opt-in keywords of inbound messages: AWS End User Messaging SMS's default keywords, which are also the
 * usual carrier keywords. A message is an opt keyword when its whole text, trimmed, is one of them in any case.
 */
final class OptKeywords {

    private static final Set<String> OPT_OUT = Set.of(
            "STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "OPTOUT", "OPT-OUT", "REMOVE", "REVOKE",
            "ARRET", "TD");
    private static final Set<String> OPT_IN = Set.of("START", "UNSTOP");

    private OptKeywords() {
    }

    /** The opt keyword among the candidates (in upper case), or null when none is one. */
    static String match(String... candidates) {
        for (String candidate : candidates) {
            String word = normalize(candidate);
            if (OPT_OUT.contains(word) || OPT_IN.contains(word)) {
                return word;
            }
        }
        return null;
    }

    static boolean isOptOut(String keyword) {
        return OPT_OUT.contains(normalize(keyword));
    }

    static boolean isOptIn(String keyword) {
        return OPT_IN.contains(normalize(keyword));
    }

    private static String normalize(String value) {
        return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    }
}
