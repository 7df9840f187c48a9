package io.camelmessaging.routes;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.camelmessaging.sandbox.Fault;
import io.camelmessaging.sandbox.RecordedMessage;
import io.camelmessaging.sandbox.RecordedRequest;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault soak: 10,000 JSON messages (50 of them invalid) through the JMS bridge to Azure SMS while the sandbox
 * throttles 10% of requests, fails 1% with 503 and drops 0.5% of connections after recording the message. At the end
 * every message was accepted exactly once or dead-lettered with its reason: none lost, none sent twice.
 */
class JmsFaultSoakIT extends JmsBridgeTestSupport {

    private static final int MESSAGES = 10_000;
    private static final int INVALID_EVERY = 200;

    @Override
    protected int consumers() {
        return 16;
    }

    @Test
    void tenThousandMessagesUnderFaultsAreSentExactlyOnceOrDeadLettered() throws Exception {
        sandbox.faults()
                .randomly(0.10, Fault.status(429, "Too many requests").withRetryAfter(Duration.ofMillis(50)))
                .randomly(0.01, Fault.status(503, "Service unavailable"))
                .randomly(0.005, Fault.dropConnection());
        long start = System.nanoTime();
        Set<String> invalid = enqueue();

        awaitDoneAndQuiet(sandbox, broker, queue(), Duration.ofMinutes(4), () -> broker.messageCount(queue()) == 0
                && distinctRecipients() + broker.messageCount(deadQueue()) >= MESSAGES);
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, String> deadLetters = drainDeadLetters();

        Map<String, Long> sendsPerRecipient = sandbox.messages().stream()
                .collect(Collectors.groupingBy(RecordedMessage::to, Collectors.counting()));
        Map<Integer, Long> answers = sandbox.requests().stream()
                .collect(Collectors.groupingBy(RecordedRequest::status, Collectors.counting()));
        System.out.printf("fault soak: %d messages in %.1f s, %d accepted, %d dead-lettered, %d requests, answers by "
                          + "status %s (-1: dropped connection), duplicates %d%n", MESSAGES, seconds,
                sendsPerRecipient.size(), deadLetters.size(), sandbox.requests().size(), answers,
                sendsPerRecipient.values().stream().filter(n -> n > 1).count());

        assertThat(answers.get(429)).as("throttled requests").isGreaterThan(500L);
        assertThat(answers.get(503)).as("5xx requests").isGreaterThan(40L);
        assertThat(answers.get(-1)).as("dropped connections").isGreaterThan(15L);
        assertThat(sendsPerRecipient).allSatisfy((to, sends) -> assertThat(sends).as("sends to " + to).isEqualTo(1L));
        assertThat(deadLetters.keySet()).containsExactlyInAnyOrderElementsOf(invalid);
        assertThat(deadLetters.values()).allSatisfy(reason -> assertThat(reason).contains("must match"));
        Set<String> accountedFor = new HashSet<>(sendsPerRecipient.keySet());
        accountedFor.addAll(deadLetters.keySet());
        assertThat(accountedFor).as("accepted or dead-lettered, none lost").hasSize(MESSAGES);
        assertThat(sendsPerRecipient.keySet()).doesNotContainAnyElementsOf(deadLetters.keySet());
    }

    /** Puts the messages on the queue in a few broker transactions; returns the recipients of the invalid ones. */
    private Set<String> enqueue() throws JMSException {
        Set<String> invalid = new HashSet<>();
        try (Connection connection = broker.connectionFactory().createConnection();
             Session session = connection.createSession(true, Session.SESSION_TRANSACTED)) {
            MessageProducer producer = session.createProducer(session.createQueue(queue()));
            for (int i = 0; i < MESSAGES; i++) {
                String to = i % INVALID_EVERY == 0 ? "invalid-" + i : phone(i);
                if (to.startsWith("invalid")) {
                    invalid.add(to);
                }
                producer.send(session.createTextMessage(json(to, "soak message " + i)));
                if (i % 500 == 499) {
                    session.commit();
                }
            }
            session.commit();
        }
        return invalid;
    }

    private long distinctRecipients() {
        return sandbox.messages().stream().map(RecordedMessage::to).distinct().count();
    }

    /** The dead letters' recipients and reasons. */
    private Map<String, String> drainDeadLetters() throws JMSException {
        Map<String, String> reasons = new HashMap<>();
        try (Connection connection = broker.connectionFactory().createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            connection.start();
            MessageConsumer consumer = session.createConsumer(session.createQueue(deadQueue()));
            for (Message dead = consumer.receive(2000); dead != null; dead = consumer.receive(500)) {
                String body = dead.getBody(String.class);
                String to = body.substring(body.indexOf("\"to\":\"") + 6, body.indexOf("\",\"text\""));
                reasons.put(to, dead.getStringProperty("MessagingError"));
            }
        }
        return reasons;
    }
}
