package io.camelmessaging.routes;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.camelmessaging.examples.EmbeddedBroker;
import io.camelmessaging.examples.bridge.MultipartBody;
import io.camelmessaging.sandbox.MessagingSandbox;
import io.camelmessaging.sandbox.RecordedMessage;
import io.camelmessaging.sandbox.RecordedRequest;
import jakarta.jms.Connection;
import jakarta.jms.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The profiles for real AWS and Azure ({@code examples/profiles/}) run as a user runs them, with their own routes
 * (from a copy of {@code routes/} in the bridge's working directory, as from the project root) and given only what
 * they ask for in the environment (credentials, sender number, broker); the test adds just the sandbox's endpoint, in
 * place of the real one. A bridge that stops, e.g. because a route cannot start, fails the test at once.
 */
class ProfilesIT {

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

    @BeforeEach
    void prepareBridges() {
        bridges = new BridgeProcesses(work);
    }

    /**
     * Kills the bridges once the queue is empty (none waiting, none in an open transaction), so that no message of this
     * test is redelivered to the next test's bridge.
     */
    @AfterEach
    void killBridge() {
        try {
            await().atMost(20, TimeUnit.SECONDS).until(() -> broker.messageCount("sms.outbox") == 0);
        } finally {
            bridges.close();
            sandbox.clear();
        }
    }

    @Test
    void theAwsProfileNeedsOnlyCredentialsAndTheSenderNumber() throws Exception {
        Process bridge = startBridge(awsEnvironment(), profile("aws"), awsSandbox());

        Path inbox = Files.createDirectories(work.resolve("work/inbox"));
        Files.writeString(work.resolve("contacts.csv"), "phone,text,media\n+12065550101,From a file,\n");
        Files.move(work.resolve("contacts.csv"), inbox.resolve("contacts.csv"));
        sendJms(JmsBridgeTestSupport.json("+12065550102", "From a queue"));

        awaitMessages(bridge, 2);
        assertThat(sandbox.messages()).extracting(RecordedMessage::to, RecordedMessage::body, RecordedMessage::from)
                .containsExactlyInAnyOrder(tuple("+12065550101", "From a file", "+12065550100"),
                        tuple("+12065550102", "From a queue", "+12065550100"));
        assertThat(sandbox.requests()).allSatisfy(request -> assertThat(request.headers().get("authorization"))
                .contains("Credential=" + MessagingSandbox.AWS_ACCESS_KEY_ID + "/"));
    }

    @Test
    void theAwsPinpointProfileAddsPinpointGivenTheApplicationId() throws Exception {
        Map<String, String> environment = new HashMap<>(awsEnvironment());
        environment.put("PINPOINT_APP_ID", "app-profile");
        Process bridge = startBridge(environment, profile("aws"), profile("aws-pinpoint"), awsSandbox());

        Path inbox = Files.createDirectories(work.resolve("work/pinpoint"));
        Files.copy(Path.of("../examples/data/pinpoint-message.json"), work.resolve("order.json"));
        Files.move(work.resolve("order.json"), inbox.resolve("order.json"));
        sendJms(JmsBridgeTestSupport.json("+12065550102", "From a queue"));

        awaitMessages(bridge, 3);
        assertThat(sandbox.messages()).extracting(RecordedMessage::to)
                .containsExactlyInAnyOrder("+12065550108", "ann@example.com", "+12065550102");
        assertThat(sandbox.requests()).extracting(RecordedRequest::path).contains("/v1/apps/app-profile/messages");
    }

    @Test
    void theAzureProfileNeedsOnlyTheConnectionStringAndTheSenderNumber() throws Exception {
        int httpPort = BridgeProcesses.freePort();
        Path sandboxCertificate = bridges.properties("sandbox.properties",
                Map.of("camel.component.messaging.trust-all-certificates", "true"));
        Process bridge = startBridge(Map.of("ACS_CONNECTION_STRING", sandbox.acsConnectionString(),
                        "SMS_FROM", "RAW(+18005550100)", "JMS_BROKER_URL", "tcp://127.0.0.1:" + brokerPort,
                        "HTTP_PORT", String.valueOf(httpPort), "HTTP_API_KEY", API_KEY),
                profile("azure"), sandboxCertificate);

        sendJms(JmsBridgeTestSupport.json("+12065550103", "From a queue"));
        awaitMessages(bridge, 1);
        URI mms = URI.create("http://127.0.0.1:" + httpPort + "/messages/mms");
        HttpResponse<String> withoutKey = postMms(mms, null);
        HttpResponse<String> response = postMms(mms, API_KEY);

        assertThat(withoutKey.statusCode()).as(withoutKey.body()).isEqualTo(401);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(sandbox.messages()).extracting(RecordedMessage::api, RecordedMessage::to, RecordedMessage::from)
                .containsExactly(tuple("acs-sms", "+12065550103", "+18005550100"),
                        tuple("acs-mms", "+12065550104", "+18005550100"));
    }

    /** What the AWS profile asks for: credentials, the sender number and the broker. */
    private static Map<String, String> awsEnvironment() {
        return Map.of("AWS_ACCESS_KEY_ID", MessagingSandbox.AWS_ACCESS_KEY_ID, "AWS_SECRET_ACCESS_KEY",
                MessagingSandbox.AWS_SECRET_ACCESS_KEY, "SMS_FROM", "RAW(+12065550100)",
                "JMS_BROKER_URL", "tcp://127.0.0.1:" + brokerPort);
    }

    /** The AWS sandbox's endpoint in place of the real one. */
    private Path awsSandbox() throws Exception {
        return bridges.properties("sandbox.properties", Map.of("camel.component.messaging.override-endpoint", "true",
                "camel.component.messaging.uri-endpoint-override", sandbox.baseUri().toString()));
    }

    /** Starts a bridge in the working directory, which holds a copy of {@code routes/} for the profiles' own paths. */
    private Process startBridge(Map<String, String> environment, Path... propertiesFiles) throws Exception {
        Path routes = Files.createDirectories(work.resolve("routes"));
        try (Stream<Path> files = Files.list(Path.of("../routes"))) {
            for (Path route : files.toList()) {
                Files.copy(route, routes.resolve(route.getFileName().toString()));
            }
        }
        return bridges.start(environment, propertiesFiles);
    }

    /** Waits for {@code count} messages, failing at once with the bridge's exit code when it stopped. */
    private static void awaitMessages(Process bridge, int count) {
        await().atMost(60, TimeUnit.SECONDS).until(() -> {
            assertThat(bridge.isAlive()).as("the bridge runs (see target/bridge-logs)").isTrue();
            return sandbox.messages().size() >= count;
        });
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
