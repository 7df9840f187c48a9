package io.camelmessaging.routes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bridges in a separate JVM ({@link io.camelmessaging.examples.BridgeApplication}, configured by a properties file only) that is killed with
 * SIGKILL mid-stream and started again: nothing is lost, and nothing is sent twice beyond what the README says.
 */
class BridgeProcessKillTest {

    private static final int MESSAGES = 200;

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

    @Test
    void theFileBridgeKilledMidFileSkipsTheLinesItHandledAfterTheRestart() throws Exception {
        sandbox.faults().randomly(1.0, Fault.delay(Duration.ofMillis(20)));
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Map<String, String> properties = Map.of(
                "camel.main.routes-include-pattern", BridgeProcesses.route("csv-to-sms.yaml"),
                "camel.beans.sentLines", "#class:io.camelmessaging.bridge.LineCheckpointRepository(\""
                                         + work.resolve("sent-lines") + "\")",
                "csv.inbox", inbox.toString(), "csv.from", "RAW(+12065550100)");
        Path csv = work.resolve("big.csv");
        Files.write(csv, IntStream.rangeClosed(0, MESSAGES).mapToObj(i -> i == 0 ? "phone,text,media"
                : JmsBridgeTestSupport.phone(i) + ",line " + i + ",").toList());

        Process first = startBridge(properties);
        Files.move(csv, inbox.resolve("big.csv"));
        await().atMost(60, TimeUnit.SECONDS).until(() -> sandbox.messages().size() >= 50);
        kill(first);
        int sentBeforeKill = sandbox.messages().size();
        startBridge(properties);
        await().atMost(60, TimeUnit.SECONDS).until(() -> Files.exists(inbox.resolve("done/big.csv")));

        Map<String, Long> sends = sendsPerRecipient();
        List<String> results = Files.readAllLines(inbox.resolve("results/big.results.csv"));
        System.out.println("file bridge killed after " + sentBeforeKill + " of " + MESSAGES + " lines: "
                           + sends.size() + " recipients, " + sandbox.messages().size() + " sends, "
                           + results.size() + " result lines");
        assertThat(sentBeforeKill).isBetween(50, MESSAGES - 1);
        assertThat(sends).as("every line sent").hasSize(MESSAGES);
        assertThat(sends.values().stream().filter(n -> n > 1).count()).as("only the line in flight at the kill")
                .isLessThanOrEqualTo(1);
        assertThat(results.stream().map(line -> line.substring(0, line.indexOf(','))).distinct().count())
                .isEqualTo(MESSAGES);
        assertThat(results).allSatisfy(line -> assertThat(line).contains(",SENT,"));
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

}
