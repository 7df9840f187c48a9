package io.camelmessaging.component;

import java.util.Collection;

import io.camelmessaging.sandbox.Fault;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.impl.health.DefaultHealthCheckRegistry;
import org.apache.camel.spi.Registry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Micrometer metrics of what was sent, and the producer health checks.
 */
class ObservabilityTest extends SandboxTestSupport {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("meters", meters);
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camel = super.createCamelContext();
        HealthCheckRegistry health = new DefaultHealthCheckRegistry();
        health.setCamelContext(camel);
        HealthCheckRepository producers = (HealthCheckRepository) health.resolveById("producers");
        producers.setEnabled(true);
        health.register(producers);
        camel.getCamelContextExtension().addContextPlugin(HealthCheckRegistry.class, health);
        return camel;
    }

    @Test
    void messagesPartsRecipientsAndLatencyAreCountedByOutcome() {
        sandbox.faults().forRecipient("+12065550102", Fault.awsError("ConflictException", 400, "opted out")
                .with("Reason", "DESTINATION_PHONE_NUMBER_OPTED_OUT"));

        send("messaging:sendTextMessage", "x".repeat(200), MessagingConstants.DESTINATION_PHONE_NUMBER,
                "+12065550101,+12065550102");

        assertThat(meters.get("messaging.messages").tags("provider", "aws", "operation", "sendTextMessage",
                "status", "ACCEPTED").counter().count()).isEqualTo(1.0);
        assertThat(meters.get("messaging.messages").tags("status", "OPT_OUT").counter().count()).isEqualTo(1.0);
        assertThat(meters.get("messaging.recipients").counter().count()).isEqualTo(2.0);
        assertThat(meters.get("messaging.parts").counter().count()).as("2 parts of the one accepted").isEqualTo(2.0);
        assertThat(meters.get("messaging.send").tags("outcome", "failed").timer().count()).isEqualTo(1);
    }

    @Test
    void producerHealthChecksTellWhetherTheProviderIsReachable() throws Exception {
        // port 1: below the ephemeral range, so the check cannot connect to its own local port (Linux self-connect)
        String unreachable = "http://127.0.0.1:1";
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:up").to("messaging:sendTextMessage?originationIdentity=Up");
                from("direct:down").to("messaging:sendTextMessage?originationIdentity=Down&uriEndpointOverride="
                                       + unreachable);
            }
        });

        Collection<HealthCheck.Result> results = HealthCheckHelper.invoke(context, check -> java.util.Map.of(), check -> false, "full");

        assertThat(results).filteredOn(r -> r.getCheck().getId().startsWith("producer:messaging-"))
                .extracting(HealthCheck.Result::getState)
                .containsExactlyInAnyOrder(HealthCheck.State.UP, HealthCheck.State.DOWN);
        assertThat(results).filteredOn(r -> r.getState() == HealthCheck.State.DOWN)
                .singleElement().satisfies(r -> assertThat(r.getMessage()).hasValueSatisfying(
                        message -> assertThat(message).startsWith("Cannot connect to 127.0.0.1:1: ")));
    }
}
