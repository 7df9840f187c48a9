package io.camelmessaging.karaf;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Component;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PropertyBindingSupport;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;

/**
 * The send of {@link KarafFeatureIT}, inside Karaf once the feature is installed: a CamelContext of the wrapped Camel
 * finds the {@code messaging} component in the component bundle, configured with the sandbox's component options,
 * sends one text message, and the sandbox's {@code GET /sandbox/messages} must show exactly it.
 */
final class SandboxSend {

    /** The key of the sandbox's base URI among the options; every other key is a component option. */
    static final String BASE_URI = "baseUri";

    private SandboxSend() {
    }

    /** Sends {@code text} from {@code from} to {@code to}; returns the message id the sandbox answered and recorded. */
    static String sendTextMessage(Bundle componentBundle, Properties sandbox, String from, String to, String text)
            throws Exception {
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            // the wrapped Camel finds components through a class loader, not through OSGi: the component bundle's
            camel.setApplicationContextClassLoader(componentBundle.adapt(BundleWiring.class).getClassLoader());
            Component messaging = camel.getComponent("messaging", true, false);
            assertEquals("io.camelmessaging.component.MessagingComponent", messaging.getClass().getName());
            assertEquals(componentBundle, FrameworkUtil.getBundle(messaging.getClass()));
            Map<String, Object> options = new HashMap<>();
            sandbox.stringPropertyNames().stream().filter(name -> !name.equals(BASE_URI))
                    .forEach(name -> options.put(name, sandbox.getProperty(name)));
            PropertyBindingSupport.build().bind(camel, messaging, options);
            camel.start();

            Exchange sent = camel.createProducerTemplate().request(
                    "messaging:sendTextMessage?originationIdentity=RAW(" + from + ")", exchange -> {
                        exchange.getMessage().setBody(text);
                        exchange.getMessage().setHeader("CamelMessagingDestinationPhoneNumber", to);
                    });
            assertNull("the send failed", sent.getException());
            String messageId = sent.getMessage().getHeader("CamelMessagingMessageId", String.class);
            assertNotNull("no CamelMessagingMessageId", messageId);

            JsonNode recorded = recordedMessages(sandbox.getProperty(BASE_URI));
            assertEquals(recorded.toString(), 1, recorded.size());
            assertEquals(to, recorded.get(0).path("to").asText());
            assertEquals(from, recorded.get(0).path("from").asText());
            assertEquals(text, recorded.get(0).path("body").asText());
            assertEquals(messageId, recorded.get(0).path("messageId").asText());
            return messageId;
        }
    }

    private static JsonNode recordedMessages(String baseUri) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(baseUri + "/sandbox/messages")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(response.body(), 200, response.statusCode());
        return new ObjectMapper().readTree(response.body());
    }
}
