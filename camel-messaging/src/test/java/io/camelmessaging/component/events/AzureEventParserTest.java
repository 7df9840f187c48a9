package io.camelmessaging.component.events;

import java.time.Instant;
import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Azure parser on samples shaped like ACS's published Event Grid and CloudEvents SMS events, the subscription
 * handshake, each status mapping, and hostile bodies.
 */
class AzureEventParserTest {

    static final String REPORT_DATA = """
            {"messageId":"Outgoing_202009180022138813a09b","from":"15555555555","to":"+15555555555",
             "deliveryStatus":"Delivered","deliveryStatusDetails":"No error.",
             "receivedTimestamp":"2020-09-18T00:22:20.2855749Z",
             "deliveryAttempts":[{"timestamp":"2020-09-18T00:22:14.9315918Z","segmentsSucceeded":2,"segmentsFailed":1}],
             "Tag":"orders.csv#7"}""";

    static final String RECEIVED_DATA = """
            {"messageId":"Incoming_20200918002745d29ebbea","from":"15555555555","to":"+15555555555",
             "message":"Great to connect with ACS events","receivedTimestamp":"2020-09-18T00:27:45.32Z"}""";

    private final AzureEventParser parser = new AzureEventParser();

    @Test
    void eventGridDeliveryReport() {
        assertThat(parser.parse(eventGrid("e-1", AzureEventParser.DELIVERY_REPORT, REPORT_DATA)).events())
                .singleElement().satisfies(event -> {
                    assertThat(event.provider()).isEqualTo("azure");
                    assertThat(event.kind()).isEqualTo(MessagingEventKind.DELIVERY_STATUS);
                    assertThat(event.status()).isEqualTo(MessagingEventStatus.DELIVERED);
                    assertThat(event.providerStatus()).isEqualTo("Delivered");
                    assertThat(event.statusDetail()).isEqualTo("No error.");
                    assertThat(event.isFinal()).isTrue();
                    assertThat(event.messageId()).isEqualTo("Outgoing_202009180022138813a09b");
                    assertThat(event.from()).isEqualTo("15555555555");
                    assertThat(event.to()).isEqualTo("+15555555555");
                    assertThat(event.parts()).isEqualTo(3);
                    assertThat(event.price()).isNull();
                    assertThat(event.occurredAt()).isEqualTo(Instant.parse("2020-09-18T00:22:20.2855749Z"));
                    assertThat(event.correlationId()).isEqualTo("orders.csv#7");
                    assertThat(event.eventId()).isEqualTo("e-1");
                    assertThat(event.raw()).contains("\"eventType\":\"" + AzureEventParser.DELIVERY_REPORT + "\"");
                });
    }

    @ParameterizedTest
    @CsvSource({ "Delivered, DELIVERED", "Failed, FAILED", "Expired, EXPIRED", "Unknown, UNKNOWN", "Blocked, UNKNOWN" })
    void deliveryStatusMapping(String deliveryStatus, MessagingEventStatus status) {
        String data = REPORT_DATA.replace("\"Delivered\"", "\"" + deliveryStatus + "\"");
        MessagingEvent event = parser.parse(eventGrid("e", AzureEventParser.DELIVERY_REPORT, data)).events().get(0);
        assertThat(event.status()).isEqualTo(status);
        assertThat(event.providerStatus()).isEqualTo(deliveryStatus);
    }

    @ParameterizedTest
    @CsvSource({ "STOP, OPTED_OUT, false", "' Unsubscribe ', OPTED_OUT, false", "start, RECEIVED, true",
            "Hello, RECEIVED, false" })
    void inboundMessageAndOptKeywords(String text, MessagingEventStatus status, boolean optIn) {
        String data = RECEIVED_DATA.replace("Great to connect with ACS events", text);
        MessagingEvent event = parser.parse(eventGrid("r-1", AzureEventParser.SMS_RECEIVED, data)).events().get(0);
        assertThat(event.kind()).isEqualTo(MessagingEventKind.INBOUND_MESSAGE);
        assertThat(event.status()).isEqualTo(status);
        assertThat(event.isOptIn()).isEqualTo(optIn);
        assertThat(event.text()).isEqualTo(text);
        assertThat(event.from()).isEqualTo("15555555555");
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2020-09-18T00:27:45.32Z"));
    }

    @Test
    void cloudEventSingleAndBatchGiveTheSameEvents() {
        String single = cloudEvent("c-1", AzureEventParser.DELIVERY_REPORT, REPORT_DATA);
        String batch = "[" + single + "," + cloudEvent("c-2", AzureEventParser.SMS_RECEIVED, RECEIVED_DATA) + "]";
        MessagingEvent alone = parser.parse(single).events().get(0);
        AzureEvents both = parser.parse(batch);
        assertThat(both.isSubscriptionValidation()).isFalse();
        assertThat(both.events()).extracting(MessagingEvent::eventId).containsExactly("c-1", "c-2");
        assertThat(both.events().get(0)).usingRecursiveComparison().isEqualTo(alone);
        assertThat(alone.correlationId()).isEqualTo("orders.csv#7");
    }

    @Test
    void eventTimeStandsInForAMissingReceivedTimestamp() {
        String data = RECEIVED_DATA.replace(",\"receivedTimestamp\":\"2020-09-18T00:27:45.32Z\"", "");
        MessagingEvent event = parser.parse(eventGrid("r", AzureEventParser.SMS_RECEIVED, data)).events().get(0);
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2020-09-18T00:22:20Z"));
    }

    @Test
    void subscriptionValidationIsRecognizedNotAnswered() {
        String body = eventGrid("v-1", AzureEventParser.SUBSCRIPTION_VALIDATION, """
                {"validationCode":"512d38b6-c7b8-40c8-89fe-f46f9e9622b6",
                 "validationUrl":"https://rp-eastus2.eventgrid.azure.net/eventsubscriptions/x/validate?id=1"}""");
        AzureEvents result = parser.parse(body);
        assertThat(result.isSubscriptionValidation()).isTrue();
        assertThat(result.validationCode()).isEqualTo("512d38b6-c7b8-40c8-89fe-f46f9e9622b6");
        assertThat(result.events()).isEmpty();
    }

    @Test
    void validationMixedWithEventsIsRefused() {
        String body = "[" + eventGrid("e", AzureEventParser.DELIVERY_REPORT, REPORT_DATA).replaceAll("^\\[|\\]$", "")
                      + "," + eventGrid("v", AzureEventParser.SUBSCRIPTION_VALIDATION, "{\"validationCode\":\"c\"}")
                              .replaceAll("^\\[|\\]$", "") + "]";
        assertThatThrownBy(() -> parser.parse(body)).isInstanceOfSatisfying(MessagingEventException.class,
                e -> assertThat(e.getViolation().field()).isEqualTo("[1].eventType"));
    }

    @Test
    void eachEventOfABatchIsReadOnItsOwn() {
        String bad = "{\"id\":\"bad\",\"eventType\":\"Microsoft.Communication.SMSReceived\",\"data\":{}}";
        String body = "[" + eventGrid("e-1", AzureEventParser.DELIVERY_REPORT, REPORT_DATA).replaceAll("^\\[|\\]$", "")
                      + "," + bad + ",7]";

        AzureEvents events = parser.parseEach(body);

        assertThat(events.items()).extracting(item -> item.event() == null ? null : item.event().eventId())
                .containsExactly("e-1", null, null);
        assertThat(events.items().get(1).raw()).isEqualTo(bad);
        assertThat(events.items().get(1).failure().getViolation().field()).isEqualTo("[1].data.messageId");
        assertThat(events.items().get(2).raw()).isEqualTo("7");
        assertThat(events.items().get(2).failure().getViolation().field()).isEqualTo("[2]");
        assertThat(events.events()).extracting(MessagingEvent::eventId).containsExactly("e-1");
        assertThatThrownBy(() -> parser.parse(body)).isInstanceOfSatisfying(MessagingEventException.class,
                e -> assertThat(e.getViolation().field()).isEqualTo("[1].data.messageId"));
    }

    @Test
    void batchLargerThanTheLimitIsRefused() {
        String body = "[" + String.join(",", Collections.nCopies(EventLimits.MAX_EVENTS_PER_BATCH + 1, "{}")) + "]";
        assertThatThrownBy(() -> parser.parse(body)).isInstanceOfSatisfying(MessagingEventException.class,
                e -> assertThat(e.getViolation().rule()).isEqualTo("must hold at most 5000 events"));
    }

    @Test
    void bodyLargerThanAnEventGridBatchIsRefused() {
        String body = "[\"" + "a".repeat(EventLimits.MAX_AZURE_BODY_BYTES) + "\"]";
        assertThatThrownBy(() -> parser.parse(body)).isInstanceOfSatisfying(MessagingEventException.class,
                e -> assertThat(e.getViolation().rule()).startsWith("must be at most 1048576 bytes"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'[]'                                   | body | non-empty array",
            "'\"text\"'                             | body | JSON object or a non-empty array",
            "'[1]'                                  | [0]  | JSON object",
            "'[{\"id\":\"1\",\"eventType\":\"Microsoft.Storage.BlobCreated\",\"data\":{}}]' | [0].eventType | must be Microsoft.Communication.SMSDeliveryReportReceived",
            "'{\"specversion\":\"0.3\",\"type\":\"Microsoft.Communication.SMSReceived\",\"id\":\"1\",\"data\":{}}' | specversion | must be 1.0",
            "'{\"specversion\":\"1.0\",\"id\":\"1\",\"data\":{}}'    | type | is required",
            "'[{\"eventType\":\"Microsoft.Communication.SMSReceived\",\"data\":{}}]' | [0].id | is required",
            "'[{\"id\":\"1\",\"eventType\":\"Microsoft.Communication.SMSReceived\"}]' | [0].data | is required",
            "'[{\"id\":\"1\",\"eventType\":\"Microsoft.Communication.SMSReceived\",\"data\":[]}]' | [0].data | JSON object",
            "'[{\"id\":\"1\",\"eventType\":\"Microsoft.Communication.SMSReceived\",\"data\":{\"from\":\"1\",\"to\":\"2\"}}]' | [0].data.messageId | is required",
            "'[{\"id\":\"1\",\"eventType\":\"Microsoft.Communication.SMSReceived\",\"data\":{\"messageId\":\"m\",\"from\":\"1\",\"to\":\"2\",\"message\":5}}]' | [0].data.message | must be a string",
            "'[{\"id\":\"1\",\"eventType\":\"Microsoft.Communication.SMSDeliveryReportReceived\",\"data\":{\"messageId\":\"m\",\"from\":\"1\",\"to\":\"2\"}}]' | [0].data.deliveryStatus | is required",
            "'[{\"id\":\"1\",\"eventType\":\"Microsoft.Communication.SMSDeliveryReportReceived\",\"data\":{\"messageId\":\"m\",\"from\":\"1\",\"to\":\"2\",\"deliveryStatus\":\"Failed\",\"receivedTimestamp\":\"yesterday\"}}]' | [0].data.receivedTimestamp | ISO 8601",
            "'[{\"id\":\"1\",\"eventType\":\"Microsoft.Communication.SMSDeliveryReportReceived\",\"data\":{\"messageId\":\"m\",\"from\":\"1\",\"to\":\"2\",\"deliveryStatus\":\"Failed\",\"deliveryAttempts\":{}}}]' | [0].data.deliveryAttempts | array",
            "'[{\"id\":\"1\",\"eventType\":\"Microsoft.Communication.SMSDeliveryReportReceived\",\"data\":{\"messageId\":\"m\",\"from\":\"1\",\"to\":\"2\",\"deliveryStatus\":\"Failed\",\"deliveryAttempts\":[{\"segmentsFailed\":\"1\"}]}}]' | [0].data.deliveryAttempts[0].segmentsFailed | whole number",
            "'[{\"id\":\"1\",\"eventType\":\"Microsoft.EventGrid.SubscriptionValidationEvent\",\"data\":{}}]' | [0].data.validationCode | is required" })
    void hostileBodiesNameFieldAndRule(String body, String field, String rule) {
        assertThatThrownBy(() -> parser.parse(body))
                .isInstanceOfSatisfying(MessagingEventException.class, e -> {
                    assertThat(e.getViolation().field()).isEqualTo(field);
                    assertThat(e.getViolation().rule()).contains(rule);
                    assertThat(e.getProvider()).isEqualTo("azure");
                });
    }

    static String eventGrid(String id, String type, String data) {
        return """
                [{"id":"%s","topic":"/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/microsoft.communication/communicationservices/acs",
                  "subject":"/phonenumber/15555555555","data":%s,"eventType":"%s","dataVersion":"1.0",
                  "metadataVersion":"1","eventTime":"2020-09-18T00:22:20Z"}]""".formatted(id, data, type);
    }

    static String cloudEvent(String id, String type, String data) {
        return """
                {"specversion":"1.0","id":"%s","type":"%s",
                 "source":"/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/microsoft.communication/communicationservices/acs",
                 "subject":"/phonenumber/15555555555","time":"2020-09-18T00:22:20Z","data":%s}""".formatted(id, type, data);
    }
}
