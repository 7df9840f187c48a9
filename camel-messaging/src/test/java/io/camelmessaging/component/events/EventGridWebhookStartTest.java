package io.camelmessaging.component.events;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.StringJoiner;

import io.camelmessaging.component.CapturedLogs;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.engine.DefaultComponentResolver;
import org.apache.camel.spi.ComponentResolver;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.camelmessaging.component.events.EventGridWebhookConsumerTest.SECRET;
import static io.camelmessaging.component.events.EventGridWebhookConsumerTest.SECRET_QUERY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Route start of the azure {@code messaging:events} consumer: refused without a secret, with a bad path, without a
 * platform-http engine; and the secret absent from what Camel prints of the endpoint and from every log line, at TRACE
 * for the component, while requests are refused and events fail.
 */
class EventGridWebhookStartTest {

    private static final String ROUTE_START_FAILED = "Route start did not fail";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "path=/events/acs                             | Option webhookSecret is required by messaging:events of provider azure",
            "path=/events/acs&webhookSecret=RAW( )        | Option webhookSecret is required",
            "webhookSecret=s                              | Option path of messaging:events of provider azure must start with /",
            "path=events&webhookSecret=s                  | must start with / and hold only letters, digits and - . _ ~ /, e.g. /events/acs; was events",
            "path=/events/{id}&webhookSecret=s            | was /events/{id}" })
    void routeStartFailsNamingTheOption(String options, String message) throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            PlatformHttpServers.addTo(context);
            addRoute(context, "messaging:events?provider=azure&" + options);

            assertThat(causes(catchThrowable(context::start))).contains(message);
        }
    }

    @Test
    void routeStartFailsWithoutARunningPlatformHttpEngineNamingTheDependencies() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            addRoute(context, "messaging:events?provider=azure&path=/events/acs&webhookSecret=s");

            assertThat(causes(catchThrowable(context::start)))
                    .contains("messaging:events of provider azure could not serve its webhook at /events/acs on "
                              + "Camel's platform-http")
                    .contains("it needs a running platform-http engine; " + EventGridWebhookConsumer.ENGINES);
        }
    }

    @Test
    void routeStartFailsWithoutPlatformHttpOnTheClassPathNamingTheDependencies() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            // what Camel sees when no jar provides platform-http: its component resolver finds nothing by that name
            ComponentResolver classPath = new DefaultComponentResolver();
            context.getCamelContextExtension().addContextPlugin(ComponentResolver.class, (name, camelContext) ->
                    EventGridWebhookConsumer.PLATFORM_HTTP.equals(name) ? null
                            : classPath.resolveComponent(name, camelContext));
            addRoute(context, "messaging:events?provider=azure&path=/events/acs&webhookSecret=s");

            assertThat(causes(catchThrowable(context::start)))
                    .contains("serves its webhook on Camel's platform-http, which is not on the class path: "
                              + EventGridWebhookConsumer.ENGINES);
        }
    }

    @Test
    void theSecretIsAbsentFromThePrintedEndpointAndFromEveryLogLine() throws Exception {
        try (CapturedLogs logs = CapturedLogs.install(Level.DEBUG); CamelContext context = new DefaultCamelContext()) {
            int port = PlatformHttpServers.addTo(context);
            addRoute(context, "messaging:events?provider=azure&path=/events/acs&webhookSecret=RAW(" + SECRET + ")");
            context.start();
            HttpClient http = PlatformHttpServers.client();
            URI base = URI.create("http://localhost:" + port + "/events/acs");

            int wrong = http.send(HttpRequest.newBuilder(URI.create(base + "?secret=" + SECRET + "x"))
                    .POST(HttpRequest.BodyPublishers.ofString("[]")).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode();
            int failing = http.send(HttpRequest.newBuilder(URI.create(base + "?" + SECRET_QUERY))
                    .POST(HttpRequest.BodyPublishers.ofString("not json")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
            context.getRouteController().stopRoute("events");
            context.getRouteController().startRoute("events");

            assertThat(wrong).isEqualTo(403);
            assertThat(failing).isEqualTo(400);
            StringJoiner printed = new StringJoiner("\n");
            context.getEndpoints().stream().map(Endpoint::toString).forEach(printed::add);
            assertThat(printed.toString()).contains("messaging://events").contains("platform-http:///events/acs");
            assertThat(logs.linesContaining("messaging://events")).as("the route's start and stop are logged")
                    .isNotEmpty();
            assertThat(logs.linesContaining("Unreadable azure event")).as("the failed event is logged").isNotEmpty();
            for (String secretText : new String[] { SECRET, SECRET_QUERY.substring("secret=".length()),
                                                    "webhook-secret-of-the-test" }) {
                assertThat(printed.toString()).doesNotContain(secretText);
                assertThat(logs.linesContaining(secretText)).isEmpty();
            }
        }
    }

    private static void addRoute(CamelContext context, String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("events").to("mock:events");
            }
        });
    }

    /** The messages of an exception and all its causes. */
    private static String causes(Throwable failure) {
        assertThat(failure).as(ROUTE_START_FAILED).isNotNull();
        StringJoiner messages = new StringJoiner("\n");
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.add(String.valueOf(t.getMessage()));
        }
        return messages.toString();
    }
}
