package io.camelmessaging.component.events;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.camelmessaging.component.MessagingConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.camelmessaging.component.events.AzureEventParser.DELIVERY_REPORT;
import static io.camelmessaging.component.events.AzureEventParser.SMS_RECEIVED;
import static io.camelmessaging.component.events.AzureEventParserTest.RECEIVED_DATA;
import static io.camelmessaging.component.events.AzureEventParserTest.REPORT_DATA;
import static io.camelmessaging.component.events.AzureEventParserTest.cloudEvent;
import static io.camelmessaging.component.events.AzureEventParserTest.eventGrid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The azure {@code messaging:events} consumer on camel-platform-http-vertx, driven over HTTP with the JDK's client: both
 * handshakes, authentication, Event Grid and CloudEvents bodies becoming exchanges, the answer that makes Event Grid
 * deliver a batch again and the duplicates dropped then, unreadable events in the dead letter channel, the body limit
 * and the suppression repository.
 */
class EventGridWebhookConsumerTest extends CamelTestSupport {

    static final String SECRET = "webhook-secret-of-the-test+/=7f3a9c";
    static final String SECRET_QUERY = "secret=webhook-secret-of-the-test%2B%2F%3D7f3a9c";

    private final HttpClient http = PlatformHttpServers.client();
    private final IdempotentRepository suppressed = MemoryIdempotentRepository.memoryIdempotentRepository();
    /** Message ids the strict route fails. */
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    /** Message ids the strict route handled, in order. */
    private final List<String> handledByStrictRoute = new CopyOnWriteArrayList<>();
    private int port;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        port = PlatformHttpServers.addTo(context);
        context.getRegistry().bind("suppressed", suppressed);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("messaging:events?provider=azure&path=/events/acs&webhookSecret=RAW(" + SECRET + ")"
                     + "&suppressionRepository=#suppressed")
                        .routeId("events")
                        .errorHandler(deadLetterChannel("mock:dead"))
                        .to("mock:events");
                from("messaging:events?provider=azure&path=/events/strict&webhookSecret=RAW(" + SECRET + ")")
                        .routeId("strict")
                        .process(exchange -> {
                            String messageId = exchange.getMessage().getHeader(MessagingConstants.MESSAGE_ID,
                                    String.class);
                            if (failing.contains(messageId)) {
                                throw new IllegalStateException("route failed on " + messageId);
                            }
                            handledByStrictRoute.add(messageId);
                        });
            }
        };
    }

    @Test
    void eventGridSubscriptionValidationIsAnsweredWithItsCodeAndRoutesNothing() throws Exception {
        String validation = eventGrid("v-1", AzureEventParser.SUBSCRIPTION_VALIDATION,
                "{\"validationCode\":\"512d38b6-c7b8-40c8-89fe-f46f9e9622b6\",\"validationUrl\":\"https://x\"}");

        HttpResponse<String> response = post("/events/acs?" + SECRET_QUERY, "application/json", validation);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).isEqualTo("{\"validationResponse\":\"512d38b6-c7b8-40c8-89fe-f46f9e9622b6\"}");
        assertThat(events().getReceivedExchanges()).isEmpty();
    }

    @Test
    void cloudEventsHandshakeAllowsTheOriginAndTheRateAsked() throws Exception {
        HttpResponse<String> withRate = send(HttpRequest.newBuilder(uri("/events/acs"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header(WebhookSecret.HEADER, SECRET)
                .header(EventGridWebhook.REQUEST_ORIGIN, "eventgrid.azure.net")
                .header(EventGridWebhook.REQUEST_RATE, "120"));
        HttpResponse<String> withoutRate = send(HttpRequest.newBuilder(uri("/events/acs?" + SECRET_QUERY))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header(EventGridWebhook.REQUEST_ORIGIN, "eventgrid.azure.net"));
        HttpResponse<String> withoutOrigin = send(HttpRequest.newBuilder(uri("/events/acs?" + SECRET_QUERY))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

        assertThat(withRate.statusCode()).isEqualTo(200);
        assertThat(withRate.headers().firstValue(EventGridWebhook.ALLOWED_ORIGIN)).hasValue("eventgrid.azure.net");
        assertThat(withRate.headers().firstValue(EventGridWebhook.ALLOWED_RATE)).hasValue("*");
        assertThat(withoutRate.statusCode()).isEqualTo(200);
        assertThat(withoutRate.headers().firstValue(EventGridWebhook.ALLOWED_ORIGIN)).hasValue("eventgrid.azure.net");
        assertThat(withoutRate.headers().firstValue(EventGridWebhook.ALLOWED_RATE)).isEmpty();
        assertThat(withoutOrigin.statusCode()).isEqualTo(400);
        assertThat(withoutOrigin.headers().firstValue(EventGridWebhook.ALLOWED_ORIGIN)).isEmpty();
        assertThat(events().getReceivedExchanges()).isEmpty();
    }

    @Test
    void aMissingSecretIs401AWrongOne403AndNothingIsRouted() throws Exception {
        String batch = eventGrid("e-1", DELIVERY_REPORT, REPORT_DATA);
        String wrong = SECRET.substring(0, SECRET.length() - 1) + "x";

        HttpResponse<String> none = post("/events/acs", "application/json", batch);
        HttpResponse<String> wrongQuery = post("/events/acs?secret=" + wrong, "application/json", batch);
        HttpResponse<String> wrongHeader = send(HttpRequest.newBuilder(uri("/events/acs"))
                .POST(HttpRequest.BodyPublishers.ofString(batch)).header(WebhookSecret.HEADER, wrong));
        HttpResponse<String> oneRightOneWrong = send(HttpRequest.newBuilder(uri("/events/acs?" + SECRET_QUERY))
                .POST(HttpRequest.BodyPublishers.ofString(batch)).header(WebhookSecret.HEADER, wrong));
        HttpResponse<String> handshakeWithout = send(HttpRequest.newBuilder(uri("/events/acs"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header(EventGridWebhook.REQUEST_ORIGIN, "eventgrid.azure.net"));
        HttpResponse<String> validationWithout = post("/events/acs", "application/json",
                eventGrid("v", AzureEventParser.SUBSCRIPTION_VALIDATION, "{\"validationCode\":\"c\"}"));

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(wrongQuery.statusCode()).isEqualTo(403);
        assertThat(wrongHeader.statusCode()).isEqualTo(403);
        assertThat(oneRightOneWrong.statusCode()).isEqualTo(403);
        assertThat(handshakeWithout.statusCode()).isEqualTo(401);
        assertThat(handshakeWithout.headers().firstValue(EventGridWebhook.ALLOWED_ORIGIN)).isEmpty();
        assertThat(validationWithout.statusCode()).isEqualTo(401);
        assertThat(validationWithout.body()).doesNotContain("validationResponse");
        for (HttpResponse<String> response : List.of(none, wrongQuery, wrongHeader, oneRightOneWrong)) {
            assertThat(response.headers().map().toString()).doesNotContain(wrong).doesNotContain("webhook-secret");
        }
        assertThat(events().getReceivedExchanges()).isEmpty();
        assertThat(dead().getReceivedExchanges()).isEmpty();
    }

    @Test
    void anEventGridBatchBecomesOneExchangePerEventInBodyOrder() throws Exception {
        String batch = "[" + String.join(",",
                element(eventGrid("e-1", DELIVERY_REPORT, REPORT_DATA)),
                element(eventGrid("e-2", SMS_RECEIVED, RECEIVED_DATA)),
                element(eventGrid("e-3", DELIVERY_REPORT, REPORT_DATA.replace("Outgoing_202009180022138813a09b", "m-3")
                        .replace("\"Delivered\"", "\"Failed\"")))) + "]";

        HttpResponse<String> response = post("/events/acs?" + SECRET_QUERY, "application/json", batch);

        assertThat(response.statusCode()).isEqualTo(200);
        List<Exchange> received = events().getReceivedExchanges();
        assertThat(received).extracting(e -> e.getMessage().getBody(MessagingEvent.class).eventId())
                .containsExactly("e-1", "e-2", "e-3");
        MessagingEvent report = received.get(0).getMessage().getBody(MessagingEvent.class);
        assertThat(report.kind()).isEqualTo(MessagingEventKind.DELIVERY_STATUS);
        assertThat(report.status()).isEqualTo(MessagingEventStatus.DELIVERED);
        assertThat(report.correlationId()).isEqualTo("orders.csv#7");
        assertThat(report.parts()).isEqualTo(3);
        assertThat(received.get(0).getMessage().getHeaders()).containsEntry(MessagingConstants.EVENT_KIND,
                        MessagingEventKind.DELIVERY_STATUS)
                .containsEntry(MessagingConstants.EVENT_STATUS, MessagingEventStatus.DELIVERED)
                .containsEntry(MessagingConstants.MESSAGE_ID, "Outgoing_202009180022138813a09b")
                .containsEntry(MessagingConstants.CORRELATION_ID, "orders.csv#7")
                .containsEntry(MessagingConstants.PROVIDER, "azure");
        MessagingEvent inbound = received.get(1).getMessage().getBody(MessagingEvent.class);
        assertThat(inbound.kind()).isEqualTo(MessagingEventKind.INBOUND_MESSAGE);
        assertThat(inbound.status()).isEqualTo(MessagingEventStatus.RECEIVED);
        assertThat(inbound.text()).isEqualTo("Great to connect with ACS events");
        assertThat(received.get(2).getMessage().getHeader(MessagingConstants.EVENT_STATUS))
                .isEqualTo(MessagingEventStatus.FAILED);
    }

    @Test
    void cloudEventsSingleAndBatchBecomeExchanges() throws Exception {
        HttpResponse<String> single = post("/events/acs?" + SECRET_QUERY, "application/cloudevents+json",
                cloudEvent("c-1", DELIVERY_REPORT, REPORT_DATA));
        HttpResponse<String> batch = post("/events/acs?" + SECRET_QUERY, "application/cloudevents-batch+json",
                "[" + cloudEvent("c-2", SMS_RECEIVED, RECEIVED_DATA) + ","
                + cloudEvent("c-3", DELIVERY_REPORT, REPORT_DATA) + "]");

        assertThat(single.statusCode()).isEqualTo(200);
        assertThat(batch.statusCode()).isEqualTo(200);
        assertThat(events().getReceivedExchanges())
                .extracting(e -> e.getMessage().getBody(MessagingEvent.class).eventId(),
                        e -> e.getMessage().getHeader(MessagingConstants.EVENT_KIND))
                .containsExactly(tuple("c-1", MessagingEventKind.DELIVERY_STATUS),
                        tuple("c-2", MessagingEventKind.INBOUND_MESSAGE),
                        tuple("c-3", MessagingEventKind.DELIVERY_STATUS));
    }

    @Test
    void aFailedEventMakesEventGridDeliverTheBatchAgainAndOnlyItIsRoutedThen() throws Exception {
        String batch = "[" + String.join(",",
                element(eventGrid("e-1", SMS_RECEIVED, RECEIVED_DATA.replace("Incoming_20200918002745d29ebbea", "m-1"))),
                element(eventGrid("e-2", SMS_RECEIVED, RECEIVED_DATA.replace("Incoming_20200918002745d29ebbea", "m-2"))),
                element(eventGrid("e-3", SMS_RECEIVED, RECEIVED_DATA.replace("Incoming_20200918002745d29ebbea", "m-3"))))
                       + "]";
        failing.add("m-2");

        HttpResponse<String> first = post("/events/strict?" + SECRET_QUERY, "application/json", batch);
        failing.clear();
        HttpResponse<String> again = post("/events/strict?" + SECRET_QUERY, "application/json", batch);
        HttpResponse<String> thirdTime = post("/events/strict?" + SECRET_QUERY, "application/json", batch);

        assertThat(first.statusCode()).isEqualTo(503);
        assertThat(first.body()).isEqualTo("1 of 3 events were not handled: deliver the batch again");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(thirdTime.statusCode()).isEqualTo(200);
        assertThat(handledByStrictRoute).containsExactly("m-1", "m-3", "m-2");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not JSON      | 'this is not json'                                                       | body | must be well-formed JSON",
            "unknown type  | '[{\"id\":\"1\",\"eventType\":\"Microsoft.Storage.BlobCreated\",\"data\":{}}]' | [0].eventType | must be Microsoft.Communication.SMSDeliveryReportReceived",
            "missing field | '[{\"id\":\"1\",\"eventType\":\"Microsoft.Communication.SMSReceived\",\"data\":{\"from\":\"1\",\"to\":\"2\"}}]' | [0].data.messageId | is required" })
    void anUnreadableBodyReachesTheDeadLetterChannelWithItsTextAndReason(String name, String body, String field,
                                                                         String rule) throws Exception {
        HttpResponse<String> response = post("/events/acs?" + SECRET_QUERY, "application/json", body);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(events().getReceivedExchanges()).isEmpty();
        assertThat(dead().getReceivedExchanges()).singleElement().satisfies(exchange -> {
            // a body that is not JSON arrives whole; an unreadable event of an array, as its own JSON
            String raw = body.startsWith("[") ? element(body) : body;
            assertThat(exchange.getMessage().getBody(String.class)).isEqualTo(raw);
            MessagingEventException reason = exchange.getProperty(Exchange.EXCEPTION_CAUGHT,
                    MessagingEventException.class);
            assertThat(reason.getViolation().field()).isEqualTo(field);
            assertThat(reason.getViolation().rule()).contains(rule);
        });
    }

    @Test
    void oneUnreadableEventOfABatchGoesToTheDeadLetterChannelAndTheOthersAreRouted() throws Exception {
        String bad = "{\"id\":\"bad\",\"eventType\":\"Microsoft.Communication.SMSReceived\",\"data\":{\"from\":\"1\"}}";
        String batch = "[" + element(eventGrid("e-1", DELIVERY_REPORT, REPORT_DATA)) + "," + bad + ","
                       + element(eventGrid("e-3", SMS_RECEIVED, RECEIVED_DATA)) + "]";

        HttpResponse<String> response = post("/events/acs?" + SECRET_QUERY, "application/json", batch);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(events().getReceivedExchanges()).extracting(
                e -> e.getMessage().getBody(MessagingEvent.class).eventId()).containsExactly("e-1", "e-3");
        assertThat(dead().getReceivedExchanges()).singleElement().satisfies(exchange -> {
            assertThat(exchange.getMessage().getBody(String.class)).isEqualTo(bad);
            assertThat(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, MessagingEventException.class)
                    .getViolation().field()).isEqualTo("[1].data.messageId");
        });
    }

    @Test
    void withoutADeadLetterChannelAnUnreadableBodyIsAnswered400WithTheReason() throws Exception {
        HttpResponse<String> response = post("/events/strict?" + SECRET_QUERY, "application/json", "{not json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).startsWith("Unreadable azure event: ").contains("must be well-formed JSON");
        assertThat(handledByStrictRoute).isEmpty();
    }

    @Test
    void aBodyLargerThanAnEventGridBatchIs413AndNothingIsRouted() throws Exception {
        byte[] large = new byte[EventLimits.MAX_AZURE_BODY_BYTES + 1];
        Arrays.fill(large, (byte) ' ');

        HttpResponse<String> declared = send(HttpRequest.newBuilder(uri("/events/acs?" + SECRET_QUERY))
                .POST(HttpRequest.BodyPublishers.ofByteArray(large)));
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(uri("/events/acs?" + SECRET_QUERY))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large))));

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(events().getReceivedExchanges()).isEmpty();
        assertThat(dead().getReceivedExchanges()).isEmpty();
    }

    @Test
    void anInboundStopSuppressesTheNumberAndStartLiftsIt() throws Exception {
        String stop = eventGrid("s-1", SMS_RECEIVED, RECEIVED_DATA.replace("Great to connect with ACS events", "STOP"));
        String start = eventGrid("s-2", SMS_RECEIVED, RECEIVED_DATA.replace("Great to connect with ACS events", "start")
                .replace("Incoming_20200918002745d29ebbea", "m-2"));

        post("/events/acs?" + SECRET_QUERY, "application/json", stop);
        boolean suppressedAfterStop = suppressed.contains("15555555555");
        post("/events/acs?" + SECRET_QUERY, "application/json", start);

        assertThat(suppressedAfterStop).isTrue();
        assertThat(suppressed.contains("15555555555")).isFalse();
        assertThat(events().getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(
                MessagingConstants.EVENT_STATUS)).containsExactly(MessagingEventStatus.OPTED_OUT,
                MessagingEventStatus.RECEIVED);
    }

    @Test
    void stoppingTheRouteRemovesTheWebhook() throws Exception {
        context.getRouteController().stopRoute("events");

        HttpResponse<String> response = post("/events/acs?" + SECRET_QUERY, "application/json",
                eventGrid("e-1", DELIVERY_REPORT, REPORT_DATA));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(events().getReceivedExchanges()).isEmpty();
    }

    private HttpResponse<String> post(String pathAndQuery, String contentType, String body) throws Exception {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + port + pathAndQuery);
    }

    private MockEndpoint events() {
        return getMockEndpoint("mock:events");
    }

    private MockEndpoint dead() {
        return getMockEndpoint("mock:dead");
    }

    /** The one event of an Event Grid body, without its array. */
    static String element(String eventGridBody) {
        return eventGridBody.strip().replaceAll("^\\[|\\]$", "");
    }
}
