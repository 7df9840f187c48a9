package io.camelmessaging.component;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelmessaging.sandbox.Fault;
import io.camelmessaging.sandbox.RecordedMessage;
import io.camelmessaging.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code provider=azure} text messages as our own ACS SMS JSON on the azure-core pipeline, HMAC-signed,
 * against the sandbox's ACS SMS API over HTTPS.
 */
class AzureSmsTest extends SandboxTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SMS = "messaging:sendTextMessage?provider=azure&originationIdentity=RAW(+18005550100)";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("mock:dead").maximumRedeliveries(1).redeliveryDelay(10));
                from("direct:sms").to(SMS).to("mock:sent");
            }
        };
    }

    @Test
    void everyFieldReachesTheWireSignedWithHmac() {
        Exchange exchange = send(SMS + "&enableDeliveryReport=true&tag=campaign-7", "Hello Azure",
                MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123,+12065550124");

        assertThat(exchange.getException()).isNull();
        List<RecordedMessage> messages = sandbox.messages();
        assertThat(messages).extracting(RecordedMessage::to).containsExactly("+12065550123", "+12065550124");
        JsonNode wire = messages.get(0).request();
        assertThat(wire.get("from").asText()).isEqualTo("+18005550100");
        assertThat(wire.get("message").asText()).isEqualTo("Hello Azure");
        assertThat(wire.get("smsSendOptions").get("enableDeliveryReport").asBoolean()).isTrue();
        assertThat(wire.get("smsSendOptions").get("tag").asText()).isEqualTo("campaign-7");
        JsonNode recipient = wire.get("smsRecipients").get(0);
        assertThat(recipient.get("to").asText()).isEqualTo("+12065550123");
        assertThat(recipient.get("repeatabilityRequestId").asText()).hasSize(36);
        assertThat(recipient.get("repeatabilityFirstSent").asText()).endsWith("GMT");
        assertThat(messages.get(0).headers().get("authorization"))
                .startsWith("HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=");
        assertThat(sandbox.requests()).singleElement().satisfies(r -> {
            assertThat(r.path()).isEqualTo("/sms?api-version=2021-03-07");
            assertThat(r.status()).isEqualTo(202);
        });
        assertThat(results(exchange)).extracting(MessagingResult::messageId)
                .containsExactly(messages.get(0).messageId(), messages.get(1).messageId());
        assertThat(exchange.getMessage().getHeader(MessagingConstants.PROVIDER)).isEqualTo("azure");
        assertThat(exchange.getMessage().getHeader(MessagingConstants.MESSAGE_PARTS)).isEqualTo(1);
    }

    @Test
    void headersOverrideTheDeliveryOptions() {
        send(SMS + "&enableDeliveryReport=true&tag=a", "hi", MessagingConstants.DESTINATION_PHONE_NUMBER,
                "+12065550123", MessagingConstants.ENABLE_DELIVERY_REPORT, false, MessagingConstants.TAG, "b",
                MessagingConstants.ORIGINATION_IDENTITY, "CONTOSO");

        JsonNode wire = onlyMessage().request();
        assertThat(wire.get("from").asText()).isEqualTo("CONTOSO");
        assertThat(wire.get("smsSendOptions").get("enableDeliveryReport").asBoolean()).isFalse();
        assertThat(wire.get("smsSendOptions").get("tag").asText()).isEqualTo("b");
    }

    @Test
    void theValidityPeriodReachesTheWireAndItsHeaderWins() {
        send(SMS + "&validityPeriodSeconds=600", "hi", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123");
        send(SMS + "&validityPeriodSeconds=600", "hi", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550124",
                MessagingConstants.VALIDITY_PERIOD_SECONDS, 300);

        assertThat(sandbox.messages()).extracting(m -> m.request().get("smsSendOptions"))
                .extracting(o -> o.get("validityPeriodSeconds").asInt(), o -> o.get("enableDeliveryReport").asBoolean())
                .containsExactly(Tuple.tuple(600, false),
                        Tuple.tuple(300, false));
    }

    @Test
    void aValidityPeriodOutOfRangeIsRefusedBeforeSending() {
        Exchange exchange = send(SMS, "hi", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123",
                MessagingConstants.VALIDITY_PERIOD_SECONDS, 18001);

        assertThat(exchange.getException(MessagingValidationException.class).getViolations())
                .extracting(MessagingValidationException.Violation::field).containsExactly("validityPeriodSeconds");
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void aWrongAccessKeyIsDeniedAndReportedAsAnAccessError() {
        String wrongKey = "d3Jvbmcta2V5LXdyb25nLWtleS13cm9uZy1rZXk=";
        Exchange exchange = send(SMS + "&connectionString=RAW(endpoint=" + sandbox.httpsBaseUri() + "/;accesskey="
                                 + wrongKey + ")", "hi", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123");

        MessagingServiceException error = exchange.getException(MessagingServiceException.class);
        assertThat(error).isNotNull();
        assertThat(error.getErrorCode()).isEqualTo("Denied");
        assertThat(error.getHttpStatus()).isEqualTo(401);
        assertThat(error.isRetryable()).isFalse();
        assertThat(error.getMessage()).contains("Denied by the resource provider.").doesNotContain(wrongKey);
        assertThat(sandbox.messages()).isEmpty();
    }

    @Test
    void twoHundredFiftyRecipientsGoAsThreeRequests() {
        List<String> recipients = IntStream.range(0, 250).mapToObj(i -> "+1206555" + String.format("%04d", i)).toList();

        Exchange exchange = send(SMS, "Hello everyone", MessagingConstants.DESTINATION_PHONE_NUMBER, recipients);

        assertThat(exchange.getException()).isNull();
        assertThat(sandbox.requests()).hasSize(3);
        assertThat(sandbox.requests()).extracting(r -> recipientCount(r)).containsExactlyInAnyOrder(100, 100, 50);
        assertThat(results(exchange)).hasSize(250).allMatch(MessagingResult::isAccepted);
        assertThat(results(exchange)).extracting(MessagingResult::to).containsExactlyElementsOf(recipients);
        assertThat(sandbox.messages()).hasSize(250);
    }

    @Test
    void failedItemsBecomeFailedResultsAndAPartialFailure() {
        sandbox.faults().forRecipient("+12065550103", Fault.status(429, "Too many messages"))
                .forRecipient("+12065550104", Fault.status(503, "Service unavailable"));

        // +112345678901 is E.164 in form but no valid number: ACS answers it with a 400 item
        Exchange exchange = send(SMS, "hi", MessagingConstants.DESTINATION_PHONE_NUMBER,
                "+12065550101,+112345678901,+12065550103,+12065550104");

        MessagingPartialFailureException error = exchange.getException(MessagingPartialFailureException.class);
        assertThat(error).isNotNull();
        assertThat(error.getResults()).extracting(MessagingResult::status).containsExactly(MessagingStatus.ACCEPTED,
                MessagingStatus.PERMANENT_FAILURE, MessagingStatus.THROTTLED, MessagingStatus.TEMPORARY_FAILURE);
        assertThat(error.getResults()).extracting(MessagingResult::retryable).containsExactly(false, false, true, true);
        assertThat(error.getFailedResults()).extracting(MessagingResult::errorCode).containsExactly("400", "429", "503");
        assertThat(error.getFailedResults()).extracting(MessagingResult::errorMessage)
                .containsExactly("Invalid To phone number format.", "Too many messages", "Service unavailable");
        assertThat(error.isRetryable()).isTrue();
        assertThat(sandbox.messages()).extracting(RecordedMessage::to).containsExactly("+12065550101");
    }

    @Test
    void aRedeliveredExchangeSendsOnlyTheFailedRecipients() throws Exception {
        sandbox.faults().forRecipient("+12065550102", 1, Fault.status(503, "Service unavailable"));
        MockEndpoint sent = getMockEndpoint("mock:sent");
        sent.expectedMessageCount(1);

        template.sendBodyAndHeader("direct:sms", "hi", MessagingConstants.DESTINATION_PHONE_NUMBER,
                "+12065550101,+12065550102");

        sent.assertIsSatisfied();
        assertThat(sandbox.requests()).hasSize(2);
        assertThat(recipientCount(sandbox.requests().get(1))).isEqualTo(1);
        assertThat(sandbox.messages()).extracting(RecordedMessage::to).containsExactly("+12065550101", "+12065550102");
        assertThat(results(sent.getExchanges().get(0))).allMatch(MessagingResult::isAccepted);
    }

    @Test
    void aPipelineRetryAfterA503OrADroppedConnectionNeverDuplicates() {
        sandbox.faults().next(Fault.status(503)).next(Fault.dropConnection());

        Exchange exchange = send(SMS, "once", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123");

        assertThat(exchange.getException()).isNull();
        assertThat(sandbox.requests()).extracting(RecordedRequest::status).containsExactly(503, -1, 202);
        assertThat(sandbox.messages()).hasSize(1);
        assertThat(exchange.getMessage().getHeader(MessagingConstants.MESSAGE_ID))
                .isEqualTo(sandbox.messages().get(0).messageId());
    }

    @Test
    void theSameIdempotencyKeyIsNotDeliveredTwice() {
        Exchange first = send(SMS, "order 42 shipped", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123",
                MessagingConstants.IDEMPOTENCY_KEY, "order-42");
        Exchange second = send(SMS, "order 42 shipped", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123",
                MessagingConstants.IDEMPOTENCY_KEY, "order-42");

        assertThat(sandbox.messages()).hasSize(1);
        assertThat(second.getMessage().getHeader(MessagingConstants.MESSAGE_ID))
                .isEqualTo(first.getMessage().getHeader(MessagingConstants.MESSAGE_ID));
    }

    @Test
    void theSameKeyAndFirstSentAreDeliveredOnceWhateverTheHeaderType() {
        Instant firstSent = Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS);

        List<Exchange> exchanges = Stream.<Object>of(firstSent, Date.from(firstSent), firstSent.toEpochMilli())
                .map(value -> send(SMS, "order 42 shipped", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123",
                        MessagingConstants.IDEMPOTENCY_KEY, "order-42", MessagingConstants.FIRST_SENT, value))
                .toList();

        String messageId = onlyMessage().messageId();
        assertThat(exchanges).allSatisfy(exchange -> {
            assertThat(exchange.getException()).isNull();
            assertThat(exchange.getMessage().getHeader(MessagingConstants.MESSAGE_ID)).isEqualTo(messageId);
        });
        assertThat(sandbox.requests()).extracting(r -> recipientsOf(r).get(0).get("repeatabilityFirstSent").asText())
                .containsExactly(rfc1123(firstSent), rfc1123(firstSent), rfc1123(firstSent));
    }

    @Test
    void aKeyRepeatedOutsideTheWindowIsUnknownNotRetriedAndSentOnce() {
        send(SMS, "order 42 shipped", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123",
                MessagingConstants.IDEMPOTENCY_KEY, "order-42");

        Exchange late = send(SMS, "order 42 shipped", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123",
                MessagingConstants.IDEMPOTENCY_KEY, "order-42",
                MessagingConstants.FIRST_SENT, Instant.now().minus(Duration.ofMinutes(10)));

        assertRefusedRepeat(late, "RepeatabilityExpired", 412);
        assertThat(sandbox.requests()).hasSize(2);
        assertThat(sandbox.messages()).hasSize(1);
    }

    @Test
    void aKeyRepeatedWithAnotherTextIsUnknownNotRetriedAndNotSent() {
        send(SMS, "order 42 shipped", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123",
                MessagingConstants.IDEMPOTENCY_KEY, "order-42");

        Exchange changed = send(SMS, "order 42 cancelled", MessagingConstants.DESTINATION_PHONE_NUMBER,
                "+12065550123", MessagingConstants.IDEMPOTENCY_KEY, "order-42");

        assertRefusedRepeat(changed, "RepeatabilityMismatch", 400);
        assertThat(sandbox.requests()).hasSize(2);
        assertThat(sandbox.messages()).extracting(RecordedMessage::body).containsExactly("order 42 shipped");
    }

    @Test
    void aFirstSentOfAnotherTypeIsAViolationNamingTheHeader() {
        Exchange exchange = send(SMS, "hi", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123",
                MessagingConstants.FIRST_SENT, "2026-11-22T12:15:21Z");

        assertThat(exchange.getException(MessagingValidationException.class).getViolations())
                .extracting(MessagingValidationException.Violation::field)
                .containsExactly("CamelMessagingFirstSent");
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void invalidValuesAreRefusedBeforeSending() {
        Exchange exchange = send("messaging:sendTextMessage?provider=azure", "x".repeat(2049),
                MessagingConstants.DESTINATION_PHONE_NUMBER, "12065550123");

        assertThat(exchange.getException(MessagingValidationException.class).getViolations())
                .extracting(MessagingValidationException.Violation::field)
                .containsExactlyInAnyOrder("from", "to", "message");
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void optionsAzureCannotSendFailRouteStart() {
        assertRouteStartFails(SMS + "&maxPrice=0.05&timeToLive=60",
                "Option(s) [maxPrice, timeToLive] are not supported by operation sendTextMessage of provider azure");
        assertRouteStartFails("messaging:sendMessages?provider=azure",
                "Operation sendMessages is not offered for provider azure: use provider aws");
    }

    @Test
    void missingAzureCredentialsFailRouteStartListingTheChoices() {
        assertRouteStartFails(SMS + "&connectionString=",
                "No Azure credentials: set one of: connectionString; endpoint and azureAccessKey");
    }

    private static int recipientCount(RecordedRequest request) {
        return recipientsOf(request).size();
    }

    private static JsonNode recipientsOf(RecordedRequest request) {
        try {
            return JSON.readTree(request.body()).get("smsRecipients");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rfc1123(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }
}
