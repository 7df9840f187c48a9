package io.camelmessaging.component;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelmessaging.sandbox.RecordedMessage;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every SendMediaMessage member reaches the wire from URI options and from headers.
 */
class AwsMediaMessageWireTest extends SandboxTestSupport {

    private static final String ALL_OPTIONS = "messaging:sendMediaMessage?originationIdentity=RAW(+12065550100)"
                                              + "&mediaUrl=s3://media-bucket/cat.png&maxPrice=0.5&timeToLive=60"
                                              + "&configurationSetName=cs-1&context.campaign=spring&dryRun=true"
                                              + "&protectConfigurationId=pc-1&messageFeedbackEnabled=true";

    @Test
    void everyUriOptionReachesTheWire() {
        Exchange exchange = send(ALL_OPTIONS, "Look at this", MessagingConstants.DESTINATION_PHONE_NUMBER,
                "+12065550123");

        assertThat(exchange.getException()).isNull();
        RecordedMessage recorded = onlyMessage();
        assertThat(recorded.operation()).isEqualTo("SendMediaMessage");
        JsonNode wire = recorded.request();
        assertThat(wire.get("DestinationPhoneNumber").asText()).isEqualTo("+12065550123");
        assertThat(wire.get("OriginationIdentity").asText()).isEqualTo("+12065550100");
        assertThat(wire.get("MessageBody").asText()).isEqualTo("Look at this");
        assertThat(wire.get("MediaUrls").isArray()).isTrue();
        assertThat(wire.get("MediaUrls").get(0).asText()).isEqualTo("s3://media-bucket/cat.png");
        assertThat(wire.get("MaxPrice").asText()).isEqualTo("0.5");
        assertThat(wire.get("TimeToLive").asInt()).isEqualTo(60);
        assertThat(wire.get("ConfigurationSetName").asText()).isEqualTo("cs-1");
        assertThat(wire.get("Context").get("campaign").asText()).isEqualTo("spring");
        assertThat(wire.get("DryRun").asBoolean()).isTrue();
        assertThat(wire.get("ProtectConfigurationId").asText()).isEqualTo("pc-1");
        assertThat(wire.get("MessageFeedbackEnabled").asBoolean()).isTrue();
        assertThat(exchange.getMessage().getHeader(MessagingConstants.MESSAGE_ID)).isEqualTo(recorded.messageId());
        assertThat(exchange.getMessage().getHeader(MessagingConstants.MESSAGE_PARTS)).isNull();
    }

    @Test
    void headersOverrideUriOptions() {
        send(ALL_OPTIONS, "Another", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550124",
                MessagingConstants.MEDIA_URLS, List.of("s3://other-bucket/dog.jpg"),
                MessagingConstants.ORIGINATION_IDENTITY, "pool-1234",
                MessagingConstants.MAX_PRICE, "1.5",
                MessagingConstants.TIME_TO_LIVE, 120,
                MessagingConstants.CONFIGURATION_SET_NAME, "cs-2",
                MessagingConstants.CONTEXT, Map.of("campaign", "autumn"),
                MessagingConstants.DRY_RUN, false,
                MessagingConstants.PROTECT_CONFIGURATION_ID, "pc-2",
                MessagingConstants.MESSAGE_FEEDBACK_ENABLED, "false");

        JsonNode wire = onlyMessage().request();
        assertThat(wire.get("MediaUrls").size()).isEqualTo(1);
        assertThat(wire.get("MediaUrls").get(0).asText()).isEqualTo("s3://other-bucket/dog.jpg");
        assertThat(wire.get("OriginationIdentity").asText()).isEqualTo("pool-1234");
        assertThat(wire.get("MaxPrice").asText()).isEqualTo("1.5");
        assertThat(wire.get("TimeToLive").asInt()).isEqualTo(120);
        assertThat(wire.get("ConfigurationSetName").asText()).isEqualTo("cs-2");
        assertThat(wire.get("Context").get("campaign").asText()).isEqualTo("autumn");
        assertThat(wire.get("DryRun").asBoolean()).isFalse();
        assertThat(wire.get("ProtectConfigurationId").asText()).isEqualTo("pc-2");
        assertThat(wire.get("MessageFeedbackEnabled").asBoolean()).isFalse();
    }
}
