package io.camelmessaging.component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelmessaging.sandbox.MessagingSandbox;
import io.camelmessaging.sandbox.RecordedMessage;
import io.camelmessaging.sandbox.SandboxConfig;
import io.camelmessaging.sandbox.junit5.MessagingSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kamelets {@code messaging-sms-sink} and {@code messaging-mms-sink} of {@code src/main/resources/kamelets}, loaded
 * from the class path by camel-kamelet and sent through to the sandbox. The component starts bare (only the
 * sandbox's self-signed certificate is trusted): region, credentials and endpoint come from the Kamelet's properties,
 * so the sandbox accepting the signature proves they reached the endpoint unchanged.
 */
class KameletSinksTest extends CamelTestSupport {

    /** An access key pair of the sandbox's whose secret has every character a URI would change. */
    private static final String KEY_ID = "AKIDKAMELETS00000001";
    private static final String HOSTILE_SECRET = "se+cr/et&k#y% x=y)z";

    @RegisterExtension
    static final MessagingSandboxExtension SANDBOX =
            MessagingSandboxExtension.create(SandboxConfig.defaults().awsCredentials(KEY_ID, HOSTILE_SECRET));

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        MessagingComponent component = new MessagingComponent();
        component.getConfiguration().setTrustAllCertificates(true);
        context.addComponent("messaging", component);
        return context;
    }

    private static MessagingSandbox sandbox() {
        return SANDBOX.sandbox();
    }

    /** The Kamelet with AWS region, credentials and the sandbox's address as properties, then {@code more}. */
    private static String aws(String kamelet, String more) {
        return "kamelet:" + kamelet + "?region=us-east-1&accessKey=" + KEY_ID + "&secretKey=RAW(" + HOSTILE_SECRET
               + ")&overrideEndpoint=true&uriEndpointOverride=RAW(" + sandbox().baseUri() + ")" + more;
    }

    private Exchange send(String uri, Object body, Object... headers) {
        return template.send(uri, exchange -> {
            exchange.getMessage().setBody(body);
            for (int i = 0; i < headers.length; i += 2) {
                exchange.getMessage().setHeader((String) headers[i], headers[i + 1]);
            }
        });
    }

    private static RecordedMessage onlyMessage() {
        assertThat(sandbox().messages()).hasSize(1);
        return sandbox().messages().get(0);
    }

    @Test
    void smsSinkSendsTheBodyWithItsPropertiesUnchanged() {
        Exchange exchange = send(aws("messaging-sms-sink", "&originationIdentity=RAW(+12065550100)"
                                 + "&destinationPhoneNumber=RAW(+12065550123)&configurationSetName=cs-1&maxPrice=0.05"
                                 + "&timeToLive=300&messageType=TRANSACTIONAL"), "Hello from a Kamelet");

        assertThat(exchange.getException()).isNull();
        RecordedMessage recorded = onlyMessage();
        JsonNode wire = recorded.request();
        assertThat(wire.get("OriginationIdentity").asText()).isEqualTo("+12065550100");
        assertThat(wire.get("DestinationPhoneNumber").asText()).isEqualTo("+12065550123");
        assertThat(wire.get("MessageBody").asText()).isEqualTo("Hello from a Kamelet");
        assertThat(wire.get("ConfigurationSetName").asText()).isEqualTo("cs-1");
        assertThat(wire.get("MaxPrice").asText()).isEqualTo("0.05");
        assertThat(wire.get("TimeToLive").asInt()).isEqualTo(300);
        assertThat(wire.get("MessageType").asText()).isEqualTo("TRANSACTIONAL");
        assertThat(recorded.headers().get("authorization")).contains("Credential=" + KEY_ID + "/");
    }

    @Test
    void aPlusWrittenWithoutRawStaysAPlus() {
        Exchange exchange = send(aws("messaging-sms-sink",
                "&originationIdentity=+12065550100&destinationPhoneNumber=+12065550124"), "hi");

        assertThat(exchange.getException()).isNull();
        JsonNode wire = onlyMessage().request();
        assertThat(wire.get("OriginationIdentity").asText()).isEqualTo("+12065550100");
        assertThat(wire.get("DestinationPhoneNumber").asText()).isEqualTo("+12065550124");
    }

    @Test
    void mmsSinkSendsTheMediaUrl() {
        Exchange exchange = send(aws("messaging-mms-sink", "&originationIdentity=RAW(+12065550100)"
                                 + "&mediaUrl=RAW(s3://media-bucket/cat+dog #1.png)"), "A picture",
                MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550125");

        assertThat(exchange.getException()).isNull();
        RecordedMessage recorded = onlyMessage();
        assertThat(recorded.operation()).isEqualTo("SendMediaMessage");
        assertThat(recorded.from()).isEqualTo("+12065550100");
        assertThat(recorded.to()).isEqualTo("+12065550125");
        assertThat(recorded.body()).isEqualTo("A picture");
        assertThat(recorded.mediaUrls()).containsExactly("s3://media-bucket/cat+dog #1.png");
    }

    @Test
    void azureThroughProviderAzure() {
        Exchange exchange = send("kamelet:messaging-sms-sink?provider=azure&connectionString=RAW("
                                 + sandbox().acsConnectionString() + ")&originationIdentity=RAW(+18005550100)"
                                 + "&destinationPhoneNumber=RAW(+12065550126)&tag=RAW(a b&c#d%e+f)", "Hello Azure");

        assertThat(exchange.getException()).isNull();
        RecordedMessage recorded = onlyMessage();
        assertThat(recorded.api()).isEqualTo("acs-sms");
        assertThat(recorded.from()).isEqualTo("+18005550100");
        assertThat(recorded.to()).isEqualTo("+12065550126");
        assertThat(recorded.body()).isEqualTo("Hello Azure");
        assertThat(recorded.request().get("smsSendOptions").get("tag").asText()).isEqualTo("a b&c#d%e+f");
        assertThat(exchange.getMessage().getHeader(MessagingConstants.PROVIDER)).isEqualTo("azure");
    }

    @Test
    void azureMmsReadsTheRouteAuthorsMedia() throws Exception {
        Exchange exchange = send("kamelet:messaging-mms-sink?provider=azure&connectionString=RAW("
                                 + sandbox().acsConnectionString() + ")&originationIdentity=RAW(+18005550100)"
                                 + "&mediaUrl=classpath:media/sample.png", "Your parcel",
                MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550127");

        assertThat(exchange.getException()).isNull();
        RecordedMessage recorded = onlyMessage();
        assertThat(recorded.api()).isEqualTo("acs-mms");
        assertThat(recorded.to()).isEqualTo("+12065550127");
        JsonNode attachment = recorded.request().get("attachments").get(0);
        assertThat(Base64.getDecoder().decode(attachment.get("contentInBase64").asText()))
                .isEqualTo(Files.readAllBytes(Path.of("src/test/resources/media/sample.png")));
    }

    @Test
    void aHeaderBeatsTheProperty() {
        send(aws("messaging-sms-sink", "&originationIdentity=RAW(+12065550100)"
                 + "&destinationPhoneNumber=RAW(+12065550128)&configurationSetName=cs-1"), "hi",
                MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550129",
                MessagingConstants.ORIGINATION_IDENTITY, "HeaderSender",
                MessagingConstants.CONFIGURATION_SET_NAME, "cs-2");

        JsonNode wire = onlyMessage().request();
        assertThat(wire.get("DestinationPhoneNumber").asText()).isEqualTo("+12065550129");
        assertThat(wire.get("OriginationIdentity").asText()).isEqualTo("HeaderSender");
        assertThat(wire.get("ConfigurationSetName").asText()).isEqualTo("cs-2");
    }

    @Test
    void theResultHeadersAreOnTheMessageAfterTheSend() {
        Exchange exchange = send(aws("messaging-sms-sink", "&destinationPhoneNumber=RAW(+12065550130)"), "Hello");

        RecordedMessage recorded = onlyMessage();
        assertThat(exchange.getMessage().getBody()).isEqualTo("Hello");
        assertThat(exchange.getMessage().getHeader(MessagingConstants.MESSAGE_ID)).isEqualTo(recorded.messageId());
        assertThat(exchange.getMessage().getHeader(MessagingConstants.PROVIDER)).isEqualTo("aws");
        assertThat(exchange.getMessage().getHeader(MessagingConstants.MESSAGE_PARTS)).isEqualTo(1);
        assertThat(exchange.getMessage().getHeader(MessagingConstants.ENCODING)).isEqualTo("GSM7");
        assertThat(exchange.getMessage().getHeader(MessagingConstants.RESULTS, java.util.List.class))
                .containsExactly(MessagingResult.accepted("+12065550130", recorded.messageId(), "aws"));
    }

    @Test
    void anUnsetPropertyLeavesTheComponentOption() {
        MessagingConfiguration defaults = context.getComponent("messaging", MessagingComponent.class).getConfiguration();
        defaults.setOriginationIdentity("ComponentSender");
        defaults.setMaxPrice("0.07");

        send(aws("messaging-sms-sink", "&maxPrice=0.06"), "hi", MessagingConstants.DESTINATION_PHONE_NUMBER,
                "+12065550131");

        JsonNode wire = onlyMessage().request();
        assertThat(wire.get("OriginationIdentity").asText()).isEqualTo("ComponentSender");
        assertThat(wire.get("MaxPrice").asText()).isEqualTo("0.06");
    }

    @Test
    void placeholdersInHeadersAreNeverResolved() {
        String hostile = "{{sys:user.home}} {{env:PATH}} ${sys:user.home}";

        send(aws("messaging-sms-sink", ""), hostile, MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550132",
                MessagingConstants.CONTEXT, Map.of("note", hostile));

        JsonNode wire = onlyMessage().request();
        assertThat(wire.get("MessageBody").asText()).isEqualTo(hostile);
        assertThat(wire.get("Context").get("note").asText()).isEqualTo(hostile);
    }
}
