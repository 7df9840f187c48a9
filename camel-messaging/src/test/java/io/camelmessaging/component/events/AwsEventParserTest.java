package io.camelmessaging.component.events;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The AWS parser on samples shaped like AWS End User Messaging SMS's published events (delivery event, two-way
 * payload, EventBridge and SNS envelopes), each status mapping, and hostile bodies.
 */
class AwsEventParserTest {

    static final String DELIVERY = """
            {"eventType":"TEXT_DELIVERED","eventVersion":"1.0","eventTimestamp":1686975103470,"isFinal":true,
             "originationPhoneNumber":"+12065550152","destinationPhoneNumber":"+14255550156",
             "isInternationalSend":false,"mcc":"310","mnc":"800","messageId":"862a8790-60c0-4430-9b2b-658bdexample",
             "messageRequestTimestamp":1686975103170,"messageEncoding":"GSM","messageType":"TRANSACTIONAL",
             "messageStatus":"DELIVERED","messageStatusDescription":"Message has been delivered",
             "context":{"camelCorrelationId":"orders.csv#42","account":"bar"},
             "totalMessageParts":2,"totalMessagePrice":0.09582,"totalCarrierFee":0.0}""";

    static final String INBOUND = """
            {"originationNumber":"+14255550182","destinationNumber":"+12125550101","messageKeyword":"JOIN",
             "messageBody":"See you at 5","inboundMessageId":"cae173d2-66b9-564c-8309-21f858e9fb84",
             "previousPublishedMessageId":"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}""";

    private final AwsEventParser parser = new AwsEventParser();

    @Test
    void rawDeliveryEventCarriesEveryField() {
        assertThat(parser.parse(DELIVERY)).singleElement().satisfies(event -> {
            assertThat(event.provider()).isEqualTo("aws");
            assertThat(event.kind()).isEqualTo(MessagingEventKind.DELIVERY_STATUS);
            assertThat(event.status()).isEqualTo(MessagingEventStatus.DELIVERED);
            assertThat(event.providerStatus()).isEqualTo("TEXT_DELIVERED");
            assertThat(event.statusDetail()).isEqualTo("Message has been delivered");
            assertThat(event.isFinal()).isTrue();
            assertThat(event.messageId()).isEqualTo("862a8790-60c0-4430-9b2b-658bdexample");
            assertThat(event.to()).isEqualTo("+14255550156");
            assertThat(event.from()).isEqualTo("+12065550152");
            assertThat(event.parts()).isEqualTo(2);
            assertThat(event.price()).isEqualByComparingTo(new BigDecimal("0.09582"));
            assertThat(event.occurredAt()).isEqualTo(Instant.ofEpochMilli(1686975103470L));
            assertThat(event.correlationId()).isEqualTo("orders.csv#42");
            assertThat(event.eventId()).isEqualTo("862a8790-60c0-4430-9b2b-658bdexample/TEXT_DELIVERED/1686975103470");
            assertThat(event.text()).isNull();
            assertThat(event.raw()).contains("\"account\":\"bar\"");
        });
    }

    @Test
    void eventBridgeEnvelopeGivesTheSameEventAsTheRawOne() {
        String envelope = """
                {"version":"0","id":"5c0fa4f8-e4ba-ed02-6101-c795472fccd0",
                 "detail-type":"Text Message Delivery Status Updated","source":"aws.sms-voice",
                 "account":"111122223333","time":"2025-10-01T18:20:41Z","region":"us-east-1","resources":[],
                 "detail":%s}""".formatted(DELIVERY);
        MessagingEvent raw = parser.parse(DELIVERY).get(0);
        MessagingEvent wrapped = parser.parse(envelope).get(0);
        assertThat(wrapped).usingRecursiveComparison().ignoringFields("raw").isEqualTo(raw);
        assertThat(wrapped.raw()).doesNotContain("aws.sms-voice").contains("TEXT_DELIVERED");
    }

    @Test
    void snsEnvelopeGivesTheSameEventAsTheRawOne() {
        MessagingEvent wrapped = parser.parse(sns(DELIVERY)).get(0);
        assertThat(wrapped).usingRecursiveComparison().isEqualTo(parser.parse(DELIVERY).get(0));
    }

    @Test
    void twoWayInboundThroughSns() {
        assertThat(parser.parse(sns(INBOUND))).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(MessagingEventKind.INBOUND_MESSAGE);
            assertThat(event.status()).isEqualTo(MessagingEventStatus.RECEIVED);
            assertThat(event.providerStatus()).isNull();
            assertThat(event.isFinal()).isTrue();
            assertThat(event.from()).isEqualTo("+14255550182");
            assertThat(event.to()).isEqualTo("+12125550101");
            assertThat(event.text()).isEqualTo("See you at 5");
            assertThat(event.keyword()).isEqualTo("JOIN");
            assertThat(event.messageId()).isEqualTo("cae173d2-66b9-564c-8309-21f858e9fb84");
            assertThat(event.eventId()).isEqualTo(event.messageId());
            assertThat(event.occurredAt()).isEqualTo(Instant.parse("2024-05-02T10:15:30.123Z"));
            assertThat(event.isOptIn()).isFalse();
        });
    }

    @ParameterizedTest
    @CsvSource({
            "STOP, Stop please, OPTED_OUT, false",
            "'', ' unsubscribe ', OPTED_OUT, false",
            "'', Quit, OPTED_OUT, false",
            "UNSTOP, unstop, RECEIVED, true",
            "'', Start, RECEIVED, true",
            "'', stop sending me offers, RECEIVED, false" })
    void optKeywords(String keyword, String body, MessagingEventStatus status, boolean optIn) {
        String inbound = INBOUND.replace("\"JOIN\"", "\"" + keyword + "\"").replace("See you at 5", body);
        MessagingEvent event = parser.parse(inbound).get(0);
        assertThat(event.status()).isEqualTo(status);
        assertThat(event.isOptIn()).isEqualTo(optIn);
    }

    @ParameterizedTest
    @CsvSource({
            "TEXT_DELIVERED, DELIVERED", "TEXT_SUCCESSFUL, DELIVERED", "TEXT_QUEUED, SENT", "TEXT_PENDING, SENT",
            "TEXT_BLOCKED, BLOCKED", "TEXT_CARRIER_BLOCKED, BLOCKED", "TEXT_SPAM, BLOCKED",
            "TEXT_PROTECT_BLOCKED, BLOCKED", "TEXT_TTL_EXPIRED, EXPIRED", "TEXT_CARRIER_UNREACHABLE, FAILED",
            "TEXT_UNREACHABLE, FAILED", "TEXT_INVALID, FAILED", "TEXT_INVALID_MESSAGE, FAILED",
            "TEXT_UNKNOWN, UNKNOWN", "MEDIA_DELIVERED, DELIVERED", "MEDIA_PENDING, SENT",
            "MEDIA_FILE_INACCESSIBLE, FAILED", "MEDIA_FILE_TYPE_UNSUPPORTED, FAILED", "MEDIA_FILE_SIZE_EXCEEDED, FAILED",
            "MEDIA_TTL_EXPIRED, EXPIRED", "MEDIA_SPAM, BLOCKED" })
    void deliveryStatusMapping(String eventType, MessagingEventStatus status) {
        MessagingEvent event = parser.parse(DELIVERY.replace("TEXT_DELIVERED", eventType)).get(0);
        assertThat(event.status()).isEqualTo(status);
        assertThat(event.providerStatus()).isEqualTo(eventType);
    }

    @Test
    void mediaEventThroughEventBridge() {
        String envelope = """
                {"id":"1","detail-type":"Media Message Delivery Status Updated","source":"aws.sms-voice",
                 "detail":%s}""".formatted(DELIVERY.replace("TEXT_DELIVERED", "MEDIA_SUCCESSFUL"));
        assertThat(parser.parse(envelope).get(0).status()).isEqualTo(MessagingEventStatus.DELIVERED);
    }

    @Test
    void optionalFieldsMayBeAbsent() {
        MessagingEvent event = parser.parse("""
                {"eventType":"TEXT_PENDING","isFinal":false,"messageId":"m-1"}""").get(0);
        assertThat(event.isFinal()).isFalse();
        assertThat(event.correlationId()).isNull();
        assertThat(event.parts()).isNull();
        assertThat(event.price()).isNull();
        assertThat(event.occurredAt()).isNull();
        assertThat(event.eventId()).isEqualTo("m-1/TEXT_PENDING/");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "not json                                                  | body        | well-formed JSON",
            "'{\"eventType\":\"TEXT_DELIVERED\"'                       | body        | well-formed JSON",
            "'{\"a\":1} {\"b\":2}'                                     | body        | well-formed JSON",
            "'{\"eventType\":\"TEXT_DELIVERED\",\"eventType\":\"X\"}'  | body        | well-formed JSON",
            "'[1,2]'                                                   | body        | JSON object",
            "'   '                                                     | body        | not empty",
            "'{\"hello\":\"world\"}'                                   | body        | delivery event (eventType)",
            "'{\"eventType\":\"VOICE_COMPLETED\",\"isFinal\":true,\"messageId\":\"m\"}' | eventType | TEXT_ or MEDIA_",
            "'{\"eventType\":\"TEXT_TELEPORTED\",\"isFinal\":true,\"messageId\":\"m\"}' | eventType | TEXT_ or MEDIA_",
            "'{\"eventType\":7,\"isFinal\":true,\"messageId\":\"m\"}'  | eventType   | must be a string",
            "'{\"eventType\":\"TEXT_DELIVERED\",\"isFinal\":true}'     | messageId   | is required",
            "'{\"eventType\":\"TEXT_DELIVERED\",\"messageId\":\"m\"}'  | isFinal     | is required",
            "'{\"eventType\":\"TEXT_DELIVERED\",\"isFinal\":\"yes\",\"messageId\":\"m\"}' | isFinal | true or false",
            "'{\"eventType\":\"TEXT_DELIVERED\",\"isFinal\":true,\"messageId\":\"m\",\"totalMessageParts\":-1}' | totalMessageParts | whole number",
            "'{\"eventType\":\"TEXT_DELIVERED\",\"isFinal\":true,\"messageId\":\"m\",\"totalMessageParts\":1.5}' | totalMessageParts | whole number",
            "'{\"eventType\":\"TEXT_DELIVERED\",\"isFinal\":true,\"messageId\":\"m\",\"totalMessagePrice\":\"0.1\"}' | totalMessagePrice | number",
            "'{\"eventType\":\"TEXT_DELIVERED\",\"isFinal\":true,\"messageId\":\"m\",\"eventTimestamp\":\"today\"}' | eventTimestamp | milliseconds",
            "'{\"eventType\":\"TEXT_DELIVERED\",\"isFinal\":true,\"messageId\":\"m\",\"context\":[1]}' | context | JSON object",
            "'{\"eventType\":\"TEXT_DELIVERED\",\"isFinal\":true,\"messageId\":\"m\",\"context\":{\"camelCorrelationId\":{}}}' | context.camelCorrelationId | must be a string",
            "'{\"inboundMessageId\":\"i\",\"destinationNumber\":\"+1\"}' | originationNumber | is required",
            "'{\"source\":\"aws.ses\",\"detail-type\":\"Text Message Delivery Status Updated\",\"detail\":{}}' | source | aws.sms-voice",
            "'{\"source\":\"aws.sms-voice\",\"detail-type\":\"Registration Status Change\",\"detail\":{}}' | detail-type | must be one of",
            "'{\"source\":\"aws.sms-voice\",\"detail-type\":\"Text Message Delivery Status Updated\",\"detail\":\"x\"}' | detail | JSON object",
            "'{\"Type\":\"SubscriptionConfirmation\",\"TopicArn\":\"arn\",\"Message\":\"{}\"}' | Type | must be Notification",
            "'{\"Type\":\"Notification\",\"TopicArn\":\"arn\",\"Message\":\"not json\"}' | Message | well-formed JSON",
            "'{\"Type\":\"Notification\",\"TopicArn\":\"arn\",\"Message\":\"[]\"}' | Message | JSON object",
            "'{\"Type\":\"Notification\",\"TopicArn\":\"arn\"}'        | Message     | is required" })
    void hostileBodiesNameFieldAndRule(String body, String field, String rule) {
        assertThatThrownBy(() -> parser.parse(body))
                .isInstanceOfSatisfying(MessagingEventException.class, e -> {
                    assertThat(e.getViolation().field()).isEqualTo(field);
                    assertThat(e.getViolation().rule()).contains(rule);
                    assertThat(e.getProvider()).isEqualTo("aws");
                    assertThat(e.getErrorCode()).isEqualTo(MessagingEventException.ERROR_CODE);
                    assertThat(e.isRetryable()).isFalse();
                });
    }

    @Test
    void bodyLargerThanAnSqsMessageIsRefusedBeforeParsing() {
        String huge = "{\"x\":\"" + "a".repeat(EventLimits.MAX_AWS_BODY_BYTES) + "\"}";
        assertThatThrownBy(() -> parser.parse(huge))
                .isInstanceOfSatisfying(MessagingEventException.class, e -> {
                    assertThat(e.getViolation().rule()).contains("at most " + EventLimits.MAX_AWS_BODY_BYTES + " bytes");
                    assertThat(e.getMessage()).hasSizeLessThan(400);
                });
    }

    @Test
    void multiByteTextCountsInBytes() {
        int chars = EventLimits.MAX_AWS_BODY_BYTES / 3;
        String body = "{\"x\":\"" + "€".repeat(chars) + "\"}";
        assertThatThrownBy(() -> parser.parse(body)).hasMessageContaining("bytes (was " + (chars * 3 + 8) + ")");
    }

    @Test
    void twoAndFourByteCharactersCountAsTheirUtf8Bytes() {
        int pairs = EventLimits.MAX_AWS_BODY_BYTES / 6 + 1;
        String body = "{\"x\":\"" + "\u00e9\ud83d\ude00".repeat(pairs) + "\"}";
        assertThat(body.getBytes(StandardCharsets.UTF_8)).hasSize(pairs * 6 + 8);
        assertThatThrownBy(() -> parser.parse(body)).hasMessageContaining("bytes (was " + (pairs * 6 + 8) + ")");
    }

    @Test
    void overlongFieldIsRefusedAndShownShortened() {
        String body = INBOUND.replace("See you at 5", "x".repeat(EventLimits.MAX_TEXT_CHARS + 1));
        assertThatThrownBy(() -> parser.parse(body))
                .isInstanceOfSatisfying(MessagingEventException.class, e -> {
                    assertThat(e.getViolation().field()).isEqualTo("messageBody");
                    assertThat(e.getViolation().rule()).isEqualTo("must be at most 10000 characters");
                    assertThat(e.getViolation().value()).endsWith("...(10001 chars)");
                });
    }

    @Test
    void deepNestingIsRefused() {
        String body = "{\"a\":" + "[".repeat(1000) + "]".repeat(1000) + "}";
        assertThatThrownBy(() -> parser.parse(body)).isInstanceOf(MessagingEventException.class)
                .hasMessageContaining("nesting depth");
    }

    @Test
    void placeholdersAreKeptVerbatim() {
        String body = DELIVERY.replace("orders.csv#42", "{{sys:user.home}}${env:HOME}");
        assertThat(parser.parse(body).get(0).correlationId()).isEqualTo("{{sys:user.home}}${env:HOME}");
    }

    static String sns(String message) {
        String escaped = message.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        return """
                {"Type":"Notification","MessageId":"22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324",
                 "TopicArn":"arn:aws:sns:us-east-1:111122223333:sms-events","Message":"%s",
                 "Timestamp":"2024-05-02T10:15:30.123Z","SignatureVersion":"1","Signature":"EXAMPLE",
                 "SigningCertURL":"https://sns.us-east-1.amazonaws.com/cert.pem",
                 "UnsubscribeURL":"https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe"}""".formatted(escaped);
    }
}
