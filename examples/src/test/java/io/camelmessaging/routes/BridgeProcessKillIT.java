package io.camelmessaging.routes;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.camelmessaging.examples.EmbeddedBroker;
import io.camelmessaging.sandbox.Fault;
import io.camelmessaging.sandbox.MessagingSandbox;
import io.camelmessaging.sandbox.RecordedMessage;
import jakarta.jms.Connection;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bridges in a separate JVM ({@link io.camelmessaging.examples.BridgeApplication}, configured by a properties file only) that is killed with
 * SIGKILL mid-stream and started again: nothing is lost, and nothing is sent twice beyond what the README says.
 */
class BridgeProcessKillIT {

    private static final int MESSAGES = 200;
    private static final int HALTS = 3;
    private static final int KILLS = 3;
    /** The most lines in flight: Camel's default thread pool for csv.parallelProcessing=true has 20 threads. */
    private static final int IN_FLIGHT = 20;

    private static MessagingSandbox sandbox;

    @TempDir
    Path work;

    private BridgeProcesses bridges;

    @BeforeAll
    static void startSandbox() {
        sandbox = MessagingSandbox.start(0);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void prepareBridges() {
        bridges = new BridgeProcesses(work);
    }

    @AfterEach
    void killBridges() {
        bridges.close();
        sandbox.clear();
    }

    private Process startBridge(Map<String, String> routeProperties) throws Exception {
        Map<String, String> properties = new HashMap<>(routeProperties);
        properties.putAll(sandbox.componentProperties());
        return bridges.start(Map.of(), bridges.properties("bridge.properties", properties));
    }

    /**
     * Every run halts right after writing its 40th result record, where the route used to have written the result but
     * not yet the checkpoint: no line is sent again unless it was in flight in another thread, none has two results.
     */
    @ParameterizedTest(name = "parallelProcessing={0}")
    @ValueSource(booleans = {false, true})
    void theFileBridgeHaltedRightAfterWritingAResultNeverWritesASecondOne(boolean parallel) throws Exception {
        sandbox.faults().randomly(1.0, Fault.delay(Duration.ofMillis(parallel ? 100 : 5)));
        FileBridge file = new FileBridge(parallel, 200);
        Map<String, String> halting = Map.of("camel.main.routes-include-pattern",
                file.route + ",classpath:halt-after-results.yaml", "halt.afterResults", "40");
        for (int run = 0; run < HALTS; run++) {
            Process bridge = startBridge(file.properties(halting));
            assertThat(bridge.waitFor(60, TimeUnit.SECONDS)).as("halted").isTrue();
            assertThat(bridge.exitValue()).isEqualTo(HaltAfterResults.EXIT);
        }
        file.finish();

        file.assertExactlyOneResultPerLine();
        assertThat(file.resends()).as("lines in flight in other threads at the halts")
                .isLessThanOrEqualTo(parallel ? HALTS * IN_FLIGHT : 0);
    }

    /** The bridge killed with SIGKILL at random moments mid-file, each line still ends with exactly one result. */
    @ParameterizedTest(name = "parallelProcessing={0}")
    @ValueSource(booleans = {false, true})
    void theFileBridgeKilledAtRandomMomentsLeavesExactlyOneResultPerLine(boolean parallel) throws Exception {
        sandbox.faults().randomly(1.0, Fault.delay(Duration.ofMillis(parallel ? 200 : 20)));
        long seed = System.nanoTime();
        Random random = new Random(seed);
        FileBridge file = new FileBridge(parallel, 400);
        for (int run = 0; run < KILLS; run++) {
            int before = sandbox.messages().size();
            Process bridge = startBridge(file.properties(Map.of()));
            await().atMost(60, TimeUnit.SECONDS).until(() -> sandbox.messages().size() > before);
            Thread.sleep(random.nextInt(500));
            kill(bridge);
            assertThat(file.done).as("killed mid-file (seed " + seed + ")").doesNotExist();
        }
        file.finish();

        file.assertExactlyOneResultPerLine();
        assertThat(file.resends()).as("only the lines in flight at each kill (seed " + seed + ")")
                .isLessThanOrEqualTo(KILLS * (parallel ? IN_FLIGHT : 1));
    }

    @Test
    void theJmsBridgeKilledMidStreamSendsEveryMessageExactlyOnce() throws Exception {
        sandbox.faults().randomly(1.0, Fault.delay(Duration.ofMillis(20)));
        int port = BridgeProcesses.freePort();
        try (EmbeddedBroker broker = new EmbeddedBroker("kill-test", port)) {
            Map<String, String> properties = Map.of(
                    "camel.main.routes-include-pattern", BridgeProcesses.route("jms-to-sms.yaml"),
                    "camel.beans.connectionFactory",
                    "#class:org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory",
                    "camel.beans.connectionFactory.brokerURL", "tcp://127.0.0.1:" + port,
                    "jms.queue", "sms.kill", "jms.consumers", "4", "jms.deadLetterQueue", "sms.kill.failed",
                    "jms.maxDeliveries", "5", "sms.provider", "azure", "sms.from", "RAW(+18005550100)");
            try (Connection connection = broker.connectionFactory().createConnection();
                 Session session = connection.createSession(true, Session.SESSION_TRANSACTED)) {
                MessageProducer producer = session.createProducer(session.createQueue("sms.kill"));
                for (int i = 1; i <= MESSAGES; i++) {
                    String json = JmsBridgeTestSupport.json(JmsBridgeTestSupport.phone(i), "message " + i);
                    producer.send(session.createTextMessage(json));
                }
                session.commit();
            }

            Process first = startBridge(properties);
            await().atMost(60, TimeUnit.SECONDS).until(() -> sandbox.messages().size() >= 50);
            kill(first);
            int sentBeforeKill = sandbox.messages().size();
            startBridge(properties);
            JmsBridgeTestSupport.awaitDoneAndQuiet(sandbox, broker, "sms.kill", Duration.ofSeconds(60),
                    () -> sendsPerRecipient().size() >= MESSAGES);

            System.out.println("jms bridge killed after " + sentBeforeKill + " of " + MESSAGES + " messages: "
                               + sandbox.messages().size() + " sends, " + sandbox.requests().size() + " requests");
            assertThat(sentBeforeKill).isBetween(50, MESSAGES - 1);
            assertThat(sendsPerRecipient()).hasSize(MESSAGES)
                    .allSatisfy((to, sends) -> assertThat(sends).as(to).isEqualTo(1L));
            assertThat(broker.messageCount("sms.kill.failed")).isZero();
        }
    }

    private static void kill(Process bridge) throws InterruptedException {
        bridge.destroyForcibly();
        assertThat(bridge.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }

    private static Map<String, Long> sendsPerRecipient() {
        return sandbox.messages().stream().collect(Collectors.groupingBy(RecordedMessage::to, Collectors.counting()));
    }

    /** A CSV of {@code lines} lines in the inbox of the file bridge, which sends line i to {@code phone(i)}. */
    private final class FileBridge {
        private final String route = BridgeProcesses.route("csv-to-sms.yaml");
        private final Path inbox;
        private final Path done;
        private final Map<String, String> properties;
        private final int lines;

        FileBridge(boolean parallel, int lines) throws Exception {
            this.lines = lines;
            inbox = Files.createDirectories(work.resolve("inbox"));
            done = inbox.resolve("done/big.csv");
            properties = Map.of("camel.main.routes-include-pattern", route,
                    "camel.beans.sentLines", "#class:io.camelmessaging.examples.bridge.LineCheckpointRepository(\""
                                             + work.resolve("sent-lines") + "\")",
                    "csv.inbox", inbox.toString(), "csv.from", "RAW(+12065550100)",
                    "csv.parallelProcessing", String.valueOf(parallel));
            Files.write(inbox.resolve("big.csv"), IntStream.rangeClosed(0, lines).mapToObj(i -> i == 0
                    ? "phone,text,media" : JmsBridgeTestSupport.phone(i) + ",line " + i + ",").toList());
        }

        /** The bridge's properties with these overridden. */
        Map<String, String> properties(Map<String, String> overrides) {
            Map<String, String> merged = new HashMap<>(properties);
            merged.putAll(overrides);
            return merged;
        }

        /** Starts the bridge once more and waits until the file is done. */
        void finish() throws Exception {
            startBridge(properties);
            await().atMost(120, TimeUnit.SECONDS).until(() -> Files.exists(done));
        }

        /** Every line sent, and exactly one result record per line: SENT with the id of a send to its phone. */
        void assertExactlyOneResultPerLine() throws Exception {
            List<CSVRecord> results;
            try (Reader reader = Files.newBufferedReader(inbox.resolve("results/big.results.csv"))) {
                results = CSVFormat.DEFAULT.parse(reader).getRecords();
            }
            Map<String, Long> perLine = results.stream().collect(Collectors.groupingBy(r -> r.get(0),
                    Collectors.counting()));
            System.out.println("file bridge: " + lines + " lines, " + sandbox.messages().size() + " sends, "
                               + resends() + " of them resends, " + results.size() + " result records");
            assertThat(sendsPerRecipient()).as("every line sent").hasSize(lines);
            assertThat(perLine.keySet()).containsExactlyInAnyOrderElementsOf(
                    IntStream.rangeClosed(1, lines).mapToObj(String::valueOf).toList());
            assertThat(perLine).allSatisfy((line, n) -> assertThat(n).as("result records of line " + line)
                    .isEqualTo(1L));
            Map<String, List<String>> ids = sandbox.messages().stream().collect(Collectors.groupingBy(
                    RecordedMessage::to, Collectors.mapping(RecordedMessage::messageId, Collectors.toList())));
            assertThat(results).allSatisfy(r -> {
                assertThat(r.get(2)).as("line " + r.get(0)).isEqualTo("SENT");
                assertThat(ids.get(r.get(1))).as("ids of the sends of line " + r.get(0)).contains(r.get(3));
            });
        }

        /** The sends beyond each line's first. */
        long resends() {
            return sandbox.messages().size() - (long) sendsPerRecipient().size();
        }
    }
}
