package io.camelmessaging.routes;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.camelmessaging.sandbox.Fault;
import io.camelmessaging.sandbox.RecordedMessage;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The JMS to SMS bridge: sends, dead letters, broker redelivery of a throttled send and of a partly sent message,
 * and a consumer stopped mid-stream.
 */
class JmsToSmsRouteTest extends JmsBridgeTestSupport {

    @Test
    void everyJsonMessageIsSentOnce() {
        IntStream.range(0, 20).forEach(i -> template.sendBody("jms:queue:" + queue(), json(i)));

        awaitDoneAndQuiet(sandbox, broker, queue(), Duration.ofSeconds(20), () -> sandbox.messages().size() >= 20);

        assertThat(sandbox.messages()).extracting(RecordedMessage::to).doesNotHaveDuplicates().hasSize(20);
        assertThat(sandbox.messages()).extracting(RecordedMessage::body).contains("message 0", "message 19");
    }

    @Test
    void aPermanentFailureIsDeadLetteredWithItsReason() {
        template.sendBody("jms:queue:" + queue(), "{\"to\":\"not-a-number\",\"text\":\"never\"}");

        Exchange dead = consumer.receive("jms:queue:" + deadQueue(), 20_000);

        assertThat(dead).isNotNull();
        assertThat(dead.getMessage().getHeader("MessagingError", String.class))
                .contains("to='not-a-number'", "must match");
        assertThat(dead.getMessage().getBody(String.class)).isEqualTo("{\"to\":\"not-a-number\",\"text\":\"never\"}");
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void aThrottledSendIsRedeliveredByTheBrokerAndSentOnce() {
        sandbox.faults().next(4, Fault.status(429, "Too many requests"));

        template.sendBody("jms:queue:" + queue(), json(1));

        awaitDoneAndQuiet(sandbox, broker, queue(), Duration.ofSeconds(20), () -> sandbox.messages().size() >= 1);
        assertThat(sandbox.requests()).extracting(r -> r.status()).containsExactly(429, 429, 429, 429, 202);
        assertThat(consumer.receive("jms:queue:" + deadQueue(), 500)).isNull();
    }

    @Test
    void aMessageRedeliveredWithinTheWindowIsDeliveredOnceWithItsJmsTimestampAsFirstSent() throws Exception {
        // a first delivery takes its exchange's time, a redelivery its JMSTimestamp: an earlier bound of its first try
        sandbox.faults().forRecipient(phone(2), 1, Fault.status(503, "Service unavailable"));
        context.getRouteController().stopRoute("jms-to-sms");
        long jmsTimestamp = sendJms(json(phone(1) + "," + phone(2), "once each"));
        Thread.sleep(1100); // the exchanges are created in a later second than the JMS timestamp
        context.getRouteController().startRoute("jms-to-sms");

        await().atMost(20, TimeUnit.SECONDS).until(() -> sandbox.requests().size() >= 2
                                                         && broker.messageCount(queue()) == 0);

        assertThat(sandbox.messages()).extracting(RecordedMessage::to).containsExactly(phone(1), phone(2));
        assertThat(sandbox.requests()).hasSize(2);
        List<String> firstSent = firstSentOnTheWire();
        assertThat(firstSent).hasSize(4);
        assertThat(firstSent.subList(0, 2)).doesNotContain(rfc1123(jmsTimestamp));
        assertThat(firstSent.subList(2, 4)).containsOnly(rfc1123(jmsTimestamp));
        assertThat(consumer.receive("jms:queue:" + deadQueue(), 500)).isNull();
    }

    @Test
    void aConsumerStoppedMidStreamLosesNothingAndSendsNothingTwice() throws Exception {
        sandbox.faults().randomly(1.0, Fault.delay(Duration.ofMillis(40)));
        IntStream.range(0, 60).forEach(i -> template.sendBody("jms:queue:" + queue(), json(i)));
        await().atMost(20, TimeUnit.SECONDS).until(() -> sandbox.messages().size() >= 10);

        context.getRouteController().stopRoute("jms-to-sms", 1, TimeUnit.MILLISECONDS);
        int sentBeforeRestart = sandbox.messages().size();
        context.getRouteController().startRoute("jms-to-sms");
        awaitDoneAndQuiet(sandbox, broker, queue(), Duration.ofSeconds(30), () -> sandbox.messages().size() >= 60);

        Map<String, Long> perRecipient = sandbox.messages().stream()
                .collect(Collectors.groupingBy(RecordedMessage::to, Collectors.counting()));
        System.out.println("jms bridge: " + sentBeforeRestart + " sent before the stop, " + sandbox.messages().size()
                           + " in all, " + sandbox.requests().size() + " requests");
        assertThat(sentBeforeRestart).isLessThan(60);
        assertThat(perRecipient).hasSize(60).allSatisfy((to, count) -> assertThat(count).as(to).isEqualTo(1L));
        assertThat(consumer.receive("jms:queue:" + deadQueue(), 500)).isNull();
    }

    private static String json(int i) {
        return json(phone(i), "message " + i);
    }
}
