package io.camelmessaging.component;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleResolver;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared rate limiters as an operator sees them: the {@code messaging} dev console and the endpoint's JMX
 * attributes.
 */
class RateLimiterViewsTest extends SandboxTestSupport {

    private static final String URI = "messaging:sendTextMessage?originationIdentity=RAW(+12065550100)"
                                      + "&maxPartsPerSecond=50";

    @Override
    public void configureTest(TestExecutionConfiguration testExecutionConfiguration) {
        super.configureTest(testExecutionConfiguration);
        testExecutionConfiguration.withEnableJMX();
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to(URI);
            }
        };
    }

    @Test
    void theDevConsoleShowsEachSharedLimiterWithWhatItGranted() {
        send(URI, "x".repeat(200), MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550101");

        DevConsole console = context.getCamelContextExtension().getContextPlugin(DevConsoleResolver.class)
                .resolveDevConsole("messaging");
        String text = (String) console.call(DevConsole.MediaType.TEXT);
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON);

        assertThat(text).contains("Component: messaging", "aws|+12065550100|50/PT1S", "grantedTokens: 2",
                "providerThrottles: 0");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> limiters = (List<Map<String, Object>>) ((Map<String, Object>) json.get("messaging"))
                .get("rateLimiters");
        assertThat(limiters).singleElement().satisfies(stats -> {
            assertThat(stats).containsEntry("tokensPerPeriod", 50L).containsEntry("grantedTokens", 2L);
            assertThat((Long) stats.get("availableTokens")).isBetween(0L, 50L);
        });
    }

    @Test
    void theEndpointShowsItsLimiterOverJmx() throws Exception {
        send("direct:send", "hello", MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550101");

        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        Set<ObjectName> endpoints = server.queryNames(new ObjectName("org.apache.camel:type=endpoints,*"), null);
        ObjectName endpoint = endpoints.stream().filter(name -> name.toString().contains("maxPartsPerSecond"))
                .findFirst().orElseThrow(() -> new AssertionError("no messaging endpoint in " + endpoints));

        assertThat(server.getAttribute(endpoint, "RateLimiterName")).isEqualTo("aws|+12065550100|50/PT1S");
        assertThat(server.getAttribute(endpoint, "RateLimiterGrantedTokens")).isEqualTo(1L);
        assertThat(server.getAttribute(endpoint, "RateLimiterProviderThrottles")).isEqualTo(0L);
        assertThat(server.getAttribute(endpoint, "RateLimiterPausedUntil")).isNull();
    }
}
