package io.camelmessaging.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies AWS Signature Version 4 as the AWS SDK for Java v2 signs requests (header-based, double-encoded canonical
 * URI, signed or {@code UNSIGNED-PAYLOAD} body hash), answering failures the way AWS services do.
 */
final class SigV4Verifier {

    /** Why a request was refused: the AWS error type and message. */
    record Failure(String type, String message) {
    }

    private static final Pattern AUTHORIZATION = Pattern.compile(
            "AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request,\\s*"
            + "SignedHeaders=([^,]+),\\s*Signature=([0-9a-f]{64})");
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final Duration MAX_SKEW = Duration.ofMinutes(15);
    private static final HexFormat HEX = HexFormat.of();

    private final Function<String, String> secretOf;
    private final Clock clock;

    /**
     * @param secretOf the secret key of an access key id, or null for an unknown key
     * @param clock    the sandbox's clock, to check the request date
     */
    SigV4Verifier(Function<String, String> secretOf, Clock clock) {
        this.secretOf = secretOf;
        this.clock = clock;
    }

    /**
     * Checks a request signed for {@code service}; returns null when the signature is valid.
     *
     * @param headers lower-case header names to their values as received
     */
    Failure verify(String service, String method, String rawPath, String rawQuery,
                   Map<String, List<String>> headers, byte[] body) {
        String authorization = first(headers, "authorization");
        if (authorization == null) {
            return new Failure("MissingAuthenticationTokenException", "Missing Authentication Token");
        }
        Matcher auth = AUTHORIZATION.matcher(authorization);
        if (!auth.matches()) {
            return new Failure("IncompleteSignatureException", "Authorization header requires 'Credential', "
                                                                + "'SignedHeaders' and 'Signature'.");
        }
        String accessKey = auth.group(1);
        String date = auth.group(2);
        String region = auth.group(3);
        String signedService = auth.group(4);
        String signedHeaders = auth.group(5);
        String secret = secretOf.apply(accessKey);
        if (secret == null) {
            return new Failure("UnrecognizedClientException", "The security token included in the request is invalid.");
        }
        if (!service.equals(signedService)) {
            return new Failure("InvalidSignatureException", "Credential should be scoped to correct service: '"
                                                             + service + "'.");
        }
        String amzDate = first(headers, "x-amz-date");
        Failure dateFailure = checkDate(amzDate, date);
        if (dateFailure != null) {
            return dateFailure;
        }
        List<String> signed = List.of(signedHeaders.split(";"));
        if (!signed.contains("host")) {
            return new Failure("InvalidSignatureException", "'Host' must be a 'SignedHeader' in the AWS Authorization.");
        }
        String payloadHash = hex(sha256(body));
        String claimedHash = first(headers, "x-amz-content-sha256");
        if (claimedHash != null && !claimedHash.equals(payloadHash) && !claimedHash.equals("UNSIGNED-PAYLOAD")) {
            return new Failure("InvalidSignatureException", "The provided 'x-amz-content-sha256' header does not "
                                                             + "match what was computed.");
        }
        String canonicalRequest = String.join("\n", method, canonicalUri(rawPath), canonicalQuery(rawQuery),
                canonicalHeaders(signed, headers), signedHeaders, claimedHash != null ? claimedHash : payloadHash);
        String scope = date + "/" + region + "/" + signedService + "/aws4_request";
        String stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
                              + hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        String expected = signature(secret, date, region, signedService, stringToSign);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                auth.group(6).getBytes(StandardCharsets.US_ASCII))) {
            return new Failure("InvalidSignatureException", "The request signature we calculated does not match the "
                                                             + "signature you provided. Check your AWS Secret Access "
                                                             + "Key and signing method. Consult the service "
                                                             + "documentation for details.");
        }
        return null;
    }

    /** The signature of a string to sign with the SigV4 key derived from the secret. */
    static String signature(String secret, String date, String region, String service, String stringToSign) {
        byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, region);
        key = hmac(key, service);
        key = hmac(key, "aws4_request");
        return hex(hmac(key, stringToSign));
    }

    private Failure checkDate(String amzDate, String credentialDate) {
        if (amzDate == null) {
            return new Failure("IncompleteSignatureException", "Authorization header requires existence of either a "
                                                                + "'X-Amz-Date' or a 'Date' header.");
        }
        Instant signedAt;
        try {
            signedAt = LocalDateTime.parse(amzDate, AMZ_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return new Failure("IncompleteSignatureException", "Date must be in ISO-8601 'basic format'.");
        }
        if (!amzDate.startsWith(credentialDate)) {
            return new Failure("InvalidSignatureException", "Date in Credential scope does not match YYYYMMDD from "
                                                             + "ISO-8601 version of date from HTTP");
        }
        Instant now = clock.instant();
        if (Duration.between(signedAt, now).abs().compareTo(MAX_SKEW) > 0) {
            return new Failure("InvalidSignatureException", "Signature expired: " + amzDate + " is now earlier than "
                                                             + AMZ_DATE.format(now.minus(MAX_SKEW)
                                                                     .atOffset(ZoneOffset.UTC)));
        }
        return null;
    }

    private static String canonicalUri(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        return encode(rawPath, true);
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> pairs = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            pairs.add(new String[] { encode(name, false), encode(value, false) });
        }
        pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        List<String> joined = new ArrayList<>();
        pairs.forEach(p -> joined.add(p[0] + "=" + p[1]));
        return String.join("&", joined);
    }

    private static String canonicalHeaders(List<String> signed, Map<String, List<String>> headers) {
        StringBuilder out = new StringBuilder();
        for (String name : signed) {
            List<String> values = headers.getOrDefault(name, List.of());
            List<String> trimmed = new ArrayList<>();
            values.forEach(v -> trimmed.add(v.trim().replaceAll("\\s+", " ")));
            out.append(name).append(':').append(String.join(",", trimmed)).append('\n');
        }
        return out.toString();
    }

    /** RFC 3986 percent-encoding of every byte but the unreserved characters (and {@code /} when asked). */
    private static String encode(String text, boolean keepSlash) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                || c == '.' || c == '~' || keepSlash && c == '/') {
                out.append(c);
            } else {
                out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        return out.toString();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** HMAC-SHA256 of the UTF-8 bytes of {@code data}. */
    static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }
}
