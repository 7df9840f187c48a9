package io.camelmessaging.component;

import java.util.Properties;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camel's route dump ({@code camel.main.dumpRoutes}) prints each endpoint URI as the route wrote it, unmasked: a
 * secret belongs in the Kamelet's properties ({@code camel.kamelet.messaging-sms-sink.secretKey}), not in its URI.
 * Given there, it reaches the endpoint and stays out of the dump.
 */
class KameletRouteDumpTest extends CamelTestSupport {

    private static final String SECRET_KEY = "secret-key-of-the-route-dump-test";
    private static final String IN_THE_URI = "secret-written-into-the-uri";

    private CapturedLogs logs;

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        properties.put("camel.kamelet.messaging-sms-sink.secretKey", SECRET_KEY);
        return properties;
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        logs = CapturedLogs.install(Level.INFO);
        CamelContext context = super.createCamelContext();
        context.setDumpRoutes("xml");
        context.addComponent("messaging", new MessagingComponent());
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:properties").to("kamelet:messaging-sms-sink?region=us-east-1&accessKey=AKIDROUTEDUMP");
                from("direct:uri").to("kamelet:messaging-mms-sink?originationIdentity=RAW(+12065550100)"
                                      + "&region=us-east-1&accessKey=AKIDROUTEDUMP&secretKey=" + IN_THE_URI);
            }
        };
    }

    @Test
    void aSecretInTheKameletsPropertiesStaysOutOfTheDump() {
        try (CapturedLogs captured = logs) {
            assertThat(captured.linesContaining(" routes as XML")).isNotEmpty();
            assertThat(captured.linesContaining(SECRET_KEY)).isEmpty();
            assertThat(context.getEndpoints()).filteredOn(MessagingEndpoint.class::isInstance)
                    .map(endpoint -> ((MessagingEndpoint) endpoint).getConfiguration().getSecretKey())
                    .containsExactlyInAnyOrder(SECRET_KEY, IN_THE_URI);
            assertThat(captured.linesContaining(IN_THE_URI)).as("the dump prints the URI as written").isNotEmpty();
        }
    }
}
