package io.camelmessaging.component;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelmessaging.sandbox.RecordedMessage;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every SendTextMessage member reaches the wire from a URI option, from a header, and from a component option, with
 * the precedence header > endpoint > component.
 */
class AwsTextMessageWireTest extends SandboxTestSupport {

    private static final String ALL_OPTIONS = "messaging:sendTextMessage?originationIdentity=RAW(+12065550100)"
                                              + "&maxPrice=0.05&timeToLive=300&configurationSetName=cs-1"
                                              + "&context.orderId=42&context.source=camel"
                                              + "&destinationCountryParameters.IN_ENTITY_ID=e1"
                                              + "&messageType=TRANSACTIONAL&keyword=HELLO&dryRun=true"
                                              + "&protectConfigurationId=pc-1&messageFeedbackEnabled=true"
                                              + "&destinationPhoneNumber=RAW(+12065550123)";

    @Test
    void everyUriOptionReachesTheWire() {
        Exchange exchange = send(ALL_OPTIONS, "Hello ü world");

        assertThat(exchange.getException()).isNull();
        JsonNode wire = onlyMessage().request();
        assertThat(wire.get("DestinationPhoneNumber").asText()).isEqualTo("+12065550123");
        assertThat(wire.get("OriginationIdentity").asText()).isEqualTo("+12065550100");
        assertThat(wire.get("MessageBody").asText()).isEqualTo("Hello ü world");
        assertThat(wire.get("MaxPrice").asText()).isEqualTo("0.05");
        assertThat(wire.get("TimeToLive").isInt()).isTrue();
        assertThat(wire.get("TimeToLive").asInt()).isEqualTo(300);
        assertThat(wire.get("ConfigurationSetName").asText()).isEqualTo("cs-1");
        assertThat(wire.get("Context").get("orderId").asText()).isEqualTo("42");
        assertThat(wire.get("Context").get("source").asText()).isEqualTo("camel");
        assertThat(wire.get("DestinationCountryParameters").get("IN_ENTITY_ID").asText()).isEqualTo("e1");
        assertThat(wire.get("MessageType").asText()).isEqualTo("TRANSACTIONAL");
        assertThat(wire.get("Keyword").asText()).isEqualTo("HELLO");
        assertThat(wire.get("DryRun").asBoolean()).isTrue();
        assertThat(wire.get("ProtectConfigurationId").asText()).isEqualTo("pc-1");
        assertThat(wire.get("MessageFeedbackEnabled").asBoolean()).isTrue();
    }

    @Test
    void headersOverrideEveryUriOptionAndMapsMergeKeyByKey() {
        Exchange exchange = send(ALL_OPTIONS, "From the body",
                MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550124",
                MessagingConstants.ORIGINATION_IDENTITY, "MySender",
                MessagingConstants.MAX_PRICE, "0.10",
                MessagingConstants.TIME_TO_LIVE, "600",
                MessagingConstants.CONFIGURATION_SET_NAME, "cs-2",
                MessagingConstants.CONTEXT, Map.of("orderId", "43", "extra", "x"),
                MessagingConstants.DESTINATION_COUNTRY_PARAMETERS, Map.of("IN_TEMPLATE_ID", "t9"),
                MessagingConstants.MESSAGE_TYPE, "PROMOTIONAL",
                MessagingConstants.KEYWORD, "BYE",
                MessagingConstants.DRY_RUN, "false",
                MessagingConstants.PROTECT_CONFIGURATION_ID, "pc-2",
                MessagingConstants.MESSAGE_FEEDBACK_ENABLED, false);

        assertThat(exchange.getException()).isNull();
        JsonNode wire = onlyMessage().request();
        assertThat(wire.get("DestinationPhoneNumber").asText()).isEqualTo("+12065550124");
        assertThat(wire.get("OriginationIdentity").asText()).isEqualTo("MySender");
        assertThat(wire.get("MessageBody").asText()).isEqualTo("From the body");
        assertThat(wire.get("MaxPrice").asText()).isEqualTo("0.10");
        assertThat(wire.get("TimeToLive").asInt()).isEqualTo(600);
        assertThat(wire.get("ConfigurationSetName").asText()).isEqualTo("cs-2");
        assertThat(wire.get("Context").properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("orderId", "source", "extra");
        assertThat(wire.get("Context").get("orderId").asText()).isEqualTo("43");
        assertThat(wire.get("Context").get("source").asText()).isEqualTo("camel");
        assertThat(wire.get("DestinationCountryParameters").get("IN_ENTITY_ID").asText()).isEqualTo("e1");
        assertThat(wire.get("DestinationCountryParameters").get("IN_TEMPLATE_ID").asText()).isEqualTo("t9");
        assertThat(wire.get("MessageType").asText()).isEqualTo("PROMOTIONAL");
        assertThat(wire.get("Keyword").asText()).isEqualTo("BYE");
        assertThat(wire.get("DryRun").asBoolean()).isFalse();
        assertThat(wire.get("ProtectConfigurationId").asText()).isEqualTo("pc-2");
        assertThat(wire.get("MessageFeedbackEnabled").asBoolean()).isFalse();
    }

    @Test
    void componentOptionsApplyWhenTheEndpointDoesNotOverrideThem() {
        // this test's own CamelContext and component: CamelTestSupport creates both anew for each test
        MessagingConfiguration defaults = context.getComponent("messaging", MessagingComponent.class).getConfiguration();
        defaults.setOriginationIdentity("ComponentSender");
        defaults.setMaxPrice("0.07");

        send("messaging:sendTextMessage?maxPrice=0.06", "hi", MessagingConstants.DESTINATION_PHONE_NUMBER,
                "+12065550125");
        send("messaging:sendTextMessage?originationIdentity=EndpointSender", "hi",
                MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550126");

        List<RecordedMessage> messages = sandbox.messages();
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).request().get("OriginationIdentity").asText()).isEqualTo("ComponentSender");
        assertThat(messages.get(0).request().get("MaxPrice").asText()).isEqualTo("0.06");
        assertThat(messages.get(1).request().get("OriginationIdentity").asText()).isEqualTo("EndpointSender");
        assertThat(messages.get(1).request().get("MaxPrice").asText()).isEqualTo("0.07");
    }

    @Test
    void unsetOptionsAreNotSent() {
        send("messaging:sendTextMessage", "plain", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550127");

        JsonNode wire = onlyMessage().request();
        assertThat(wire.properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("DestinationPhoneNumber", "MessageBody");
    }

    @Test
    void messageBodyOptionReplacesTheBody() {
        send("messaging:sendTextMessage?messageBody=Fixed+text", "ignored body",
                MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550128");

        assertThat(onlyMessage().request().get("MessageBody").asText()).isEqualTo("Fixed text");
    }

    @Test
    void resultHeadersDescribeTheSend() {
        Exchange exchange = send("messaging:sendTextMessage", "Hello",
                MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550129");

        RecordedMessage recorded = onlyMessage();
        assertThat(exchange.getMessage().getBody()).isEqualTo("Hello");
        assertThat(exchange.getMessage().getHeader(MessagingConstants.MESSAGE_ID)).isEqualTo(recorded.messageId());
        assertThat(exchange.getMessage().getHeader(MessagingConstants.PROVIDER)).isEqualTo("aws");
        assertThat(exchange.getMessage().getHeader(MessagingConstants.MESSAGE_PARTS)).isEqualTo(1);
        assertThat(exchange.getMessage().getHeader(MessagingConstants.ENCODING)).isEqualTo("GSM7");
        assertThat(results(exchange)).containsExactly(
                MessagingResult.accepted("+12065550129", recorded.messageId(), "aws"));
    }

    @Test
    void nationalNumbersBecomeE164WithDefaultRegion() {
        send("messaging:sendTextMessage?defaultRegion=US", "hi",
                MessagingConstants.DESTINATION_PHONE_NUMBER, "(206) 555-0130");

        assertThat(onlyMessage().request().get("DestinationPhoneNumber").asText()).isEqualTo("+12065550130");
    }
}
