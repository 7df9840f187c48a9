package io.camelmessaging.component;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelmessaging.sandbox.RecordedMessage;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Header {@code CamelMessagingCorrelationId} goes out where each provider echoes it back in its delivery events: the AWS
 * {@code Context} entry {@code camelCorrelationId}, the ACS {@code tag}; a value the member cannot carry is refused
 * before any request.
 */
class CorrelationIdTest extends SandboxTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
    };

    private static final String AWS_TEXT = "messaging:sendTextMessage?originationIdentity=RAW(+12065550100)";
    private static final String AWS_MEDIA = "messaging:sendMediaMessage?originationIdentity=RAW(+12065550100)"
                                            + "&mediaUrl=s3://bucket-1/a.png";
    private static final String PINPOINT = "messaging:sendMessages?applicationId=app-1";
    private static final String ACS_SMS = "messaging:sendTextMessage?provider=azure"
                                          + "&originationIdentity=RAW(+18005550100)";
    private static final String ACS_MMS = "messaging:sendMediaMessage?provider=azure"
                                          + "&originationIdentity=RAW(+18005550100)&mediaUrl=classpath:media/sample.png";

    @Test
    void awsTextAndMediaCarryItAsAContextEntryBesideTheRoutesOwn() {
        send(AWS_TEXT + "&context.campaign=spring", "Hi", MessagingConstants.DESTINATION_PHONE_NUMBER,
                "+12065550123", MessagingConstants.CORRELATION_ID, "orders.csv#7");
        send(AWS_MEDIA, "Look", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550124",
                MessagingConstants.CORRELATION_ID, "orders.csv#8");

        List<RecordedMessage> messages = sandbox.messages();
        assertThat(messages).hasSize(2);
        assertThat(context(messages.get(0).request())).containsExactlyInAnyOrderEntriesOf(
                Map.of("campaign", "spring", "camelCorrelationId", "orders.csv#7"));
        assertThat(context(messages.get(1).request())).containsExactlyEntriesOf(
                Map.of("camelCorrelationId", "orders.csv#8"));
    }

    @Test
    void pinpointCarriesItInTheMessageRequestContext() {
        send(PINPOINT, "Hi", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123",
                MessagingConstants.CORRELATION_ID, "jms:ID:42");

        JsonNode context = onlyMessage().request().get("Context");
        assertThat(context.get("camelCorrelationId").asText()).isEqualTo("jms:ID:42");
    }

    @Test
    void awsRefusesAValueOrAnEntryTheContextCannotHoldBeforeAnyRequest() {
        Exchange blank = send(AWS_TEXT, "Hi", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123",
                MessagingConstants.CORRELATION_ID, " padded ");
        Exchange sixth = send(AWS_TEXT + "&context.a=1&context.b=2&context.c=3&context.d=4&context.e=5", "Hi",
                MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123", MessagingConstants.CORRELATION_ID, "x");

        assertThat(blank.getException(MessagingValidationException.class)).hasMessageContaining(
                "Context[camelCorrelationId]").hasMessageContaining("' padded '");
        assertThat(sixth.getException(MessagingValidationException.class)).hasMessageContaining("Context")
                .hasMessageContaining("5");
        assertThat(sandbox.messages()).isEmpty();
    }

    @Test
    void azureSmsAndMmsCarryItAsTheTag() {
        send(ACS_SMS + "&enableDeliveryReport=true", "Hi", MessagingConstants.DESTINATION_PHONE_NUMBER,
                "+12065550123", MessagingConstants.CORRELATION_ID, "orders.csv#9");
        send(ACS_MMS, "Look", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550124",
                MessagingConstants.CORRELATION_ID, "orders.csv#10");

        List<RecordedMessage> messages = sandbox.messages();
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).request().get("smsSendOptions").get("tag").asText()).isEqualTo("orders.csv#9");
        assertThat(messages.get(0).request().get("smsSendOptions").get("enableDeliveryReport").asBoolean()).isTrue();
        assertThat(messages.get(1).request().get("sendOptions").get("tag").asText()).isEqualTo("orders.csv#10");
    }

    @Test
    void azureRefusesATagBesideADifferentCorrelationIdAndAnOverlongOne() {
        Exchange both = send(ACS_SMS + "&tag=campaign-7", "Hi", MessagingConstants.DESTINATION_PHONE_NUMBER,
                "+12065550123", MessagingConstants.CORRELATION_ID, "orders.csv#9");
        Exchange overlong = send(ACS_SMS, "Hi", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123",
                MessagingConstants.CORRELATION_ID, "x".repeat(1025));
        Exchange same = send(ACS_SMS + "&tag=orders.csv#1", "Hi", MessagingConstants.DESTINATION_PHONE_NUMBER,
                "+12065550123", MessagingConstants.CORRELATION_ID, "orders.csv#1");

        assertThat(both.getException(MessagingValidationException.class)).hasMessageContaining("CorrelationId")
                .hasMessageContaining("orders.csv#9").hasMessageContaining("cannot be sent with tag 'campaign-7'");
        assertThat(overlong.getException(MessagingValidationException.class)).hasMessageContaining("CorrelationId")
                .hasMessageContaining("must be 1-1024 characters");
        assertThat(same.getException()).isNull();
        assertThat(onlyMessage().request().get("smsSendOptions").get("tag").asText()).isEqualTo("orders.csv#1");
    }

    private static Map<String, String> context(JsonNode request) {
        return JSON.convertValue(request.get("Context"), MAP);
    }
}
