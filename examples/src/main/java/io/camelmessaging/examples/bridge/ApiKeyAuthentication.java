package io.camelmessaging.examples.bridge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Lets a request of an HTTP bridge through only with the API key, sent as header {@code X-Api-Key} or as
 * {@code Authorization: Bearer <key>}. It answers 401 when no key was sent and 403 when it is wrong, with a JSON
 * error, and stops the route. The keys are compared as SHA-256 digests with {@link MessageDigest#isEqual}, in time that
 * tells nothing of the key. The key headers are removed, so they go no further than this check.
 */
public final class ApiKeyAuthentication implements Processor {

    static final String API_KEY_HEADER = "X-Api-Key";
    private static final String BEARER = "Bearer ";

    private byte[] expectedDigest;

    /** The key callers must send; at least 16 characters. */
    public void setApiKey(String apiKey) {
        if (apiKey == null || apiKey.length() < 16) {
            throw new IllegalArgumentException("The API key of an HTTP bridge must have at least 16 characters");
        }
        this.expectedDigest = digest(apiKey);
    }

    @Override
    public void process(Exchange exchange) {
        if (expectedDigest == null) {
            throw new IllegalStateException("No API key is configured for the HTTP bridge");
        }
        String sent = sentKey(exchange);
        exchange.getMessage().removeHeader(API_KEY_HEADER);
        exchange.getMessage().removeHeader("Authorization");
        if (sent == null) {
            refuse(exchange, 401, "an API key is required (header X-Api-Key or Authorization: Bearer)");
        } else if (!MessageDigest.isEqual(expectedDigest, digest(sent))) {
            refuse(exchange, 403, "the API key is not valid");
        }
    }

    private static String sentKey(Exchange exchange) {
        String key = exchange.getMessage().getHeader(API_KEY_HEADER, String.class);
        if (key != null && !key.isEmpty()) {
            return key;
        }
        String authorization = exchange.getMessage().getHeader("Authorization", String.class);
        return authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? authorization.substring(BEARER.length()).trim() : null;
    }

    private static void refuse(Exchange exchange, int status, String reason) {
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        if (status == 401) {
            exchange.getMessage().setHeader("WWW-Authenticate", "Bearer");
        }
        exchange.getMessage().setBody("{\"error\": \"" + reason + "\"}");
        exchange.setRouteStop(true);
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
