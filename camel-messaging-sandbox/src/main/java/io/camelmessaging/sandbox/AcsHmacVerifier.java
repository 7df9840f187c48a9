package io.camelmessaging.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Verifies Azure Communication Services requests: HMAC-SHA256 signatures made with the resource's access key, or a
 * bearer token. The string to sign is {@code METHOD\npath?query\nx-ms-date;host;x-ms-content-sha256}.
 */
final class AcsHmacVerifier {

    private static final Pattern AUTHORIZATION = Pattern.compile(
            "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=(\\S+)");
    private static final Duration MAX_SKEW = Duration.ofMinutes(15);

    private final byte[] key;
    private final String bearerToken;
    private final Clock clock;

    /**
     * @param accessKey   the base64 access key of the emulated resource
     * @param bearerToken the token accepted as {@code Authorization: Bearer ...}
     */
    AcsHmacVerifier(String accessKey, String bearerToken, Clock clock) {
        this.key = Base64.getDecoder().decode(accessKey);
        this.bearerToken = bearerToken;
        this.clock = clock;
    }

    /** Null when the request is authentic, otherwise why not. */
    String verify(HttpCall call) {
        String authorization = call.header("authorization");
        if (authorization == null) {
            return "missing Authorization header";
        }
        if (authorization.startsWith("Bearer ")) {
            return constantTimeEquals(authorization.substring(7), bearerToken) ? null : "unknown bearer token";
        }
        Matcher auth = AUTHORIZATION.matcher(authorization);
        if (!auth.matches()) {
            return "Authorization is not HMAC-SHA256 with the signed headers x-ms-date;host;x-ms-content-sha256";
        }
        String date = call.header("x-ms-date") != null ? call.header("x-ms-date") : call.header("date");
        String dateProblem = checkDate(date);
        if (dateProblem != null) {
            return dateProblem;
        }
        String contentHash = Base64.getEncoder().encodeToString(SigV4Verifier.sha256(call.body()));
        if (!contentHash.equals(call.header("x-ms-content-sha256"))) {
            return "x-ms-content-sha256 does not match the body";
        }
        String host = call.header("host");
        String stringToSign = call.method() + "\n" + call.pathAndQuery() + "\n" + date + ";" + host + ";" + contentHash;
        String expected = Base64.getEncoder().encodeToString(SigV4Verifier.hmac(key, stringToSign));
        return constantTimeEquals(expected, auth.group(1)) ? null : "signature mismatch";
    }

    private String checkDate(String date) {
        if (date == null) {
            return "missing x-ms-date header";
        }
        try {
            Instant signedAt = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Duration.between(signedAt, clock.instant()).abs().compareTo(MAX_SKEW) > 0
                    ? "x-ms-date is more than 15 minutes away" : null;
        } catch (DateTimeParseException e) {
            return "x-ms-date is not an RFC 1123 date";
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
