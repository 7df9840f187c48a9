package io.camelmessaging.examples;

import java.util.Properties;

import io.camelmessaging.sandbox.RecordedMessage;
import io.camelmessaging.sandbox.junit5.MessagingSandboxExtension;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.MainConfigurationProperties;
import org.apache.camel.test.main.junit5.CamelMainTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user's route test with the sandbox extension, as the sandbox's README shows it: Camel Main takes the
 * {@code camel.component.messaging.*} properties the extension hands out, and the test asserts what the sandbox
 * received.
 */
class QuickStartRouteTest extends CamelMainTestSupport {

    @RegisterExtension
    static MessagingSandboxExtension sandbox = MessagingSandboxExtension.create();

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        properties.putAll(sandbox.componentProperties());
        return properties;
    }

    @Override
    protected void configure(MainConfigurationProperties configuration) {
        configuration.addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:welcome")
                        .to("messaging:sendTextMessage?originationIdentity=RAW(+12065550100)");
            }
        });
    }

    @Test
    void theRouteSendsTheBodyAsAText() {
        template.sendBodyAndHeader("direct:welcome", "Welcome aboard", "CamelMessagingDestinationPhoneNumber",
                "+12065550199");

        assertThat(sandbox.sandbox().messages()).singleElement().satisfies(message -> {
            assertThat(message.to()).isEqualTo("+12065550199");
            assertThat(message.body()).isEqualTo("Welcome aboard");
            assertThat(message.request().get("OriginationIdentity").asText()).isEqualTo("+12065550100");
        });
    }

    @Test
    void eachTestStartsWithAnEmptyOutbox() {
        assertThat(sandbox.sandbox().messages()).isEmpty();
    }
}
