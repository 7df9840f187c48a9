package io.camelmessaging.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pinpointsmsvoicev2.PinpointSmsVoiceV2AsyncClient;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.PinpointSmsVoiceV2Exception;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.SendTextMessageResponse;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.ThrottlingException;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.ValidationException;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.ValidationExceptionField;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.ValidationExceptionReason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sandbox's AWS End User Messaging SMS API as the raw AWS SDK client sees it, without the component's own checks:
 * service-side validation, faults, recording, the outbox page and the HTTP fault API.
 */
class AwsSmsVoiceSandboxTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static MessagingSandbox sandbox;
    private static PinpointSmsVoiceV2AsyncClient client;

    @BeforeAll
    static void start() {
        sandbox = MessagingSandbox.start(SandboxConfig.defaults().maxRecorded(5));
        client = client(MessagingSandbox.AWS_SECRET_ACCESS_KEY);
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

    @Test
    void aTextIsAcceptedAndRecordedAsReceived() {
        SendTextMessageResponse response = client.sendTextMessage(b -> b.destinationPhoneNumber("+12065550123")
                .originationIdentity("+12065550100").messageBody("<b>Hi</b> & bye").dryRun(true)).join();

        RecordedMessage message = sandbox.messages().get(0);
        assertThat(message.messageId()).isEqualTo(response.messageId());
        assertThat(message.operation()).isEqualTo("SendTextMessage");
        assertThat(message.to()).isEqualTo("+12065550123");
        assertThat(message.from()).isEqualTo("+12065550100");
        assertThat(message.dryRun()).isTrue();
        assertThat(message.request().toString()).isEqualTo("{\"DestinationPhoneNumber\":\"+12065550123\","
                                                            + "\"OriginationIdentity\":\"+12065550100\","
                                                            + "\"MessageBody\":\"<b>Hi</b> & bye\",\"DryRun\":true}");
        assertThat(message.headers().get("x-amz-target")).isEqualTo("PinpointSMSVoiceV2.SendTextMessage");
        assertThat(sandbox.requests()).extracting(RecordedRequest::status).containsExactly(200);
    }

    @Test
    void theServiceValidatesEveryMemberAndNamesTheFields() {
        assertThatThrownBy(() -> client.sendMediaMessage(b -> b.destinationPhoneNumber("+1 206")
                .mediaUrls("https://x/a.png", "s3://bucket-1/b.png").timeToLive(1).maxPrice("100.0")
                .context(Map.of("k", " v"))).join())
                .cause().isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.reason()).isEqualTo(ValidationExceptionReason.MISSING_PARAMETER);
                    assertThat(e.fields()).extracting(ValidationExceptionField::name).containsExactlyInAnyOrder(
                            "OriginationIdentity", "DestinationPhoneNumber", "MediaUrls", "MediaUrls.1",
                            "TimeToLive", "MaxPrice", "Context.k");
                    assertThat(e.fields()).filteredOn(f -> f.name().equals("MaxPrice"))
                            .extracting(ValidationExceptionField::message)
                            .containsExactly("Member must satisfy regular expression pattern: [0-9]{0,2}\\.[0-9]{1,5}");
                });
        assertThat(sandbox.messages()).isEmpty();
    }

    @Test
    void aWrongSecretIsAnInvalidSignature() {
        try (PinpointSmsVoiceV2AsyncClient wrong = client("not-the-secret")) {
            assertThatThrownBy(() -> wrong.sendTextMessage(b -> b.destinationPhoneNumber("+12065550123")).join())
                    .cause().isInstanceOfSatisfying(PinpointSmsVoiceV2Exception.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
                    });
        }
        assertThat(sandbox.requests()).isNotEmpty().allMatch(r -> "InvalidSignatureException".equals(r.errorType()));
    }

    @Test
    void injectedErrorsDelaysAndDroppedConnectionsReachTheClient() {
        sandbox.faults().next(Fault.awsError("ThrottlingException", 400, "Slow down"))
                .forRecipient("+12065550199", 1, Fault.dropConnection())
                .next(Fault.delay(Duration.ofMillis(300)));

        assertThatThrownBy(() -> client.sendTextMessage(b -> b.destinationPhoneNumber("+12065550123")).join())
                .cause().isInstanceOf(ThrottlingException.class).hasMessageContaining("Slow down");
        assertThatThrownBy(() -> client.sendTextMessage(b -> b.destinationPhoneNumber("+12065550199")).join())
                .isInstanceOf(CompletionException.class).cause().isInstanceOf(SdkClientException.class);
        long start = System.nanoTime();
        client.sendTextMessage(b -> b.destinationPhoneNumber("+12065550123")).join();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(sandbox.requests()).extracting(RecordedRequest::status).containsExactly(400, -1, 200);
        assertThat(sandbox.messages()).extracting(RecordedMessage::to).containsExactly("+12065550199", "+12065550123");
    }

    @Test
    void faultsCanBeInjectedOverHttpAndRandomlyWithASeed() throws Exception {
        HttpResponse<String> added = http("POST", "/sandbox/faults", "{\"kind\":\"AWS_ERROR\","
                                                                     + "\"type\":\"ConflictException\",\"times\":1,"
                                                                     + "\"members\":{\"Reason\":\"X\"}}");
        assertThat(added.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> client.sendTextMessage(b -> b.destinationPhoneNumber("+12065550123")).join())
                .cause().hasMessageContaining("Injected fault");

        sandbox.faults().randomly(0.5, Fault.status(503));
        assertThat(http("DELETE", "/sandbox/faults", "").statusCode()).isEqualTo(200);
        assertThat(sandbox.faults().pick("+1")).isNull();

        String seven = randomFaults(7);
        assertThat(seven.chars().filter(c -> c == 'F').count()).isBetween(10L, 30L);
        assertThat(randomFaults(7)).as("the same seed, the same faults").isEqualTo(seven);
        assertThat(randomFaults(8)).as("another seed, other faults").isNotEqualTo(seven);
    }

    /** Which of 40 requests a new sandbox with this seed fails at random with probability 0.5: F failed, - not. */
    private static String randomFaults(long seed) {
        try (MessagingSandbox seeded = MessagingSandbox.start(SandboxConfig.defaults().seed(seed))) {
            seeded.faults().randomly(0.5, Fault.status(503));
            StringBuilder faults = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                faults.append(seeded.faults().pick("+1") != null ? 'F' : '-');
            }
            return faults.toString();
        }
    }

    @Test
    void theOutboxPageAndJsonShowWhatWasSentEscaped() throws Exception {
        client.sendTextMessage(b -> b.destinationPhoneNumber("+12065550123").messageBody("<script>x</script>")).join();
        client.sendMediaMessage(b -> b.destinationPhoneNumber("+12065550124").originationIdentity("Sender")
                .mediaUrls("s3://bucket-1/cat.png")).join();

        String page = http("GET", "/sandbox/", "").body();
        assertThat(page).contains("2 message(s), 2 recipient(s)", "+12065550123", "&lt;script&gt;x&lt;/script&gt;",
                "s3://bucket-1/cat.png", "SendMediaMessage").doesNotContain("<script>");
        JsonNode messages = JSON.readTree(http("GET", "/sandbox/messages", "").body());
        assertThat(messages).hasSize(2);
        assertThat(messages.get(1).get("mediaUrls").get(0).asText()).isEqualTo("s3://bucket-1/cat.png");
        assertThat(messages.get(0).get("receivedAt").asText()).endsWith("Z");
        assertThat(http("DELETE", "/sandbox/messages", "").statusCode()).isEqualTo(200);
        assertThat(sandbox.messages()).isEmpty();
    }

    @Test
    void recordingKeepsOnlyTheNewestEntries() {
        for (int i = 0; i < 7; i++) {
            String to = "+1206555010" + i;
            client.sendTextMessage(b -> b.destinationPhoneNumber(to)).join();
        }

        List<RecordedMessage> kept = sandbox.messages();
        assertThat(kept).extracting(RecordedMessage::to).containsExactly("+12065550102", "+12065550103",
                "+12065550104", "+12065550105", "+12065550106");
    }

    @Test
    void anUnsignedRequestIsRefused() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(sandbox.baseUri())
                .header("X-Amz-Target", "PinpointSMSVoiceV2.SendTextMessage")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(response.body()).get("__type").asText())
                .isEqualTo("com.amazonaws.pinpointsmsvoicev2#MissingAuthenticationTokenException");
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
    }

    private static HttpResponse<String> http(String method, String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(sandbox.baseUri() + path))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static PinpointSmsVoiceV2AsyncClient client(String secret) {
        return PinpointSmsVoiceV2AsyncClient.builder().region(Region.US_WEST_2).endpointOverride(sandbox.baseUri())
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(MessagingSandbox.AWS_ACCESS_KEY_ID, secret)))
                .overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD).retryStrategy(b -> b.maxAttempts(1)))
                .build();
    }
}
