package io.camelmessaging.component.provider.azure;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An Azure Communication Services connection string, {@code endpoint=https://...;accesskey=...}, checked when an
 * endpoint starts. Errors name the part that is wrong and never show a value: a misplaced separator can move key
 * material into any part.
 *
 * @param endpoint  the resource's https URL
 * @param accessKey the base64 access key
 */
record AcsConnectionString(String endpoint, String accessKey) {

    private static final String OPTION = "Option connectionString: ";
    private static final String FORMAT = " (expected endpoint=https://<resource>.communication.azure.com/;"
                                         + "accesskey=<base64 key>)";

    /** Parses and checks a connection string: keys in any case and order, empty parts (a trailing ';') ignored. */
    static AcsConnectionString parse(String connectionString) {
        Map<String, String> parts = new HashMap<>();
        for (String part : connectionString.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int separator = part.indexOf('=');
            if (separator < 0) {
                throw new IllegalArgumentException(OPTION + "a part is not key=value" + FORMAT);
            }
            String key = part.substring(0, separator).trim().toLowerCase(Locale.ROOT);
            if (!key.equals("endpoint") && !key.equals("accesskey")) {
                throw new IllegalArgumentException(OPTION + "a part is neither endpoint nor accesskey" + FORMAT);
            }
            if (parts.put(key, part.substring(separator + 1).trim()) != null) {
                throw new IllegalArgumentException(OPTION + key + " is given twice");
            }
        }
        for (String key : new String[] { "endpoint", "accesskey" }) {
            if (!parts.containsKey(key)) {
                throw new IllegalArgumentException(OPTION + key + " is missing" + FORMAT);
            }
        }
        return new AcsConnectionString(checkedEndpoint(OPTION + "endpoint", parts.get("endpoint")),
                checkedAccessKey(OPTION + "accesskey", parts.get("accesskey")));
    }

    /** The endpoint if it is an absolute https URL with a host; otherwise an error that starts with {@code name}. */
    static String checkedEndpoint(String name, String endpoint) {
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(name + " is not a URL");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException(name + " is not an https URL");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException(name + " has no host");
        }
        return endpoint;
    }

    /** The key if it is non-empty base64; otherwise an error that starts with {@code name}, without the decoder's. */
    static String checkedAccessKey(String name, String accessKey) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(accessKey);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " is not base64");
        }
        if (decoded.length == 0) {
            throw new IllegalArgumentException(name + " is empty");
        }
        return accessKey;
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "AcsConnectionString[endpoint=" + endpoint + "]";
    }
}
