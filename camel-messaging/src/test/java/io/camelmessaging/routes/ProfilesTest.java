package io.camelmessaging.routes;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.camelmessaging.examples.EmbeddedBroker;
import io.camelmessaging.examples.bridge.MultipartBody;
import io.camelmessaging.sandbox.MessagingSandbox;
import io.camelmessaging.sandbox.RecordedMessage;
import jakarta.jms.Connection;
import jakarta.jms.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The profiles for real AWS and Azure ({@code examples/profiles/}) run as a user runs them, given only what they ask
 * for in the environment (credentials, sender number, broker); the test adds just the sandbox's endpoint, in place of
 * the real one, and absolute route paths.
 */
class ProfilesTest {

    private static final String API_KEY = "profiles-test-api-key";
    private static final String BOUNDARY = "profiles-test-boundary";

    private static MessagingSandbox sandbox;
    private static EmbeddedBroker broker;
    private static int brokerPort;

    @TempDir
    Path work;

    private BridgeProcesses bridges;

    @BeforeAll
    static void start() throws Exception {
        sandbox = MessagingSandbox.start(0);
        brokerPort = BridgeProcesses.freePort();
        broker = new EmbeddedBroker("profiles-test", brokerPort);
    }

    @AfterAll
    static void stop() throws Exception {
        broker.close();
        sandbox.close();
    }

    @AfterEach
    void killBridge() {
        bridges.close();
        sandbox.clear();
    }

    @Test
    void theAwsProfileNeedsOnlyCredentialsAndTheSenderNumber() throws Exception {
        bridges = new BridgeProcesses(work);
        Path sandboxEndpoint = bridges.properties("sandbox.properties", Map.of(
                "camel.main.routes-include-pattern", BridgeProcesses.route("csv-to-sms.yaml") + ","
                                                     + BridgeProcesses.route("jms-to-sms.yaml"),
                "camel.component.messaging.override-endpoint", "true",
                "camel.component.messaging.uri-endpoint-override", sandbox.baseUri().toString()));
        bridges.start(Map.of("AWS_ACCESS_KEY_ID", MessagingSandbox.AWS_ACCESS_KEY_ID,
                        "AWS_SECRET_ACCESS_KEY", MessagingSandbox.AWS_SECRET_ACCESS_KEY, "SMS_FROM", "RAW(+12065550100)",
                        "JMS_BROKER_URL", "tcp://127.0.0.1:" + brokerPort),
                profile("aws"), sandboxEndpoint);

        Path inbox = Files.createDirectories(work.resolve("work/inbox"));
        Files.writeString(work.resolve("contacts.csv"), "phone,text,media\n+12065550101,From a file,\n");
        Files.move(work.resolve("contacts.csv"), inbox.resolve("contacts.csv"));
        sendJms(JmsBridgeTestSupport.json("+12065550102", "From a queue"));

        await().atMost(60, TimeUnit.SECONDS).until(() -> sandbox.messages().size() >= 2);
        assertThat(sandbox.messages()).extracting(RecordedMessage::to, RecordedMessage::body, RecordedMessage::from)
                .containsExactlyInAnyOrder(tuple("+12065550101", "From a file", "+12065550100"),
                        tuple("+12065550102", "From a queue", "+12065550100"));
        assertThat(sandbox.requests()).allSatisfy(request -> assertThat(request.headers().get("authorization"))
                .contains("Credential=" + MessagingSandbox.AWS_ACCESS_KEY_ID + "/"));
    }

    @Test
    void theAzureProfileNeedsOnlyTheConnectionStringAndTheSenderNumber() throws Exception {
        bridges = new BridgeProcesses(work);
        int httpPort = BridgeProcesses.freePort();
        Path sandboxCertificate = bridges.properties("sandbox.properties", Map.of(
                "camel.main.routes-include-pattern", BridgeProcesses.route("jms-to-sms.yaml") + ","
                                                     + BridgeProcesses.route("http-to-mms.yaml"),
                "camel.component.messaging.trust-all-certificates", "true"));
        bridges.start(Map.of("ACS_CONNECTION_STRING", sandbox.acsConnectionString(), "SMS_FROM", "RAW(+18005550100)",
                        "JMS_BROKER_URL", "tcp://127.0.0.1:" + brokerPort, "HTTP_PORT", String.valueOf(httpPort),
                        "HTTP_API_KEY", API_KEY),
                profile("azure"), sandboxCertificate);

        sendJms(JmsBridgeTestSupport.json("+12065550103", "From a queue"));
        await().atMost(60, TimeUnit.SECONDS).until(() -> sandbox.messages().size() >= 1);
        URI mms = URI.create("http://127.0.0.1:" + httpPort + "/messages/mms");
        HttpResponse<String> withoutKey = postMms(mms, null);
        HttpResponse<String> response = postMms(mms, API_KEY);

        assertThat(withoutKey.statusCode()).as(withoutKey.body()).isEqualTo(401);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(sandbox.messages()).extracting(RecordedMessage::api, RecordedMessage::to, RecordedMessage::from)
                .containsExactly(tuple("acs-sms", "+12065550103", "+18005550100"),
                        tuple("acs-mms", "+12065550104", "+18005550100"));
    }

    /** Posts fields "to" and "text" and a PNG as multipart/form-data, with header X-Api-Key unless it is null. */
    private static HttpResponse<String> postMms(URI uri, String apiKey) throws Exception {
        byte[] body = MultipartBody.of(BOUNDARY, Map.of("to", "+12065550104", "text", "Over HTTP"), "photo",
                "sample.png", "image/png", Files.readAllBytes(Path.of("src/test/resources/media/sample.png")));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (apiKey != null) {
            request.header("X-Api-Key", apiKey);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Path profile(String name) {
        return Path.of("../examples/profiles/" + name + ".properties");
    }

    private static void sendJms(String json) throws Exception {
        try (Connection connection = broker.connectionFactory().createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            session.createProducer(session.createQueue("sms.outbox")).send(session.createTextMessage(json));
        }
    }
}
