package io.camelmessaging.component;

import io.camelmessaging.sandbox.MessagingSandbox;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code camel.component.messaging.*} properties configure the component in Camel Main, through the generated
 * configurer.
 */
class CamelMainPropertiesTest {

    @Test
    void componentPropertiesReachTheWire() throws Exception {
        try (MessagingSandbox sandbox = MessagingSandbox.start(0)) {
            Main main = new Main();
            main.addInitialProperty("camel.component.messaging.region", "eu-west-1");
            main.addInitialProperty("camel.component.messaging.access-key", MessagingSandbox.AWS_ACCESS_KEY_ID);
            main.addInitialProperty("camel.component.messaging.secret-key", MessagingSandbox.AWS_SECRET_ACCESS_KEY);
            main.addInitialProperty("camel.component.messaging.override-endpoint", "true");
            main.addInitialProperty("camel.component.messaging.uri-endpoint-override", sandbox.baseUri().toString());
            main.addInitialProperty("camel.component.messaging.origination-identity", "+12065550100");
            main.addInitialProperty("camel.component.messaging.max-price", "0.02");
            main.addInitialProperty("camel.component.messaging.time-to-live", "900");
            main.configure().addRoutesBuilder(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:sms").to("messaging:sendTextMessage");
                }
            });
            main.start();
            try {
                Exchange exchange = main.getCamelTemplate().request("direct:sms", e -> {
                    e.getMessage().setBody("via Camel Main");
                    e.getMessage().setHeader(MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123");
                });
                assertThat(exchange.getException()).isNull();
            } finally {
                main.stop();
            }
            assertThat(sandbox.messages()).hasSize(1);
            assertThat(sandbox.messages().get(0).request().get("OriginationIdentity").asText())
                    .isEqualTo("+12065550100");
            assertThat(sandbox.messages().get(0).request().get("MaxPrice").asText()).isEqualTo("0.02");
            assertThat(sandbox.messages().get(0).request().get("TimeToLive").asInt()).isEqualTo(900);
            assertThat(sandbox.messages().get(0).headers().get("authorization")).contains("/eu-west-1/sms-voice/");
        }
    }
}
