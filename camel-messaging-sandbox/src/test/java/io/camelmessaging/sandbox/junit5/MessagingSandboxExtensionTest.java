package io.camelmessaging.sandbox.junit5;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.camelmessaging.sandbox.MessagingSandbox;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The extension starts one sandbox per configuration, hands it out, and clears it before each test. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MessagingSandboxExtensionTest {

    @RegisterExtension
    static MessagingSandboxExtension sandbox = MessagingSandboxExtension.create();

    @Test
    @Order(1)
    void aParameterGetsTheSandbox(MessagingSandbox parameter) {
        assertThat(parameter).isSameAs(sandbox.sandbox());
    }

    @Test
    @Order(2)
    void theComponentPropertiesPointAtTheSandbox() {
        assertThat(sandbox.componentProperties())
                .containsEntry("camel.component.messaging.uri-endpoint-override", sandbox.sandbox().baseUri().toString())
                .containsEntry("camel.component.messaging.override-endpoint", "true")
                .containsEntry("camel.component.messaging.access-key", MessagingSandbox.AWS_ACCESS_KEY_ID)
                .containsEntry("camel.component.messaging.connection-string", sandbox.sandbox().acsConnectionString());
    }

    @Test
    @Order(3)
    void aTestLeavesARequest() throws Exception {
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(sandbox.sandbox().baseUri())
                .header("X-Amz-Target", "PinpointSMSVoiceV2.SendTextMessage")
                .header("Content-Type", "application/x-amz-json-1.0")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(sandbox.sandbox().requests()).hasSize(1);
    }

    @Test
    @Order(4)
    void theNextTestStartsClear() {
        assertThat(sandbox.sandbox().requests()).isEmpty();
    }
}
