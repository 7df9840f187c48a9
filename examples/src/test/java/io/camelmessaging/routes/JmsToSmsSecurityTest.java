package io.camelmessaging.routes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.camelmessaging.component.CapturedLogs;
import io.camelmessaging.sandbox.RecordedMessage;
import jakarta.jms.Connection;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.camel.Exchange;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The JMS to SMS bridge given hostile messages: media URLs that name local files, class path resources or
 * placeholders, JMS properties named like the component's headers, and too many recipients. Bad media and too many
 * recipients are dead-lettered before any request, the properties change nothing, and no secret reaches the dead
 * letter or the logs.
 */
class JmsToSmsSecurityTest extends JmsBridgeTestSupport {

    private static final String SECRET_PROPERTY = "jms.test.secret";
    private static final String SECRET = "secret-" + UUID.randomUUID();

    @TempDir
    Path dir;

    private CapturedLogs logs;

    @BeforeEach
    void captureLogs() {
        System.setProperty(SECRET_PROPERTY, SECRET);
        logs = CapturedLogs.install(Level.DEBUG);
    }

    @AfterEach
    void stopCapturing() {
        logs.close();
        System.clearProperty(SECRET_PROPERTY);
    }

    @Test
    void etcPasswdIsNotRead() throws Exception {
        String firstLine = Files.readAllLines(Path.of("/etc/passwd")).get(0);

        String reason = deadLetterReason(media("file:/etc/passwd"), firstLine);

        assertThat(reason).contains("MediaUrls='file:/etc/passwd'", "allowedMediaSchemes");
    }

    @Test
    void aLocalFileIsNotRead() throws Exception {
        Path file = Files.writeString(dir.resolve("secret.txt"), SECRET);

        String reason = deadLetterReason(media("file:" + file.toAbsolutePath()), SECRET);

        assertThat(reason).contains("MediaUrls='file:" + file.toAbsolutePath() + "'", "allowedMediaSchemes");
    }

    @ParameterizedTest
    @ValueSource(strings = { "classpath:application.properties", "classpath:log4j2-test.properties",
                             "file:{{sys:" + SECRET_PROPERTY + "}}" })
    void aClasspathResourceOrPlaceholderIsTakenLiterallyAndRefused(String url) {
        String reason = deadLetterReason(media(url), SECRET);

        assertThat(reason).contains("MediaUrls='" + url + "'", "allowedMediaSchemes");
    }

    /**
     * camel-jms drops properties starting with "Camel", case-sensitively; the route's removeHeaders drops any case, as
     * headers are looked up.
     */
    @ParameterizedTest
    @ValueSource(strings = { "CamelMessagingOriginationIdentity", "CAMELMESSAGINGORIGINATIONIDENTITY" })
    void aJmsPropertyCannotChooseTheSender(String property) throws Exception {
        sendJms(json("+12065550101", "hello"), property, "+19995550000");

        RecordedMessage sent = sentMessage();
        assertThat(sent.from()).isEqualTo("+18005550100");
        assertThat(sent.to()).isEqualTo("+12065550101");
    }

    @ParameterizedTest
    @ValueSource(strings = { "CamelMessagingMediaUrls", "CAMELMESSAGINGMEDIAURLS" })
    void aJmsPropertyCannotAddMedia(String property) throws Exception {
        sendJms(json("+12065550101", "hello"), property, "file:/etc/passwd");

        RecordedMessage sent = sentMessage();
        assertThat(sent.api()).isEqualTo("acs-sms");
        assertThat(sent.mediaUrls()).isEmpty();
    }

    @Test
    void moreThanMaxRecipientsIsRefusedBeforeSending() {
        String to = IntStream.rangeClosed(0, 1000).mapToObj(i -> "\"" + phone(i) + "\"")
                .collect(Collectors.joining(",", "[", "]"));

        String reason = deadLetterReason("{\"to\":" + to + ",\"text\":\"x\"}", SECRET);

        assertThat(reason).contains("DestinationPhoneNumber='1001 recipients'", "maxRecipients=1000");
    }

    private static String media(String url) {
        return "{\"to\":\"+12065550101\",\"text\":\"x\",\"media\":\"" + url + "\"}";
    }

    /**
     * Sends the JSON and returns the reason it was dead-lettered with, after checking that the provider got no
     * request and that none of {@code secrets} is in the dead letter or the logs.
     */
    private String deadLetterReason(String json, String... secrets) {
        template.sendBody("jms:queue:" + queue(), json);

        Exchange dead = consumer.receive("jms:queue:" + deadQueue(), 20_000);

        assertThat(dead).as("dead letter").isNotNull();
        assertThat(dead.getMessage().getBody(String.class)).isEqualTo(json);
        assertThat(sandbox.requests()).isEmpty();
        assertThat(logs.linesContaining("DEAD")).as("the route's log of it").isNotEmpty();
        String deadLetter = dead.getMessage().getHeaders().toString();
        for (String secret : List.of(secrets)) {
            assertThat(deadLetter).doesNotContain(secret);
            assertThat(logs.linesContaining(secret)).isEmpty();
        }
        return dead.getMessage().getHeader("MessagingError", String.class);
    }

    /** The one message the sandbox got, after checking that the logs hold no secret. */
    private RecordedMessage sentMessage() {
        await().atMost(20, TimeUnit.SECONDS).until(() -> !sandbox.messages().isEmpty());
        assertThat(logs.linesContaining(SECRET)).isEmpty();
        assertThat(consumer.receive("jms:queue:" + deadQueue(), 500)).isNull();
        return onlyMessage();
    }

    /** Sends a text message with a string property through a plain JMS session, bypassing Camel's header filter. */
    private void sendJms(String json, String property, String value) throws Exception {
        try (Connection connection = broker.connectionFactory().createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            TextMessage message = session.createTextMessage(json);
            message.setStringProperty(property, value);
            session.createProducer(session.createQueue(queue())).send(message);
        }
    }
}
