package io.camelmessaging.component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.camelmessaging.component.events.MessagingEvent;
import io.camelmessaging.component.events.MessagingEventException;
import io.camelmessaging.component.events.MessagingEventKind;
import io.camelmessaging.component.events.MessagingEventStatus;
import io.camelmessaging.component.events.PlatformHttpServers;
import io.camelmessaging.sandbox.DeliveryOutcome;
import io.camelmessaging.sandbox.EventFault;
import io.camelmessaging.sandbox.EventGridDeadLetter;
import io.camelmessaging.sandbox.EventGridSubscription;
import io.camelmessaging.sandbox.SqsQueues;
import io.camelmessaging.sandbox.SubscriptionState;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The loop closed against the sandbox: messages sent with a correlation id come back as delivery events through the
 * real SDK SQS client (aws) and the sandbox's Event Grid push to the webhook (azure); a phone's STOP comes back as an
 * OPTED_OUT inbound event that keeps the next send from leaving; duplicates are dropped and unreadable events reach
 * the dead letter channel with their reason; a subscription with a wrong secret fails its handshake and Event Grid
 * dead-letters its events with the reason.
 */
class EventsEndToEndTest extends SandboxTestSupport {

    private static final String SECRET = "webhook-secret-for-tests";
    private static final String AWS_TEXT = "messaging:sendTextMessage?originationIdentity=RAW(+12065550100)"
                                           + "&configurationSetName=reports";
    private static final String ACS_SMS = "messaging:sendTextMessage?provider=azure"
                                          + "&originationIdentity=RAW(+18005550100)&enableDeliveryReport=true";

    private final IdempotentRepository suppressed = MemoryIdempotentRepository.memoryIdempotentRepository();
    private int webhookPort;

    /**
     * The previous test's consumer may have left a long poll (waitTimeSeconds=1) waiting in the sandbox, which would take
     * this test's first event to a closed connection: it ends within the second.
     */
    @BeforeEach
    void letLongPollsOfTheLastTestEnd() throws InterruptedException {
        Thread.sleep(1100);
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
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("mock:dead"));
                from("messaging:events?waitTimeSeconds=1&queueUrl=" + sandbox.eventsQueueUrl()).to("mock:events");
                from("messaging:events?provider=azure&path=/events/acs&webhookSecret=" + SECRET).to("mock:events");
            }
        };
    }

    @Test
    void awsDeliveryEventsComeBackThroughSqsWithTheCorrelationId() throws Exception {
        sandbox.events().outcome("+12065550124", DeliveryOutcome.FAILED);

        send(AWS_TEXT, "Line one", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123",
                MessagingConstants.CORRELATION_ID, "contacts.csv#1");
        send(AWS_TEXT, "Line two", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550124",
                MessagingConstants.CORRELATION_ID, "contacts.csv#2");

        Map<String, MessagingEvent> finals = awaitFinalEvents(2);
        assertThat(finals.get("contacts.csv#1").status()).isEqualTo(MessagingEventStatus.DELIVERED);
        assertThat(finals.get("contacts.csv#1").to()).isEqualTo("+12065550123");
        assertThat(finals.get("contacts.csv#2").status()).isEqualTo(MessagingEventStatus.FAILED);
        assertThat(finals.get("contacts.csv#2").providerStatus()).isEqualTo("TEXT_CARRIER_UNREACHABLE");
        assertThat(finals.get("contacts.csv#2").messageId()).isEqualTo(sandbox.messages().get(1).messageId());
        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.sqs().size(SqsQueues.EVENTS_QUEUE) == 0
                                                           && sandbox.sqs().inFlight(SqsQueues.EVENTS_QUEUE) == 0);
    }

    @Test
    void azureDeliveryReportsComeBackThroughTheWebhookWithTheCorrelationId() throws Exception {
        subscribeWebhook();
        sandbox.events().outcome("+12065550126", DeliveryOutcome.EXPIRED);

        send(ACS_SMS, "Hi", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550125",
                MessagingConstants.CORRELATION_ID, "orders.csv#1");
        send(ACS_SMS, "Hi", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550126",
                MessagingConstants.CORRELATION_ID, "orders.csv#2");

        Map<String, MessagingEvent> finals = awaitFinalEvents(2);
        assertThat(finals.get("orders.csv#1").status()).isEqualTo(MessagingEventStatus.DELIVERED);
        assertThat(finals.get("orders.csv#1").provider()).isEqualTo("azure");
        assertThat(finals.get("orders.csv#2").status()).isEqualTo(MessagingEventStatus.EXPIRED);
        assertThat(sandbox.events().deadLetters()).isEmpty();
    }

    @Test
    void aStopFromAPhoneKeepsTheNextSendFromLeaving() throws Exception {
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessageCount(1);
        sandbox.events().inbound("aws", "+12065550127", "+12065550100", "STOP");
        events.assertIsSatisfied(10_000);

        Exchange stop = events.getReceivedExchanges().get(0);
        MessagingEvent event = stop.getMessage().getBody(MessagingEvent.class);
        assertThat(event.kind()).isEqualTo(MessagingEventKind.INBOUND_MESSAGE);
        assertThat(event.status()).isEqualTo(MessagingEventStatus.OPTED_OUT);
        assertThat(stop.getMessage().getHeader(MessagingConstants.EVENT_STATUS))
                .isEqualTo(MessagingEventStatus.OPTED_OUT);
        assertThat(suppressed.contains("+12065550127")).isTrue();

        Exchange next = send(AWS_TEXT, "Still there?", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550127");
        assertThat(next.getException(MessagingServiceException.class).getErrorCode()).isEqualTo("SUPPRESSED");
        assertThat(sandbox.messages()).isEmpty();
    }

    @Test
    void duplicatesAreDroppedAndUnreadableEventsReachTheDeadLetterChannelWithTheirReason() throws Exception {
        sandbox.events().faults().next(2, EventFault.DUPLICATE);
        send(AWS_TEXT, "Twice?", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550128");
        awaitFinalEvents(1);
        getMockEndpoint("mock:events").expectedMessageCount(2);
        getMockEndpoint("mock:events").assertIsSatisfied(2_000);

        sandbox.events().faults().next(1, EventFault.NOT_JSON);
        sandbox.events().inbound("aws", "+12065550129", "+12065550100", "hello");
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedMessageCount(1);
        dead.assertIsSatisfied(10_000);
        Exchange unreadable = dead.getReceivedExchanges().get(0);
        assertThat(unreadable.getProperty(Exchange.EXCEPTION_CAUGHT)).isInstanceOf(MessagingEventException.class)
                .asString().contains("body");
        assertThat(unreadable.getMessage().getBody(String.class)).isNotBlank();
        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.sqs().size(SqsQueues.EVENTS_QUEUE) == 0
                                                           && sandbox.sqs().inFlight(SqsQueues.EVENTS_QUEUE) == 0);
    }

    @Test
    void aWrongWebhookSecretFailsTheHandshakeAndTheEventsAreDeadLetteredWithTheReason() throws Exception {
        SubscriptionState subscription = sandbox.events().subscribe(EventGridSubscription.webhook(
                "http://127.0.0.1:" + webhookPort + "/events/acs?secret=not-the-secret"));
        assertThat(subscription.active()).isFalse();
        assertThat(subscription.reason()).contains("403");

        send(ACS_SMS, "Hi", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550139",
                MessagingConstants.CORRELATION_ID, "orders.csv#3");

        await().atMost(Duration.ofSeconds(10)).until(() -> !sandbox.events().deadLetters().isEmpty());
        EventGridDeadLetter dead = sandbox.events().deadLetters().get(0);
        assertThat(dead.deadLetterReason()).contains("403");
        assertThat(dead.event().path("data").path("tag").asText()).isEqualTo("orders.csv#3");
        getMockEndpoint("mock:events").expectedMessageCount(0);
        getMockEndpoint("mock:events").assertIsSatisfied(500);
    }

    private void subscribeWebhook() {
        assertThat(sandbox.events().subscribe(EventGridSubscription.webhook(
                "http://127.0.0.1:" + webhookPort + "/events/acs?secret=" + SECRET)).active()).isTrue();
    }

    /** Waits for this many final delivery events and returns them by correlation id. */
    private Map<String, MessagingEvent> awaitFinalEvents(int count) {
        MockEndpoint events = getMockEndpoint("mock:events");
        await().atMost(Duration.ofSeconds(15)).until(() -> finals(events).size() >= count);
        List<MessagingEvent> finals = finals(events);
        assertThat(finals).hasSize(count);
        return finals.stream().filter(e -> e.correlationId() != null)
                .collect(Collectors.toMap(MessagingEvent::correlationId, e -> e));
    }

    private static List<MessagingEvent> finals(MockEndpoint events) {
        return events.getReceivedExchanges().stream().map(e -> e.getMessage().getBody(MessagingEvent.class))
                .filter(e -> e.kind() == MessagingEventKind.DELIVERY_STATUS && e.isFinal()).toList();
    }
}
