package io.camelmessaging.component.events;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared secret of a webhook, and the check of what a request presents: query parameter {@code secret} or header
 * {@code X-Webhook-Secret}. Every value presented is compared in constant time; its text never leaves this class.
 */
final class WebhookSecret {

    /** The query parameter that carries the secret in the subscription's URL. */
    static final String QUERY_PARAMETER = "secret";
    /** The header that carries the secret (an Event Grid delivery property). */
    static final String HEADER = "X-Webhook-Secret";

    /** What a request presented. */
    enum Verdict {
        /** Every value presented is the secret. */
        AUTHENTIC,
        /** No value was presented. */
        MISSING,
        /** A value presented is not the secret. */
        WRONG
    }

    private final byte[] expected;

    private WebhookSecret(String secret) {
        this.expected = secret.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The secret of option {@code webhookSecret}.
     *
     * @throws IllegalArgumentException when it is missing or blank, naming the option, never its value
     */
    static WebhookSecret of(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("Option webhookSecret is required by messaging:events of provider azure: "
                                               + "a webhook without a secret takes anyone's events");
        }
        return new WebhookSecret(secret);
    }

    /**
     * Checks the values a request presented.
     *
     * @param rawQuery the request's query string, undecoded, or null
     * @param header   the {@code X-Webhook-Secret} header: null, a String, or an Iterable of its values
     */
    Verdict check(String rawQuery, Object header) {
        List<String> presented = queryValues(rawQuery);
        if (header instanceof Iterable<?> values) {
            values.forEach(value -> presented.add(String.valueOf(value)));
        } else if (header != null) {
            presented.add(header.toString());
        }
        if (presented.isEmpty()) {
            return Verdict.MISSING;
        }
        boolean authentic = true;
        for (String value : presented) {
            // the expected bytes come first: the time taken depends on the secret's length, not on the value's
            authentic &= MessageDigest.isEqual(expected, value.getBytes(StandardCharsets.UTF_8));
        }
        return authentic ? Verdict.AUTHENTIC : Verdict.WRONG;
    }

    private static List<String> queryValues(String rawQuery) {
        List<String> values = new ArrayList<>(1);
        if (rawQuery == null || rawQuery.isEmpty()) {
            return values;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (QUERY_PARAMETER.equals(decode(name))) {
                values.add(equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        return values;
    }

    /** The decoded text, or the text as written when it is not valid URL encoding. */
    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
