package io.camelmessaging.springboot.example;

import io.camelmessaging.component.MessagingComponent;
import io.camelmessaging.sandbox.MessagingSandbox;
import io.camelmessaging.sandbox.junit5.MessagingSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pinpointsmsvoicev2.PinpointSmsVoiceV2AsyncClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code application-bean-client.properties} configures the component: its {@code destination-phone-number} reaches
 * the request the sandbox receives, and {@code sms-voice-client=#sandboxClient} picks that bean out of two clients.
 */
@CamelSpringBootTest
@SpringBootTest(classes = { SmsApplication.class, SandboxPropertiesTest.Clients.class })
@ActiveProfiles("bean-client")
@DirtiesContext
class SandboxPropertiesTest {

    @RegisterExtension
    static final MessagingSandboxExtension SANDBOX = MessagingSandboxExtension.create();

    @Autowired
    private ProducerTemplate template;

    @Autowired
    private CamelContext camelContext;

    @Autowired
    private PinpointSmsVoiceV2AsyncClient sandboxClient;

    @DynamicPropertySource
    static void sandboxProperties(DynamicPropertyRegistry registry) {
        SANDBOX.componentProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @Test
    void thePropertiesFileAndTheBeanReferenceReachTheComponent() {
        Exchange exchange = template.request("direct:sms", e -> e.getMessage().setBody("Configured by properties"));

        assertThat(exchange.getException()).isNull();
        assertThat(camelContext.getComponent("messaging", MessagingComponent.class).getConfiguration()
                .getSmsVoiceClient()).isSameAs(sandboxClient);
        assertThat(SANDBOX.sandbox().messages()).singleElement().satisfies(message -> {
            assertThat(message.to()).isEqualTo("+12065550126");
            assertThat(message.headers()).containsEntry("x-client", "sandboxClient");
        });
    }

    /** Two clients of the sandbox, so that only the reference can choose. */
    @Configuration(proxyBeanMethods = false)
    static class Clients {

        @Bean
        PinpointSmsVoiceV2AsyncClient sandboxClient() {
            return client("sandboxClient");
        }

        @Bean
        PinpointSmsVoiceV2AsyncClient otherClient() {
            return client("otherClient");
        }

        private static PinpointSmsVoiceV2AsyncClient client(String name) {
            return PinpointSmsVoiceV2AsyncClient.builder().region(Region.US_EAST_1)
                    .endpointOverride(SANDBOX.sandbox().baseUri())
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                            MessagingSandbox.AWS_ACCESS_KEY_ID, MessagingSandbox.AWS_SECRET_ACCESS_KEY)))
                    .overrideConfiguration(override -> override.putHeader("x-client", name))
                    .build();
        }
    }
}
