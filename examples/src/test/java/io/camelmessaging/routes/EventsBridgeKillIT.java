package io.camelmessaging.routes;

import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.camelmessaging.examples.EmbeddedBroker;
import io.camelmessaging.sandbox.MessagingSandbox;
import io.camelmessaging.sandbox.SqsQueues;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The events bridge in a separate JVM halted (as by SIGKILL, by {@link HaltingEventReport}) right after appending an
 * event's record, before SQS was told to forget the event: the event comes again, and the report still has each event, and each CSV line's final
 * delivery status, exactly once.
 */
class EventsBridgeKillIT {

    private static final int LINES = 20;
    private static final int HALTS = 3;
    /** Each line has a pending and a final delivery event. */
    private static final int EVENTS = 2 * LINES;

    private static MessagingSandbox sandbox;

    @TempDir
    Path work;

    @BeforeAll
    static void startSandbox() throws Exception {
        sandbox = MessagingSandbox.start(0);
        try (SqsAsyncClient sqs = SqsAsyncClient.builder().region(Region.US_EAST_1)
                .endpointOverride(URI.create(sandbox.baseUri().toString()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        MessagingSandbox.AWS_ACCESS_KEY_ID, MessagingSandbox.AWS_SECRET_ACCESS_KEY))).build()) {
            // a halted bridge's event comes again after 2 s instead of SQS's default 30 s
            sqs.createQueue(b -> b.queueName(SqsQueues.EVENTS_QUEUE)
                    .attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "2"))).get();
        }
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Test
    void aBridgeHaltedAfterWritingARecordNeverWritesItTwice() throws Exception {
        int port = BridgeProcesses.freePort();
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Path report = inbox.resolve("results/delivery-report.csv");
        try (EmbeddedBroker broker = new EmbeddedBroker("events-kill-test", port);
             BridgeProcesses bridges = new BridgeProcesses(work)) {
            Map<String, String> properties = new HashMap<>(sandbox.componentProperties());
            properties.putAll(Map.of(
                    "camel.main.routes-include-pattern", BridgeProcesses.route("csv-to-sms.yaml") + ","
                                                         + BridgeProcesses.route("sms-events.yaml"),
                    "camel.beans.sentLines", "#class:io.camelmessaging.examples.bridge.LineCheckpointRepository(\""
                                             + work.resolve("sent-lines") + "\")",
                    "camel.beans.eventReport", "#class:io.camelmessaging.examples.bridge.EventReportRepository(\""
                                               + report + "\")",
                    "camel.beans.connectionFactory",
                    "#class:org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory",
                    "camel.beans.connectionFactory.brokerURL", "tcp://127.0.0.1:" + port,
                    "csv.inbox", inbox.toString(), "csv.from", "RAW(+12065550100)",
                    "csv.configurationSet", "reports"));
            properties.putAll(Map.of("events.queueUrl", sandbox.eventsQueueUrl(), "events.waitTimeSeconds", "1",
                    "events.azure", "false", "events.webhookPath", "/events/acs", "events.webhookSecret", "unused",
                    "events.reportFile", "delivery-report.csv", "events.repliesQueue", "sms.replies",
                    "events.deadLetterQueue", "sms.events.failed"));

            Map<String, String> sendOnly = new HashMap<>(properties);
            sendOnly.put("events.aws", "false");
            Process sender = bridges.start(Map.of(), bridges.properties("send.properties", sendOnly));
            Files.write(inbox.resolve("lines.csv"), IntStream.rangeClosed(0, LINES).mapToObj(i -> i == 0
                    ? "phone,text,media" : JmsBridgeTestSupport.phone(i) + ",line " + i + ",").toList());
            await().atMost(60, TimeUnit.SECONDS).until(() -> Files.exists(inbox.resolve("done/lines.csv")));
            await().atMost(30, TimeUnit.SECONDS).until(() -> sandbox.sqs().size(SqsQueues.EVENTS_QUEUE) == EVENTS);
            sender.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

            Map<String, String> halting = new HashMap<>(properties);
            halting.put("camel.beans.eventReport", "#class:io.camelmessaging.routes.HaltingEventReport(\""
                                                   + report + "\", 10)");
            for (int run = 0; run < HALTS; run++) {
                Process bridge = bridges.start(Map.of(), bridges.properties("halt-" + run + ".properties", halting));
                assertThat(bridge.waitFor(60, TimeUnit.SECONDS)).as("halted").isTrue();
                assertThat(bridge.exitValue()).isEqualTo(HaltAfterResults.EXIT);
            }
            bridges.start(Map.of(), bridges.properties("finish.properties", properties));
            await().atMost(60, TimeUnit.SECONDS).until(() -> sandbox.sqs().size(SqsQueues.EVENTS_QUEUE) == 0
                                                             && sandbox.sqs().inFlight(SqsQueues.EVENTS_QUEUE) == 0);
        }

        List<CSVRecord> records;
        try (Reader reader = Files.newBufferedReader(report)) {
            records = CSVFormat.DEFAULT.parse(reader).getRecords();
        }
        System.out.println("events bridge halted " + HALTS + " times: " + records.size() + " report records");
        assertThat(records.stream().collect(Collectors.groupingBy(r -> r.get(9), Collectors.counting())))
                .hasSize(EVENTS).allSatisfy((eventId, n) -> assertThat(n).as(eventId).isEqualTo(1L));
        Map<String, List<String>> finalsByLine = records.stream().filter(r -> "true".equals(r.get(6)))
                .collect(Collectors.groupingBy(r -> r.get(0), Collectors.mapping(r -> r.get(3), Collectors.toList())));
        assertThat(finalsByLine).hasSize(LINES).allSatisfy((line, statuses) ->
                assertThat(statuses).as(line).containsExactly("DELIVERED"));
        assertThat(finalsByLine.keySet()).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, LINES).mapToObj(i -> "lines.csv#" + i).toList());
        assertThat(sandbox.sqs().deadLetters(SqsQueues.EVENTS_QUEUE)).isEmpty();
    }
}
