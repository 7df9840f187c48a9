package io.camelmessaging.sandbox;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pinpointsmsvoicev2.PinpointSmsVoiceV2AsyncClient;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.ThrottlingException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sandbox's own pages refuse what another web site can make a browser send: a foreign {@code Origin}, a
 * {@code Host} that is not loopback (DNS rebinding) and a body not declared JSON; local requests still work.
 */
class SandboxPagesGuardTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String THROTTLE = "{\"kind\":\"AWS_ERROR\",\"type\":\"ThrottlingException\"}";
    private static MessagingSandbox sandbox;
    private static PinpointSmsVoiceV2AsyncClient client;

    @BeforeAll
    static void start() {
        sandbox = MessagingSandbox.start(0);
        client = PinpointSmsVoiceV2AsyncClient.builder().region(Region.US_WEST_2).endpointOverride(sandbox.baseUri())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        MessagingSandbox.AWS_ACCESS_KEY_ID, MessagingSandbox.AWS_SECRET_ACCESS_KEY)))
                .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(1))).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        sandbox.close();
    }

    @AfterEach
    void clear() {
        sandbox.clear();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example", "null", "http://localhost.evil.example", "http://127.0.0.1.nip.io",
        "ftp://127.0.0.1", "http://127.0.0.1/path"})
    void aCrossSiteOriginCannotInstallAFault(String origin) throws Exception {
        HttpResponse<String> response = postFault("application/json", origin);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(response.body()).get("error").asText()).startsWith("Origin must be");
        send();
        assertThat(sandbox.requests()).extracting(RecordedRequest::status).containsExactly(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x", ""})
    void aFaultNotDeclaredJsonIsRefused(String contentType) throws Exception {
        HttpResponse<String> response = postFault(contentType, "");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains("application/json");
        send();
        assertThat(sandbox.requests()).extracting(RecordedRequest::status).containsExactly(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "http://127.0.0.1:%d", "http://localhost:%d", "https://[::1]:%d", "http://LOCALHOST"})
    void aLocalOriginOrNoneInstallsTheFault(String origin) throws Exception {
        HttpResponse<String> response = postFault("application/json; charset=utf-8", origin.formatted(sandbox.port()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThatThrownBy(this::send).cause().isInstanceOf(ThrottlingException.class);
    }

    @Test
    void aForgedHostCanNeitherClearNorReadTheMessages() throws Exception {
        send();

        for (String host : List.of("evil.example:8088", "evil.example", "127.0.0.1.evil.example", "localhost:x")) {
            assertThat(raw("DELETE", "/sandbox/messages", host, "")).startsWith("HTTP/1.1 403 ").contains("\"error\"");
            assertThat(raw("GET", "/sandbox/messages", host, "")).startsWith("HTTP/1.1 403 ").doesNotContain("+1206");
            assertThat(raw("GET", "/sandbox/", host, "")).startsWith("HTTP/1.1 403 ").doesNotContain("+1206");
        }
        assertThat(sandbox.messages()).hasSize(1);
    }

    @Test
    void loopbackHostsReadAndClearTheMessages() throws Exception {
        send();

        for (String host : List.of("127.0.0.1", "LocalHost", "[::1]:" + sandbox.port())) {
            assertThat(raw("GET", "/sandbox/messages", host, "")).startsWith("HTTP/1.1 200 ").contains("+1206");
        }
        assertThat(raw("DELETE", "/sandbox/messages", "localhost:" + sandbox.port(), "")).startsWith("HTTP/1.1 200 ");
        assertThat(sandbox.messages()).isEmpty();
    }

    @Test
    void theEmulatedApisAnswerAnyHost() throws Exception {
        assertThat(raw("POST", "/", "evil.example:8088", "X-Amz-Target: PinpointSMSVoiceV2.SendTextMessage\r\n"))
                .startsWith("HTTP/1.1 403 ").contains("MissingAuthenticationTokenException");
    }

    private void send() {
        client.sendTextMessage(b -> b.destinationPhoneNumber("+12065550123")).join();
    }

    private static HttpResponse<String> postFault(String contentType, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUri() + "/sandbox/faults"))
                .POST(HttpRequest.BodyPublishers.ofString(THROTTLE));
        if (!contentType.isEmpty()) {
            request.header("Content-Type", contentType);
        }
        if (!origin.isEmpty()) {
            request.header("Origin", origin);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The whole answer to a request written by hand, since {@link HttpClient} does not let a caller set Host. */
    private static String raw(String method, String path, String host, String headers) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), sandbox.port())) {
            socket.setSoTimeout(10_000);
            String body = method.equals("POST") ? "{}" : "";
            socket.getOutputStream().write((method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + headers
                                            + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n"
                                            + body).getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
