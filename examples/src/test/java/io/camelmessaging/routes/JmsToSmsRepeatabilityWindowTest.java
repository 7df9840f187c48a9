package io.camelmessaging.routes;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.camelmessaging.sandbox.Fault;
import io.camelmessaging.sandbox.RecordedMessage;
import io.camelmessaging.sandbox.SandboxConfig;
import io.camelmessaging.sandbox.junit5.MessagingSandboxExtension;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The JMS bridge against a sandbox that tracks repeatability for 2.5 s instead of ACS's 5 minutes: a broker redelivery
 * after the window is refused by ACS for every recipient, whether it was sent before or not, so nothing is sent twice
 * and the message is dead-lettered as possibly sent. A first delivery takes its exchange's time, so a message that
 * waited in the queue longer than the window is still sent.
 */
class JmsToSmsRepeatabilityWindowTest extends JmsBridgeTestSupport {

    private static final String EXPIRED = " UNKNOWN (RepeatabilityExpired: Repeatability first sent header was not in "
                                          + "2.5 seconds window.)";

    @RegisterExtension
    static final MessagingSandboxExtension SHORT_WINDOW = MessagingSandboxExtension.create(
            SandboxConfig.defaults().repeatabilityWindow(Duration.ofMillis(2500)));

    @BeforeAll
    static void useTheShortWindowSandbox() {
        sandbox = SHORT_WINDOW.sandbox();
    }

    @Test
    void aRedeliveryAfterTheWindowIsRefusedForEveryRecipientAndDeadLetteredAsUnknown() throws Exception {
        sendJms(json(phone(3), "warm-up")); // a JVM's first send can take longer than the window
        await().atMost(20, TimeUnit.SECONDS).until(() -> sandbox.messages().size() == 1
                                                         && broker.messageCount(queue()) == 0);
        sandbox.clear();
        // phone(2) fails until the broker's redeliveries (about 0.2, 0.6, 1.4 and 3.0 s) pass the window
        sandbox.faults().forRecipient(phone(2), Fault.status(503, "Service unavailable"));

        long jmsTimestamp = sendJms(json(phone(1) + "," + phone(2), "once at most"));

        Exchange dead = consumer.receive("jms:queue:" + deadQueue(), 20_000);
        assertThat(dead).isNotNull();
        assertThat(sandbox.messages()).extracting(RecordedMessage::to).containsExactly(phone(1));
        assertThat(dead.getMessage().getHeader("MessagingError", String.class))
                .isEqualTo("2 of 2 recipients failed: " + phone(1) + EXPIRED + "; " + phone(2) + EXPIRED);
        List<String> firstSent = firstSentOnTheWire();
        assertThat(firstSent.subList(2, firstSent.size())).isNotEmpty().containsOnly(rfc1123(jmsTimestamp));
        await().atMost(5, TimeUnit.SECONDS).until(() -> broker.messageCount(queue()) == 0);
    }

    @Test
    void aFirstDeliveryThatWaitedLongerThanTheWindowIsStillSent() throws Exception {
        context.getRouteController().stopRoute("jms-to-sms");
        sendJms(json(phone(4), "waited in the queue"));
        Thread.sleep(3000);
        context.getRouteController().startRoute("jms-to-sms");

        await().atMost(20, TimeUnit.SECONDS).until(() -> sandbox.messages().size() == 1
                                                         && broker.messageCount(queue()) == 0);
        assertThat(sandbox.messages()).extracting(RecordedMessage::to).containsExactly(phone(4));
        assertThat(consumer.receive("jms:queue:" + deadQueue(), 500)).isNull();
    }
}
