package io.camelmessaging.component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelmessaging.sandbox.MessagingSandbox;
import io.camelmessaging.sandbox.SandboxConfig;
import io.camelmessaging.sandbox.junit5.MessagingSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kamelet {@code messaging-events-source}, loaded from the class path by camel-kamelet, polling the sandbox's SQS
 * queue with the region, credentials and address of its properties only (the component starts bare): a phone's
 * reply arrives as the event's JSON with the event headers.
 */
class KameletEventsSourceTest extends CamelTestSupport {

    /** An access key pair of the sandbox's whose secret has every character a URI would change. */
    private static final String KEY_ID = "AKIDKAMELETS00000002";
    private static final String HOSTILE_SECRET = "se+cr/et&k#y% x=y)z";

    @RegisterExtension
    static final MessagingSandboxExtension SANDBOX =
            MessagingSandboxExtension.create(SandboxConfig.defaults().awsCredentials(KEY_ID, HOSTILE_SECRET));

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("messaging", new MessagingComponent());
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        MessagingSandbox sandbox = SANDBOX.sandbox();
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("kamelet:messaging-events-source?region=us-east-1&accessKey=" + KEY_ID + "&secretKey=RAW("
                     + HOSTILE_SECRET + ")&overrideEndpoint=true&uriEndpointOverride=RAW(" + sandbox.baseUri()
                     + ")&queueUrl=RAW(" + sandbox.eventsQueueUrl() + ")&waitTimeSeconds=1")
                        .to("mock:events");
            }
        };
    }

    @Test
    void aReplyArrivesAsTheEventsJsonWithItsHeaders() throws Exception {
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessageCount(1);

        SANDBOX.sandbox().events().inbound("aws", "+12065550141", "+12065550100", "STOP");

        events.assertIsSatisfied(10_000);
        Exchange exchange = events.getReceivedExchanges().get(0);
        JsonNode json = new ObjectMapper().readTree(exchange.getMessage().getBody(String.class));
        assertThat(json.get("kind").asText()).isEqualTo("INBOUND_MESSAGE");
        assertThat(json.get("status").asText()).isEqualTo("OPTED_OUT");
        assertThat(json.get("from").asText()).isEqualTo("+12065550141");
        assertThat(json.get("text").asText()).isEqualTo("STOP");
        assertThat(json.get("occurredAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(exchange.getMessage().getHeader(MessagingConstants.EVENT_STATUS).toString()).isEqualTo("OPTED_OUT");
        assertThat(exchange.getMessage().getHeader(MessagingConstants.PROVIDER)).isEqualTo("aws");
    }
}
