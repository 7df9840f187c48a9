package io.camelmessaging.routes;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelmessaging.component.CapturedLogs;
import io.camelmessaging.component.MessagingConfiguration;
import io.camelmessaging.sandbox.RecordedMessage;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every attack on the HTTP to MMS bridge with the demo's settings, as a hostile caller would send it: each gets a
 * clear JSON answer, no request reaches the provider, and no answer or log line shows a secret or local content.
 */
class HttpToMmsSecurityTest extends HttpBridgeTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "TOP-SECRET-DB-PASSWORD-4711";
    private static final String SECRET_PROPERTY = "http.security.secret";
    private static final String SECRET_PROPERTY_VALUE = "PROPERTY-SECRET-0815";

    @TempDir
    static Path work;
    private static Path secretFile;
    private CapturedLogs logs;

    @BeforeAll
    static void plantSecrets() throws Exception {
        secretFile = Files.writeString(work.resolve("db-password.txt"), SECRET);
        System.setProperty(SECRET_PROPERTY, SECRET_PROPERTY_VALUE);
    }

    @Override
    protected void configureForSandbox(MessagingConfiguration config) {
        config.setMaxRecipientsPerMinute(1000);
        config.setRateLimitMaxWait(2000);
    }

    @BeforeEach
    void captureLogs() {
        logs = CapturedLogs.install(Level.DEBUG);
    }

    @AfterEach
    void nothingSecretOrLocalWasLogged() {
        logs.close();
        for (String leak : List.of(SECRET, SECRET_PROPERTY_VALUE, sandbox.acsConnectionString(), API_KEY)) {
            assertThat(logs.linesContaining(leak)).as(leak).isEmpty();
        }
    }

    private static void assertNoLeak(HttpResponse<String> response) {
        assertThat(response.body()).doesNotContain(SECRET).doesNotContain(SECRET_PROPERTY_VALUE)
                .doesNotContain("accesskey").doesNotContain(API_KEY).doesNotContain("Exception");
        assertThat(response.headers().map().keySet()).noneMatch(h -> h.toLowerCase().startsWith("camel"));
    }

    @Test
    void withoutTheApiKeyIsA401AndAWrongKeyA403() throws Exception {
        String json = "{\"to\":\"+12065550101\",\"text\":\"x\"}";
        HttpResponse<String> none = HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> wrong = post("application/json", json.getBytes(StandardCharsets.UTF_8),
                "X-Api-Key", API_KEY + "x");
        HttpResponse<String> wrongBearer = post("application/json", json.getBytes(StandardCharsets.UTF_8),
                "X-Api-Key", "", "Authorization", "Bearer " + API_KEY.substring(1));
        HttpResponse<String> bearer = post("application/json", json.getBytes(StandardCharsets.UTF_8),
                "X-Api-Key", "", "Authorization", "Bearer " + API_KEY);

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(none.body()).get("error").asText()).contains("API key is required");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrongBearer.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(wrong.body()).get("error").asText()).contains("not valid");
        assertThat(bearer.statusCode()).as(bearer.body()).isEqualTo(400);
        List.of(none, wrong, wrongBearer).forEach(HttpToMmsSecurityTest::assertNoLeak);
        assertThat(sandbox.requests()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "file:/etc/passwd", "file:../../../../../../etc/passwd", "file:%2e%2e/%2e%2e/etc/passwd",
                             "classpath:log4j2-test.properties", "classpath:application.properties",
                             "file:{{sys:http.security.secret}}", "file:{{env:ACS_CONNECTION_STRING}}",
                             "{{bean:httpApiKey}}", "file:/dev/zero", "file:/proc/self/environ" })
    void mediaUrlsFromCallersReadNothing(String url) throws Exception {
        HttpResponse<String> response = postJson("{\"to\":\"+12065550101\",\"text\":\"x\",\"mediaUrls\":[\""
                                                  + url + "\"]}");
        HttpResponse<String> secret = postJson("{\"to\":\"+12065550101\",\"text\":\"x\",\"mediaUrls\":[\"file:"
                                               + secretFile + "\"]}");

        for (HttpResponse<String> answer : List.of(response, secret)) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
            assertThat(JSON.readTree(answer.body()).findValuesAsText("field")).containsExactly("MediaUrls");
            assertNoLeak(answer);
        }
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void anUploadWhoseNameContradictsItsBytesIsRefused() throws Exception {
        byte[] png = Files.readAllBytes(Path.of("src/test/resources/media/sample.png"));

        HttpResponse<String> textNamedPng = postMultipart("+12065550101", "x", "photo.png", "image/png",
                "not a picture".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> pngNamedTxt = postMultipart("+12065550101", "x", "notes.txt", "text/plain", png);

        assertThat(textNamedPng.statusCode()).as(textNamedPng.body()).isEqualTo(400);
        assertThat(JSON.readTree(textNamedPng.body()).findValuesAsText("rule")).singleElement().asString()
                .startsWith("content is text/plain but");
        assertThat(pngNamedTxt.statusCode()).as(pngNamedTxt.body()).isEqualTo(400);
        assertThat(JSON.readTree(pngNamedTxt.body()).findValuesAsText("rule"))
                .containsExactly("must have between 1 and 10 item(s)");
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void camelMessagingHeadersFromTheCallerAreIgnored() throws Exception {
        byte[] png = Files.readAllBytes(Path.of("src/test/resources/media/sample.png"));
        String json = "{\"to\":\"+12065550101\",\"text\":\"x\"}";

        HttpResponse<String> headers = post("application/json", json.getBytes(StandardCharsets.UTF_8),
                "CamelMessagingMediaUrls", "file:" + secretFile, "CAMELMESSAGINGORIGINATIONIDENTITY", "+19995550000");
        HttpResponse<String> upload = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        java.net.URI.create(endpoint() + "?CamelMessagingOriginationIdentity=%2B19995550000"))
                .header("X-Api-Key", API_KEY).header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofByteArray(io.camelmessaging.examples.bridge.MultipartBody.of("b",
                        java.util.Map.of("to", "+12065550102", "text", "y", "CamelMessagingMediaUrls",
                                "file:" + secretFile), "photo", "p.png", "image/png", png))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(headers.statusCode()).as(headers.body()).isEqualTo(400);
        assertThat(JSON.readTree(headers.body()).findValuesAsText("field")).containsExactly("attachments");
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
        assertThat(sandbox.messages()).singleElement().satisfies(m -> {
            assertThat(m.from()).isEqualTo("+18005550100");
            assertThat(m.request().get("attachments")).hasSize(1);
        });
        assertNoLeak(headers);
        assertNoLeak(upload);
    }

    @Test
    void tenThousandAndOneRecipientsAreRefusedBeforeAnyRequest() throws Exception {
        String to = IntStream.range(0, 10_001).mapToObj(i -> "\"+1206" + (5_000_000 + i) + "\"")
                .collect(Collectors.joining(","));

        HttpResponse<String> response = postJson("{\"to\":[" + to + "],\"text\":\"x\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode violations = JSON.readTree(response.body());
        assertThat(violations.findValuesAsText("field")).containsExactlyInAnyOrder("DestinationPhoneNumber",
                "attachments");
        assertThat(violations.findValuesAsText("rule")).contains("must be at most maxRecipients=1000 per message");
        assertThat(response.body().length()).isLessThan(1000);
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void aMessageTheRateLimitCannotTakeInTimeIsA429WithRetryAfterAtOnce() throws Exception {
        byte[] png = Files.readAllBytes(Path.of("src/test/resources/media/sample.png"));
        String to = IntStream.range(0, 500).mapToObj(i -> "+1206" + (5_000_000 + i)).collect(Collectors.joining(","));

        HttpResponse<String> response = postMultipart(to, "x", "p.png", "image/png", png);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(429);
        // 500 recipients at 1000 a minute: 30 s, less what the bucket refilled since the route started
        assertThat(Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow())).isBetween(15L, 31L);
        assertThat(JSON.readTree(response.body()).findValuesAsText("status")).hasSize(500).containsOnly("THROTTLED");
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void aBodyOverTheLimitIsA413AndInvalidJsonA400WithoutEcho() throws Exception {
        byte[] tooBig = new byte[(int) demoMaxBodySize() + 1];
        HttpResponse<String> big = post("application/json", tooBig);
        HttpResponse<String> invalid = postJson("{\"to\": " + SECRET_PROPERTY_VALUE);

        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(invalid.body()).get("error").asText()).isEqualTo("the body is not valid JSON");
        assertNoLeak(invalid);
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void theSameRequestWithoutAttacksIsSent() throws Exception {
        byte[] png = Files.readAllBytes(Path.of("src/test/resources/media/sample.png"));

        HttpResponse<String> response = postMultipart("+12065550101", "x", "p.png", "image/png", png);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(sandbox.messages()).extracting(RecordedMessage::to).containsExactly("+12065550101");
    }
}
