package io.camelmessaging.routes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelmessaging.component.MessagingConfiguration;
import io.camelmessaging.component.SandboxTestSupport;
import io.camelmessaging.component.events.PlatformHttpServers;
import io.camelmessaging.examples.EmbeddedBroker;
import io.camelmessaging.examples.bridge.EventReportRepository;
import io.camelmessaging.examples.bridge.LineCheckpointRepository;
import io.camelmessaging.sandbox.DeliveryOutcome;
import io.camelmessaging.sandbox.EventFault;
import io.camelmessaging.sandbox.EventGridSubscription;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The events bridge {@code routes/sms-events.yaml} with the file bridge {@code routes/csv-to-sms.yaml}, as Camel Main
 * loads them, against the sandbox's events: every CSV line's delivery report lands in the report file matched by
 * correlation (aws through SQS, azure through the Event Grid webhook), a phone's reply goes onto the JMS queue, its STOP
 * keeps the next line to it from being sent, and an unreadable event reaches the dead-letter queue with its reason.
 */
class SmsEventsRouteTest extends SandboxTestSupport {

    private static final String SECRET = "events-bridge-test-secret";
    private static EmbeddedBroker broker;

    @TempDir
    static Path work;

    private final IdempotentRepository suppressed = MemoryIdempotentRepository.memoryIdempotentRepository();
    private Path inbox;
    private int webhookPort;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = new EmbeddedBroker("events-bridge-test", 0);
    }

    @AfterAll
    static void stopBroker() throws Exception {
        broker.close();
    }

    /** A long poll of the previous test's consumer (waitTimeSeconds=1) would take this test's first event. */
    @BeforeEach
    void letLongPollsOfTheLastTestEnd() throws InterruptedException {
        Thread.sleep(1100);
    }

    private Path inbox() throws Exception {
        if (inbox == null) {
            inbox = Files.createTempDirectory(work, "inbox");
        }
        return inbox;
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        try {
            properties.putAll(Map.of("csv.inbox", inbox().toString(), "csv.from", "RAW(+12065550100)",
                    "csv.configurationSet", "reports", "events.queueUrl",
                    sandbox.eventsQueueUrl(), "events.waitTimeSeconds", "1", "events.webhookPath", "/events/acs",
                    "events.webhookSecret", SECRET, "events.reportFile", "delivery-report.csv",
                    "events.repliesQueue", "sms.replies", "events.deadLetterQueue", "sms.events.failed"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        webhookPort = PlatformHttpServers.addTo(context);
        return context;
    }

    @Override
    protected void configureForSandbox(MessagingConfiguration config) {
        config.setSuppressionRepository(suppressed);
    }

    @Override
    protected void bindToRegistry(Registry registry) throws Exception {
        registry.bind("sentLines", new LineCheckpointRepository(inbox().resolve(".sent-lines").toString()));
        registry.bind("eventReport", new EventReportRepository(report().toString()));
        registry.bind("connectionFactory", broker.connectionFactory());
    }

    @Override
    protected void doPostSetup() throws Exception {
        for (String route : List.of("csv-to-sms.yaml", "sms-events.yaml")) {
            PluginHelper.getRoutesLoader(context).loadRoutes(
                    PluginHelper.getResourceLoader(context).resolveResource("file:../routes/" + route));
        }
    }

    @Test
    void everyLineOfAFileSentThroughAwsEndsWithItsDeliveryStatusInTheReport() throws Exception {
        sandbox.events().outcome("+12065550132", DeliveryOutcome.FAILED);

        drop("contacts.csv", "phone,text,media\n+12065550131,First,\n+12065550132,Second,\n+12065550133,Third,\n");

        Map<String, CSVRecord> finals = awaitFinalRecords(3);
        assertThat(finals.get("contacts.csv#1").get(1)).isEqualTo("+12065550131");
        assertThat(finals.get("contacts.csv#1").get(3)).isEqualTo("DELIVERED");
        assertThat(finals.get("contacts.csv#2").get(3)).isEqualTo("FAILED");
        assertThat(finals.get("contacts.csv#2").get(5)).isEqualTo("The carrier could not reach the destination phone");
        assertThat(finals.get("contacts.csv#3").get(3)).isEqualTo("DELIVERED");
        List<String> sentIds = Files.readAllLines(inbox.resolve("results/contacts.results.csv")).stream()
                .map(line -> line.split(",")[3]).toList();
        assertThat(finals.values().stream().map(r -> r.get(7))).containsExactlyInAnyOrderElementsOf(sentIds);
    }

    @Test
    void everyLineOfAFileSentThroughAzureEndsWithItsDeliveryStatusInTheReport() throws Exception {
        context.getComponent("messaging", io.camelmessaging.component.MessagingComponent.class).getConfiguration()
                .setProvider(io.camelmessaging.component.MessagingProvider.azure);
        assertThat(sandbox.events().subscribe(EventGridSubscription.webhook(
                "http://127.0.0.1:" + webhookPort + "/events/acs?secret=" + SECRET)).active()).isTrue();
        sandbox.events().outcome("+12065550135", DeliveryOutcome.EXPIRED);

        drop("orders.csv", "phone,text,media\n+12065550134,First,\n+12065550135,Second,\n");

        Map<String, CSVRecord> finals = awaitFinalRecords(2);
        assertThat(finals.get("orders.csv#1").get(3)).isEqualTo("DELIVERED");
        assertThat(finals.get("orders.csv#2").get(3)).isEqualTo("EXPIRED");
        assertThat(sandbox.events().deadLetters()).isEmpty();
    }

    @Test
    void aReplyGoesOntoTheQueueAndAStopKeepsTheNextLineFromBeingSent() throws Exception {
        sandbox.events().inbound("aws", "+12065550136", "+12065550100", "Thanks!");
        sandbox.events().inbound("aws", "+12065550137", "+12065550100", "STOP");

        await().atMost(Duration.ofSeconds(15)).until(() -> records().size() == 2);
        Exchange reply = consumer.receive("jms:queue:sms.replies", 5_000);
        JsonNode json = new ObjectMapper().readTree(reply.getMessage().getBody(String.class));
        assertThat(json.get("from").asText()).isEqualTo("+12065550136");
        assertThat(json.get("text").asText()).isEqualTo("Thanks!");
        assertThat(json.get("status").asText()).isEqualTo("RECEIVED");
        assertThat(records()).extracting(r -> r.get(1) + " " + r.get(3))
                .containsExactlyInAnyOrder("+12065550136 RECEIVED", "+12065550137 OPTED_OUT");
        assertThat(suppressed.contains("+12065550137")).isTrue();

        drop("after-stop.csv", "phone,text,media\n+12065550137,Still there?,\n");

        await().atMost(Duration.ofSeconds(15)).until(() -> Files.exists(inbox.resolve("done/after-stop.csv")));
        assertThat(Files.readString(inbox.resolve("results/after-stop.results.csv")))
                .startsWith("1,+12065550137,FAILED,").contains("opted out");
        assertThat(sandbox.messages()).isEmpty();
    }

    @Test
    void anUnreadableEventReachesTheDeadLetterQueueWithItsReason() throws Exception {
        sandbox.events().faults().next(1, EventFault.UNKNOWN_TYPE);
        sandbox.events().inbound("aws", "+12065550138", "+12065550100", "hello");

        Exchange dead = consumer.receive("jms:queue:sms.events.failed", 15_000);
        assertThat(dead).isNotNull();
        assertThat(dead.getMessage().getHeader("MessagingError", String.class)).contains("SANDBOX_UNKNOWN_EVENT");
        assertThat(dead.getMessage().getBody(String.class)).contains("SANDBOX_UNKNOWN_EVENT");
        assertThat(records()).isEmpty();
    }

    private Path report() throws Exception {
        return inbox().resolve("results/delivery-report.csv");
    }

    private List<CSVRecord> records() throws Exception {
        if (!Files.exists(report())) {
            return List.of();
        }
        return CSVFormat.DEFAULT.parse(Files.newBufferedReader(report())).getRecords();
    }

    /** Waits for this many final delivery records and returns them by correlation id. */
    private Map<String, CSVRecord> awaitFinalRecords(int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> finals().size() >= count);
        try {
            List<CSVRecord> finals = finals();
            assertThat(finals).hasSize(count);
            return finals.stream().collect(Collectors.toMap(r -> r.get(0), r -> r));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<CSVRecord> finals() throws Exception {
        return records().stream().filter(r -> "DELIVERY_STATUS".equals(r.get(2)) && "true".equals(r.get(6))).toList();
    }

    private void drop(String name, String content) throws Exception {
        Path temp = work.resolve(name + ".tmp");
        Files.writeString(temp, content);
        Files.move(temp, inbox.resolve(name));
    }
}
