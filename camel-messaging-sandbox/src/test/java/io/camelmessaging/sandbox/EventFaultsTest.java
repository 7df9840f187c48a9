package io.camelmessaging.sandbox;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.camelmessaging.sandbox.EventTestClients.JSON;
import static io.camelmessaging.sandbox.EventTestClients.snsMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Event faults (duplicates, final before intermediate, bodies that are not JSON, unknown event types), the outbox
 * page's delivery status, and {@link MessagingSandbox#clear()} dropping events not emitted yet.
 */
class EventFaultsTest {

    private static MessagingSandbox sandbox;
    private static EventTestClients clients;

    @BeforeAll
    static void start() {
        sandbox = MessagingSandbox.start(SandboxConfig.defaults().eventDelay(Duration.ZERO));
        clients = new EventTestClients(sandbox);
    }

    @AfterAll
    static void stop() {
        clients.close();
        sandbox.close();
    }

    @BeforeEach
    void clear() {
        sandbox.clear();
    }

    @Test
    void duplicatedAndOutOfOrderEvents() throws Exception {
        sandbox.events().faults().next(1, EventFault.OUT_OF_ORDER).next(1, EventFault.DUPLICATE);

        send("+12065550123");

        assertThat(eventTypes(clients.receiveEvents(3))).containsExactly("TEXT_DELIVERED", "TEXT_DELIVERED",
                "TEXT_PENDING");
    }

    @Test
    void malformedEventsAsTextThatIsNotJsonAndAsAnUnknownType() throws Exception {
        assertThat(clients.post("/sandbox/faults", "{\"kind\":\"EVENT\",\"event\":\"NOT_JSON\"}").statusCode())
                .isEqualTo(200);
        sandbox.events().faults().next(1, EventFault.UNKNOWN_TYPE);

        send("+12065550123");

        List<String> bodies = clients.receiveEvents(2);
        assertThat(bodies.get(0)).startsWith("sandbox event fault: this body is not JSON");
        assertThatThrownBy(() -> JSON.readTree(bodies.get(0))).isInstanceOf(java.io.IOException.class);
        assertThat(snsMessage(bodies.get(1)).get("eventType").asText()).isEqualTo("SANDBOX_UNKNOWN_EVENT");
    }

    @Test
    void theOutboxShowsEachMessagesLatestStatus() throws Exception {
        sandbox.events().outcome("+12065550124", DeliveryOutcome.EXPIRED);
        send("+12065550124");
        clients.receiveEvents(2);

        assertThat(clients.get("/sandbox/").body()).contains("<span class=\"status\">TEXT_TTL_EXPIRED</span>");
    }

    @Test
    void clearDropsEventsNotEmittedYetSubscriptionsAndDeadLetters() throws Exception {
        try (MessagingSandbox slow = MessagingSandbox.start(SandboxConfig.defaults().eventDelay(Duration.ofMillis(300)));
             EventTestClients slowClients = new EventTestClients(slow);
             WebhookReceiver webhook = new WebhookReceiver()) {
            webhook.echoValidationCode = false;
            slow.events().subscribe(EventGridSubscription.webhook(webhook.url("/eg")));
            slow.events().inbound("azure", "+12065550123", "+18005550100", "x");
            slowClients.sms.sendTextMessage(b -> b.destinationPhoneNumber("+12065550123").messageBody("x")
                    .configurationSetName("events"));
            assertThat(slow.events().deadLetters()).hasSize(1);

            slow.clear();
            Thread.sleep(900);

            assertThat(slow.sqs().bodies(SqsQueues.EVENTS_QUEUE)).isEmpty();
            assertThat(slow.events().subscriptions()).isEmpty();
            assertThat(slow.events().deadLetters()).isEmpty();
        }
    }

    private static void send(String to) {
        clients.sms.sendTextMessage(b -> b.destinationPhoneNumber(to).originationIdentity("+12065550100")
                .messageBody("x").configurationSetName("events"));
    }

    private static List<String> eventTypes(List<String> bodies) {
        return bodies.stream().map(body -> {
            try {
                return snsMessage(body).get("eventType").asText();
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }).toList();
    }
}
