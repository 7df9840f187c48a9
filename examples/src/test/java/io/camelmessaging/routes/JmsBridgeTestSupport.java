package io.camelmessaging.routes;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.camelmessaging.component.SandboxTestSupport;
import io.camelmessaging.examples.EmbeddedBroker;
import io.camelmessaging.sandbox.MessagingSandbox;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import static org.awaitility.Awaitility.await;

/**
 * The JMS to SMS bridge {@code routes/jms-to-sms.yaml} loaded as Camel Main loads it, on a real embedded Artemis
 * broker, sending through Azure so that broker redeliveries are covered by ACS repeatability. Each test has its own
 * queues on the class's broker.
 */
abstract class JmsBridgeTestSupport extends SandboxTestSupport {

    private static final AtomicInteger RUN = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();
    protected static EmbeddedBroker broker;

    private int run;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = new EmbeddedBroker("jms-bridge-test", 0);
    }

    @AfterAll
    static void stopBroker() throws Exception {
        broker.close();
    }

    /** This test's number; the CamelTestSupport constructor asks for it before fields are initialised. */
    private int run() {
        if (run == 0) {
            run = RUN.incrementAndGet();
        }
        return run;
    }

    protected String queue() {
        return "sms.outbox." + run();
    }

    protected String deadQueue() {
        return "sms.failed." + run();
    }

    /** The route's concurrent consumers. */
    protected int consumers() {
        return 4;
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Map<String, String> values = new HashMap<>(Map.of("jms.queue", queue(), "jms.deadLetterQueue", deadQueue(),
                "jms.maxDeliveries", "5", "sms.provider", "azure", "sms.from", "RAW(+18005550100)"));
        values.put("jms.consumers", String.valueOf(consumers()));
        Properties properties = new Properties();
        properties.putAll(values);
        return properties;
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("connectionFactory", broker.connectionFactory());
    }

    @Override
    protected void doPostSetup() throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(
                PluginHelper.getResourceLoader(context).resolveResource("file:../routes/jms-to-sms.yaml"));
    }

    /** Puts a text message on this test's queue; returns its JMSTimestamp. */
    protected long sendJms(String text) throws JMSException {
        try (Connection connection = broker.connectionFactory().createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            Message message = session.createTextMessage(text);
            session.createProducer(session.createQueue(queue())).send(message);
            return message.getJMSTimestamp();
        }
    }

    /** The repeatabilityFirstSent of every recipient of every request the sandbox received. */
    protected static List<String> firstSentOnTheWire() {
        return sandbox.requests().stream().flatMap(r -> {
            try {
                return StreamSupport.stream(JSON.readTree(r.body()).get("smsRecipients").spliterator(), false);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).map(recipient -> recipient.get("repeatabilityFirstSent").asText()).toList();
    }

    protected static String rfc1123(long epochMillis) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.ofEpochMilli(epochMillis).atOffset(ZoneOffset.UTC));
    }

    /**
     * Waits until {@code done}, then until for 2 s {@code queue} stays empty (none waiting, none in delivery) and the
     * sandbox records no new request, so that a late duplicate, such as a redelivery still on its way, is there for
     * the assertions that follow.
     */
    static void awaitDoneAndQuiet(MessagingSandbox sandbox, EmbeddedBroker broker, String queue, Duration atMost,
                                  Callable<Boolean> done) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(200)).until(done);
        AtomicInteger requests = new AtomicInteger(-1);
        await().atMost(atMost).pollInterval(Duration.ofMillis(200)).during(Duration.ofSeconds(2)).until(() -> {
            int now = sandbox.requests().size();
            return requests.getAndSet(now) == now && broker.messageCount(queue) == 0;
        });
    }

    /** A bridge message in the route's JSON shape. */
    protected static String json(String to, String text) {
        return "{\"to\":\"" + to + "\",\"text\":\"" + text + "\"}";
    }

    protected static String phone(int i) {
        return "+1206555" + String.format("%04d", i);
    }
}
