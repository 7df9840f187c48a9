package io.camelmessaging.component;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.camelmessaging.component.provider.azure.model.AcsAttachment;
import io.camelmessaging.component.provider.azure.model.AcsMmsRequest;
import io.camelmessaging.component.provider.azure.model.AcsRecipient;
import io.camelmessaging.component.provider.azure.model.AcsSendResponse;
import io.camelmessaging.component.provider.azure.model.AcsSendResult;
import io.camelmessaging.component.provider.azure.model.AcsSmsRequest;
import io.camelmessaging.component.provider.azure.model.AcsSmsSendOptions;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Provider azure sends our own ACS JSON: byte for byte what the Azure SDK sent before, and with
 * {@code pojoRequest=true} our public request records, or the REST JSON as a String or Map, as they are.
 */
class AzurePojoRequestTest extends SandboxTestSupport {

    private static final String SMS = "messaging:sendTextMessage?provider=azure";
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final String FIRST_SENT = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.atOffset(ZoneOffset.UTC));

    @Test
    void theSmsRequestIsTheJsonTheAzureSdkSent() {
        Exchange exchange = send(SMS + "&originationIdentity=RAW(+18005550100)&enableDeliveryReport=true&tag=t1",
                "Hello", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123",
                MessagingConstants.IDEMPOTENCY_KEY, "order-1",
                MessagingConstants.FIRST_SENT, NOW);

        assertThat(exchange.getException()).isNull();
        String requestId = UUID.nameUUIDFromBytes("order-1|sendTextMessage|+12065550123"
                .getBytes(StandardCharsets.UTF_8)).toString();
        assertThat(sandbox.requests()).singleElement().satisfies(r -> assertThat(r.body()).isEqualTo(
                "{\"from\":\"+18005550100\",\"smsRecipients\":[{\"to\":\"+12065550123\",\"repeatabilityRequestId\":\""
                + requestId + "\",\"repeatabilityFirstSent\":\"" + FIRST_SENT + "\"}],\"message\":\"Hello\","
                + "\"smsSendOptions\":{\"enableDeliveryReport\":true,\"tag\":\"t1\"}}"));
        assertThat(sandbox.requests().get(0).headers().get("content-type")).startsWith("application/json");
    }

    @Test
    void anSmsRequestRecordIsSentAndTheAnswerBecomesTheBody() {
        AcsSmsRequest request = new AcsSmsRequest("+18005550100",
                List.of(new AcsRecipient("+12065550123", UUID.randomUUID().toString(), FIRST_SENT),
                        new AcsRecipient("+12065550124", null, null)),
                "from a record", new AcsSmsSendOptions(false, "pojo"));

        Exchange exchange = send(SMS + "&pojoRequest=true", request);

        assertThat(exchange.getException()).isNull();
        assertThat(sandbox.messages()).extracting(m -> m.to()).containsExactly("+12065550123", "+12065550124");
        assertThat(sandbox.messages().get(0).request().get("smsSendOptions").get("tag").asText()).isEqualTo("pojo");
        assertThat(sandbox.messages().get(1).request().get("smsRecipients").get(1).has("repeatabilityRequestId"))
                .isFalse();
        AcsSendResponse answer = exchange.getMessage().getBody(AcsSendResponse.class);
        assertThat(answer.value()).extracting(AcsSendResult::messageId)
                .containsExactly(sandbox.messages().get(0).messageId(), sandbox.messages().get(1).messageId());
        assertThat(results(exchange)).extracting(MessagingResult::messageId)
                .containsExactly(sandbox.messages().get(0).messageId(), sandbox.messages().get(1).messageId());
        assertThat(exchange.getMessage().getHeader(MessagingConstants.PROVIDER)).isEqualTo("azure");
    }

    @Test
    void restJsonTextIsSentAsItIsWithMembersWeDoNotModel() {
        String json = "{\"from\":\"+18005550100\",\"smsRecipients\":[{\"to\":\"+12065550123\"}],\"message\":\"raw\","
                      + "\"smsSendOptions\":{\"enableDeliveryReport\":true,\"validityPeriodSeconds\":600}}";

        Exchange exchange = send(SMS + "&pojoRequest=true", json);

        assertThat(exchange.getException()).isNull();
        assertThat(onlyMessage().body()).isEqualTo("raw");
        assertThat(onlyMessage().request().get("smsSendOptions").get("validityPeriodSeconds").asInt()).isEqualTo(600);
        assertThat(exchange.getMessage().getHeader(MessagingConstants.MESSAGE_ID)).isEqualTo(onlyMessage().messageId());
    }

    @Test
    void restJsonAsAMapIsSent() {
        Map<String, Object> json = Map.of("from", "+18005550100", "message", "from a map",
                "smsRecipients", List.of(Map.of("to", "+12065550123")));

        Exchange exchange = send(SMS + "&pojoRequest=true", json);

        assertThat(exchange.getException()).isNull();
        assertThat(onlyMessage().body()).isEqualTo("from a map");
    }

    @Test
    void aBodyThatIsNoRequestIsAnInvalidPayload() {
        for (Object body : List.of("just text", "{\"from\":\"+18005550100\"}", 42, List.of("x"))) {
            Exchange exchange = send(SMS + "&pojoRequest=true", body);
            assertThat(exchange.getException()).as("body %s", body).isInstanceOf(InvalidPayloadException.class);
        }
        Exchange mms = send("messaging:sendMediaMessage?provider=azure&pojoRequest=true",
                new AcsSmsRequest("+18005550100", List.of(new AcsRecipient("+12065550123", null, null)), "x", null));
        assertThat(mms.getException()).isInstanceOf(InvalidPayloadException.class);
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void anMmsRequestRecordIsSent() {
        AcsMmsRequest request = new AcsMmsRequest("+18005550100",
                List.of(new AcsRecipient("+12065550123", null, null)), "see this",
                List.of(new AcsAttachment("text/plain", "aGVsbG8=")), null);

        Exchange exchange = send("messaging:sendMediaMessage?provider=azure&pojoRequest=true", request);

        assertThat(exchange.getException()).isNull();
        assertThat(onlyMessage().api()).isEqualTo("acs-mms");
        assertThat(onlyMessage().request().get("attachments").get(0).get("contentInBase64").asText())
                .isEqualTo("aGVsbG8=");
        assertThat(onlyMessage().request().has("sendOptions")).isFalse();
        assertThat(exchange.getMessage().getBody(AcsSendResponse.class).value()).singleElement()
                .satisfies(r -> assertThat(r.successful()).isTrue());
    }
}
