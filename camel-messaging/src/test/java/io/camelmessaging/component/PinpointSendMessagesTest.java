package io.camelmessaging.component;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelmessaging.sandbox.Fault;
import io.camelmessaging.sandbox.RecordedMessage;
import io.camelmessaging.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.pinpoint.model.AddressConfiguration;
import software.amazon.awssdk.services.pinpoint.model.DirectMessageConfiguration;
import software.amazon.awssdk.services.pinpoint.model.MessageRequest;
import software.amazon.awssdk.services.pinpoint.model.SMSMessage;
import software.amazon.awssdk.services.pinpoint.model.SendMessagesRequest;
import software.amazon.awssdk.services.pinpoint.model.SendMessagesResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@code messaging:sendMessages} through the real Pinpoint async client against the sandbox: the three ways in,
 * per-address results, chunking, partial failure and redelivery.
 */
class PinpointSendMessagesTest extends SandboxTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEND = "messaging:sendMessages?applicationId=app-1";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("mock:dead").maximumRedeliveries(1).redeliveryDelay(10));
                from("direct:send").to(SEND).to("mock:sent");
            }
        };
    }

    @Test
    void theSimpleWaySendsTheTextAsAnSmsMessageWithEveryOption() {
        Exchange exchange = send(SEND + "&originationIdentity=RAW(+12065550100)&senderId=MyBrand"
                                 + "&messageType=TRANSACTIONAL&keyword=JOIN&templateName=welcome&context.campaign=c1",
                "Hello {{name}}", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123",
                MessagingConstants.SUBSTITUTIONS, Map.of("name", List.of("Ann")));

        assertThat(exchange.getException()).isNull();
        RecordedMessage recorded = onlyMessage();
        JsonNode wire = recorded.request();
        assertThat(wire.get("Addresses").get("+12065550123").get("ChannelType").asText()).isEqualTo("SMS");
        JsonNode sms = wire.get("MessageConfiguration").get("SMSMessage");
        assertThat(sms.get("Body").asText()).isEqualTo("Hello {{name}}");
        assertThat(sms.get("OriginationNumber").asText()).isEqualTo("+12065550100");
        assertThat(sms.get("SenderId").asText()).isEqualTo("MyBrand");
        assertThat(sms.get("MessageType").asText()).isEqualTo("TRANSACTIONAL");
        assertThat(sms.get("Keyword").asText()).isEqualTo("JOIN");
        assertThat(sms.get("Substitutions").get("name").get(0).asText()).isEqualTo("Ann");
        assertThat(wire.get("TemplateConfiguration").get("SMSTemplate").get("Name").asText()).isEqualTo("welcome");
        assertThat(wire.get("Context").get("campaign").asText()).isEqualTo("c1");
        assertThat(wire.has("ApplicationId")).isFalse();
        RecordedRequest request = sandbox.requests().get(0);
        assertThat(request.path()).isEqualTo("/v1/apps/app-1/messages");
        assertThat(request.headers().get("authorization")).contains("/us-east-1/mobiletargeting/aws4_request");
        assertThat(results(exchange)).containsExactly(
                MessagingResult.accepted("+12065550123", recorded.messageId(), "aws"));
    }

    @Test
    void addressesAndEndpointsComeFromHeaders() {
        Exchange exchange = send("messaging:sendMessages?channelType=EMAIL&originationIdentity=news@example.com",
                "Weekly news", MessagingConstants.APPLICATION_ID, "app-2",
                MessagingConstants.ADDRESSES, Map.of(
                        "ann@example.com", AddressConfiguration.builder().channelType("EMAIL").titleOverride("Hi Ann")
                                .build(),
                        "bob@example.com", Map.of("ChannelType", "EMAIL", "BodyOverride", "Hi Bob")),
                MessagingConstants.ENDPOINTS, List.of("endpoint-1"));

        assertThat(exchange.getException()).isNull();
        assertThat(sandbox.requests().get(0).path()).isEqualTo("/v1/apps/app-2/messages");
        assertThat(sandbox.messages()).extracting(RecordedMessage::to, RecordedMessage::channel)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("ann@example.com", "EMAIL"),
                        org.assertj.core.groups.Tuple.tuple("bob@example.com", "EMAIL"),
                        org.assertj.core.groups.Tuple.tuple("endpoint-1", "ENDPOINT"));
        JsonNode wire = sandbox.messages().get(0).request();
        assertThat(wire.get("Addresses").get("bob@example.com").get("BodyOverride").asText()).isEqualTo("Hi Bob");
        assertThat(wire.get("Addresses").get("ann@example.com").get("TitleOverride").asText()).isEqualTo("Hi Ann");
        assertThat(wire.get("Endpoints").has("endpoint-1")).isTrue();
        assertThat(wire.get("MessageConfiguration").get("EmailMessage").get("FromAddress").asText())
                .isEqualTo("news@example.com");
        assertThat(results(exchange)).extracting(MessagingResult::to)
                .containsExactlyInAnyOrder("ann@example.com", "bob@example.com", "endpoint-1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "SMSMessage | {\"SMSMessage\":{\"Body\":\"sms\",\"MessageType\":\"PROMOTIONAL\",\"EntityId\":\"e1\",\"TemplateId\":\"t1\"}}",
        "VoiceMessage | {\"VoiceMessage\":{\"Body\":\"voice\",\"LanguageCode\":\"en-US\",\"VoiceId\":\"Joanna\"}}",
        "EmailMessage | {\"EmailMessage\":{\"FromAddress\":\"a@b.c\",\"SimpleEmail\":{\"Subject\":{\"Data\":\"Subj\"},\"TextPart\":{\"Data\":\"text\"},\"Headers\":[{\"Name\":\"X-A\",\"Value\":\"1\"}]}}}",
        "EmailMessage | {\"EmailMessage\":{\"RawEmail\":{\"Data\":\"RnJvbTogYUBiLmM=\"},\"ReplyToAddresses\":[\"r@b.c\"]}}",
        "APNSMessage | {\"APNSMessage\":{\"Title\":\"apns\",\"Body\":\"b\",\"Badge\":3,\"Priority\":\"10\"}}",
        "GCMMessage | {\"GCMMessage\":{\"Title\":\"fcm\",\"Body\":\"b\",\"Data\":{\"k\":\"v\"},\"TimeToLive\":60}}",
        "BaiduMessage | {\"BaiduMessage\":{\"Title\":\"baidu\",\"Body\":\"b\"}}",
        "ADMMessage | {\"ADMMessage\":{\"Title\":\"adm\",\"Body\":\"b\",\"ConsolidationKey\":\"c\"}}",
        "DefaultMessage | {\"DefaultMessage\":{\"Body\":\"default\",\"Substitutions\":{\"a\":[\"1\"]}}}",
        "DefaultPushNotificationMessage | {\"DefaultPushNotificationMessage\":{\"Title\":\"push\",\"Body\":\"b\",\"Action\":\"OPEN_APP\"}}" })
    void aJsonBodyInTheServiceShapeReachesTheWireForEveryChannelMessage(String part, String configuration)
            throws Exception {
        String body = "{\"Addresses\":{\"+12065550123\":{\"ChannelType\":\"SMS\"}},\"TraceId\":\"trace-1\","
                      + "\"MessageConfiguration\":" + configuration + "}";

        Exchange exchange = send(SEND, body);

        assertThat(exchange.getException()).isNull();
        JsonNode wire = onlyMessage().request();
        assertThat(wire.get("MessageConfiguration").get(part)).isEqualTo(JSON.readTree(configuration).get(part));
        assertThat(wire.get("TraceId").asText()).isEqualTo("trace-1");
    }

    @Test
    void aMapBodyInTheServiceShapeIsReadIntoTheModel() {
        Map<String, Object> body = Map.of(
                "Addresses", Map.of("+12065550123", Map.of("ChannelType", "SMS", "Substitutions",
                        Map.of("code", List.of("1234")))),
                "MessageConfiguration", Map.of("SMSMessage", Map.of("Body", "Code {{code}}")),
                "TemplateConfiguration", Map.of("SMSTemplate", Map.of("Name", "otp", "Version", "3")));

        Exchange exchange = send(SEND, body);

        assertThat(exchange.getException()).isNull();
        JsonNode wire = onlyMessage().request();
        assertThat(wire.get("Addresses").get("+12065550123").get("Substitutions").get("code").get(0).asText())
                .isEqualTo("1234");
        assertThat(wire.get("TemplateConfiguration").get("SMSTemplate").get("Version").asText()).isEqualTo("3");
    }

    @Test
    void aJsonBodyThatIsNotTheServiceShapeIsRefusedBeforeSending() {
        Exchange exchange = send(SEND, "{\"Adresses\":{}}");

        MessagingValidationException error = exchange.getException(MessagingValidationException.class);
        assertThat(error.getViolations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("body");
            assertThat(v.rule()).startsWith("must be a MessageRequest in the service's JSON shape")
                    .contains("Adresses");
        });
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void aSendMessagesRequestPojoIsSentAsItIs() {
        SendMessagesRequest request = SendMessagesRequest.builder().applicationId("app-9")
                .messageRequest(MessageRequest.builder()
                        .addresses(Map.of("+12065550123", AddressConfiguration.builder().channelType("SMS").build()))
                        .messageConfiguration(DirectMessageConfiguration.builder()
                                .smsMessage(SMSMessage.builder().body("pojo").build()).build())
                        .build()).build();

        Exchange exchange = send("messaging:sendMessages?pojoRequest=true", request);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody()).isInstanceOf(SendMessagesResponse.class);
        assertThat(exchange.getMessage().getBody(SendMessagesResponse.class).messageResponse().applicationId())
                .isEqualTo("app-9");
        assertThat(onlyMessage().body()).isEqualTo("pojo");
        assertThat(results(exchange)).extracting(MessagingResult::status).containsExactly(MessagingStatus.ACCEPTED);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({ "THROTTLED, THROTTLED, true", "TEMPORARY_FAILURE, TEMPORARY_FAILURE, true",
                 "TIMEOUT, TEMPORARY_FAILURE, true", "PERMANENT_FAILURE, PERMANENT_FAILURE, false",
                 "OPT_OUT, OPT_OUT, false", "DUPLICATE, DUPLICATE, false", "UNKNOWN_FAILURE, UNKNOWN, false" })
    void everyDeliveryStatusMapsToItsResult(String deliveryStatus, MessagingStatus status, boolean retryable) {
        sandbox.faults().forRecipient("+12065550102", Fault.deliveryStatus(deliveryStatus, 400, "because"));

        Exchange exchange = send(SEND, "hi", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550101,+12065550102");

        MessagingPartialFailureException error = exchange.getException(MessagingPartialFailureException.class);
        assertThat(error).isNotNull();
        MessagingResult failed = error.getResults().get(1);
        assertThat(failed.to()).isEqualTo("+12065550102");
        assertThat(failed.status()).isEqualTo(status);
        assertThat(failed.retryable()).isEqualTo(retryable);
        assertThat(failed.errorCode()).isEqualTo(deliveryStatus);
        assertThat(failed.errorMessage()).isEqualTo("because");
        assertThat(error.getResults().get(0).isAccepted()).isTrue();
    }

    @Test
    void anAddressThatIsNotAValidNumberIsAPermanentFailureBesideTheSentOne() {
        Exchange exchange = send(SEND, "hi", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550101,+11234567890");

        MessagingPartialFailureException error = exchange.getException(MessagingPartialFailureException.class);
        assertThat(error).isNotNull();
        assertThat(error.getResults()).extracting(MessagingResult::to, MessagingResult::status,
                        MessagingResult::retryable, MessagingResult::errorCode, MessagingResult::errorMessage)
                .containsExactly(tuple("+12065550101", MessagingStatus.ACCEPTED, false, null, null),
                        tuple("+11234567890", MessagingStatus.PERMANENT_FAILURE, false, "PERMANENT_FAILURE",
                                "Invalid phone number"));
        assertThat(error.isRetryable()).isFalse();
        assertThat(sandbox.messages()).extracting(RecordedMessage::to).containsExactly("+12065550101");
    }

    @Test
    void aSingleFailedAddressRaisesItsOwnError() {
        sandbox.faults().forRecipient("+12065550101", Fault.deliveryStatus("THROTTLED", 429, "slow down"));

        Exchange exchange = send(SEND, "hi", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550101");

        MessagingThrottledException error = exchange.getException(MessagingThrottledException.class);
        assertThat(error.getErrorCode()).isEqualTo("THROTTLED");
        assertThat(error.getHttpStatus()).isEqualTo(429);
        assertThat(error.getRequestId()).isNotBlank();
    }

    @Test
    void twoHundredFiftyAddressesGoAsThreeCalls() {
        List<String> recipients = IntStream.range(0, 250).mapToObj(i -> "+1206555" + String.format("%04d", i)).toList();

        Exchange exchange = send(SEND, "Hello", MessagingConstants.DESTINATION_PHONE_NUMBER, recipients);

        assertThat(exchange.getException()).isNull();
        assertThat(sandbox.requests()).hasSize(3);
        assertThat(results(exchange)).hasSize(250).allMatch(MessagingResult::isAccepted);
        assertThat(results(exchange)).extracting(MessagingResult::to).containsExactlyElementsOf(recipients);
    }

    @Test
    void aRedeliverySendsOnlyTheAddressesNotYetAccepted() throws Exception {
        sandbox.faults().forRecipient("+12065550102", 1, Fault.deliveryStatus("TEMPORARY_FAILURE", 503, "later"));
        MockEndpoint sent = getMockEndpoint("mock:sent");
        sent.expectedMessageCount(1);

        template.sendBodyAndHeader("direct:send", "hi", MessagingConstants.DESTINATION_PHONE_NUMBER,
                "+12065550101,+12065550102");

        sent.assertIsSatisfied();
        assertThat(sandbox.requests()).hasSize(2);
        assertThat(JSON.readTree(sandbox.requests().get(1).body()).get("Addresses").size()).isEqualTo(1);
        assertThat(sandbox.messages()).extracting(RecordedMessage::to).containsExactly("+12065550101", "+12065550102");
        assertThat(results(sent.getExchanges().get(0))).allMatch(MessagingResult::isAccepted);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({ "BadRequestException, 400, 1, false", "ForbiddenException, 403, 1, false",
                 "NotFoundException, 404, 1, false", "MethodNotAllowedException, 405, 1, false",
                 "TooManyRequestsException, 429, 3, true", "InternalServerErrorException, 500, 1, false" })
    void everyRestErrorMapsWithItsMessageAndRequestId(String type, int status, int attempts, boolean retryable) {
        sandbox.faults().next(attempts, Fault.awsError(type, status, "Injected " + type));

        Exchange exchange = send(SEND, "hi", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123");

        MessagingException error = (MessagingException) exchange.getException();
        assertThat(error).isInstanceOf(status == 429 ? MessagingThrottledException.class
                : MessagingServiceException.class);
        assertThat(error.getErrorCode()).isEqualTo(type);
        assertThat(error.getHttpStatus()).isEqualTo(status);
        assertThat(error.isRetryable()).isEqualTo(retryable);
        assertThat(error.getRequestId()).isNotBlank();
        assertThat(error.getMessage()).contains("Injected " + type, "request id " + error.getRequestId());
        assertThat(sandbox.requests()).hasSize(attempts);
    }

    @Test
    void missingApplicationIdOrRecipientsAreRefusedBeforeSending() {
        Exchange exchange = send("messaging:sendMessages", "hi");

        assertThat(exchange.getException(MessagingValidationException.class).getViolations())
                .extracting(MessagingValidationException.Violation::field)
                .containsExactly("ApplicationId", "Addresses and Endpoints");
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void optionsPinpointCannotSendFailRouteStart() {
        assertRouteStartFails(SEND + "&maxPrice=0.05&dryRun=true",
                "Option(s) [dryRun, maxPrice] are not supported by operation sendMessages of provider aws");
        assertRouteStartFails("messaging:sendTextMessage?applicationId=x",
                "Option(s) [applicationId] are not supported by operation sendTextMessage of provider aws");
    }
}
