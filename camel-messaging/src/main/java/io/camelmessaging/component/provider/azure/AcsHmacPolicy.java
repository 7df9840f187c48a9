package io.camelmessaging.component.provider.azure;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.azure.core.util.BinaryData;
import reactor.core.publisher.Mono;

/**
 * Signs each ACS request with the resource's access key (HMAC-SHA256 over method, path and query, date, host and
 * content hash), as ACS requires and as the Azure SDK's own policy does; the key itself never leaves the process.
 * Runs after the retry policy, so every attempt is signed with a fresh date.
 */
final class AcsHmacPolicy implements HttpPipelinePolicy {

    private static final DateTimeFormatter DATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final HttpHeaderName DATE_HEADER = HttpHeaderName.fromString("x-ms-date");
    private static final HttpHeaderName CONTENT_HASH_HEADER = HttpHeaderName.fromString("x-ms-content-sha256");

    private final SecretKeySpec key;
    private final Clock clock;

    /** A policy signing with the base64 access key of an ACS resource. */
    AcsHmacPolicy(String base64AccessKey, Clock clock) {
        this.key = new SecretKeySpec(Base64.getDecoder().decode(base64AccessKey), "HmacSHA256");
        this.clock = clock;
    }

    @Override
    public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
        HttpRequest request = context.getHttpRequest();
        URL url = request.getUrl();
        if (!"https".equalsIgnoreCase(url.getProtocol())) {
            return Mono.error(new IllegalStateException("An ACS access key is sent only over HTTPS, not to " + url));
        }
        try {
            sign(request, url);
        } catch (GeneralSecurityException e) {
            return Mono.error(new IllegalStateException("Cannot sign the ACS request: " + e.getMessage(), e));
        }
        return next.process();
    }

    private void sign(HttpRequest request, URL url) throws GeneralSecurityException {
        BinaryData body = request.getBodyAsBinaryData();
        byte[] content = body == null ? new byte[0] : body.toBytes();
        String contentHash = base64(MessageDigest.getInstance("SHA-256").digest(content));
        String date = DATE.format(clock.instant());
        String host = url.getHost();
        String pathAndQuery = url.getPath() + (url.getQuery() == null ? "" : "?" + url.getQuery());
        String stringToSign = request.getHttpMethod() + "\n" + pathAndQuery + "\n" + date + ";" + host + ";"
                              + contentHash;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(key);
        String signature = base64(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        request.setHeader(DATE_HEADER, date);
        request.setHeader(HttpHeaderName.HOST, host);
        request.setHeader(CONTENT_HASH_HEADER, contentHash);
        request.setHeader(HttpHeaderName.AUTHORIZATION,
                "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=" + signature);
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
