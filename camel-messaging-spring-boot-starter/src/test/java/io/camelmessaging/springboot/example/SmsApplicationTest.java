package io.camelmessaging.springboot.example;

import io.camelmessaging.component.MessagingConstants;
import io.camelmessaging.sandbox.MessagingSandbox;
import io.camelmessaging.sandbox.junit5.MessagingSandboxExtension;
import io.camelmessaging.sandbox.RecordedMessage;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example application sends through the sandbox with the component configured from properties alone: AWS with
 * access and secret key, region and endpoint override, Azure with the connection string.
 */
@CamelSpringBootTest
@SpringBootTest(classes = SmsApplication.class)
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class SmsApplicationTest {

    @RegisterExtension
    static final MessagingSandboxExtension SANDBOX = MessagingSandboxExtension.create();

    @Autowired
    private ProducerTemplate template;

    @DynamicPropertySource
    static void sandboxProperties(DynamicPropertyRegistry registry) {
        SANDBOX.componentProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @Test
    void sendsAnSmsThroughAws() {
        Exchange exchange = sms("direct:sms", "Hello from Spring Boot", "+12065550123");

        assertThat(exchange.getException()).isNull();
        assertThat(SANDBOX.sandbox().messages()).singleElement().satisfies(message -> {
            assertThat(message.api()).isEqualTo("sms-voice");
            assertThat(message.to()).isEqualTo("+12065550123");
            assertThat(message.body()).isEqualTo("Hello from Spring Boot");
            assertThat(message.from()).isEqualTo("+12065550100");
            assertThat(message.headers().get("authorization")).contains(MessagingSandbox.AWS_ACCESS_KEY_ID)
                    .contains("/us-east-1/sms-voice/");
            assertThat(exchange.getMessage().getHeader(MessagingConstants.MESSAGE_ID)).isEqualTo(message.messageId());
        });
        assertThat(exchange.getMessage().getHeader(MessagingConstants.PROVIDER)).isEqualTo("aws");
        assertThat(exchange.getMessage().getHeader(MessagingConstants.MESSAGE_PARTS)).isEqualTo(1);
    }

    @Test
    void sendsAnSmsThroughAzureWithTheConnectionString() {
        Exchange exchange = sms("direct:azure-sms", "Hello Azure from Spring Boot", "+12065550124");

        assertThat(exchange.getException()).isNull();
        RecordedMessage message = SANDBOX.sandbox().messages().get(0);
        assertThat(SANDBOX.sandbox().messages()).hasSize(1);
        assertThat(message.to()).isEqualTo("+12065550124");
        assertThat(message.body()).isEqualTo("Hello Azure from Spring Boot");
        assertThat(message.from()).isEqualTo("+18005550100");
        assertThat(message.headers().get("authorization")).startsWith("HMAC-SHA256 ");
        assertThat(exchange.getMessage().getHeader(MessagingConstants.MESSAGE_ID)).isEqualTo(message.messageId());
        assertThat(exchange.getMessage().getHeader(MessagingConstants.PROVIDER)).isEqualTo("azure");
    }

    @Test
    void secretsStayOutOfTheLog(CapturedOutput output) {
        assertThat(sms("direct:sms", "no secrets", "+12065550125").getException()).isNull();
        assertThat(sms("direct:azure-sms", "no secrets", "+12065550125").getException()).isNull();

        assertThat(output.getAll()).contains("Started SmsApplicationTest")
                .doesNotContain(MessagingSandbox.AWS_SECRET_ACCESS_KEY)
                .doesNotContain(MessagingSandbox.ACS_ACCESS_KEY);
    }

    private Exchange sms(String uri, String text, String to) {
        return template.request(uri, exchange -> {
            exchange.getMessage().setBody(text);
            exchange.getMessage().setHeader(MessagingConstants.DESTINATION_PHONE_NUMBER, to);
        });
    }
}
