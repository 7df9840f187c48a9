package io.camelmessaging.component;

import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secrets given to the Kamelets as properties (accessKey, secretKey, sessionToken, connectionString,
 * azureAccessKey) appear in nothing Camel logs at INFO while it starts the routes, and are masked in every endpoint as
 * printed, the {@code kamelet:} endpoints the user wrote among them. (Camel's route dump prints URIs as written:
 * {@link KameletRouteDumpTest}.)
 */
class KameletSecretsTest extends CamelTestSupport {

    private static final String ACCESS_KEY = "AKIDSECRETACCESS0001";
    private static final String SECRET_KEY = "secret-key-of-the-kamelet-test";
    private static final String SESSION_TOKEN = "session-token-of-the-kamelet-test";
    private static final String AZURE_KEY = "YXp1cmUta2V5LW9mLXRoZS1rYW1lbGV0LXRlc3Q=";
    private static final String CONNECTION_KEY = "Y29ubmVjdGlvbi1rZXktb2YtdGhlLXRlc3Q=";
    private static final List<String> SECRETS = List.of(ACCESS_KEY, SECRET_KEY, SESSION_TOKEN, AZURE_KEY,
            CONNECTION_KEY);

    private CapturedLogs logs;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        logs = CapturedLogs.install(Level.INFO);
        CamelContext context = super.createCamelContext();
        context.addComponent("messaging", new MessagingComponent());
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:aws").to("kamelet:messaging-sms-sink?region=us-east-1&accessKey=" + ACCESS_KEY
                                      + "&secretKey=RAW(" + SECRET_KEY + ")&sessionToken=" + SESSION_TOKEN
                                      + "&useSessionCredentials=true");
                from("direct:azure").to("kamelet:messaging-sms-sink?provider=azure"
                                        + "&endpoint=https://kamelet-test.communication.azure.com&azureAccessKey=RAW("
                                        + AZURE_KEY + ")");
                from("direct:acs").to("kamelet:messaging-mms-sink?provider=azure&originationIdentity=RAW(+18005550100)"
                                      + "&connectionString=RAW(endpoint=https://kamelet-test.communication.azure.com/;"
                                      + "accesskey=" + CONNECTION_KEY + ")");
            }
        };
    }

    @Test
    void everyEndpointAsPrintedMasksTheSecrets() {
        try (CapturedLogs captured = logs) {
            List<String> printed = context.getEndpoints().stream().map(Endpoint::toString).toList();

            assertThat(printed).anyMatch(uri -> uri.startsWith("kamelet:messaging-sms-sink?"))
                    .anyMatch(uri -> uri.startsWith("messaging://sendMediaMessage"));
            assertThat(captured.linesContaining("Routes startup (total:3 started:3 kamelets:3)")).isNotEmpty();
            for (String secret : SECRETS) {
                assertThat(printed).noneMatch(uri -> uri.contains(secret));
                assertThat(captured.linesContaining(secret)).isEmpty();
            }
        }
    }
}
