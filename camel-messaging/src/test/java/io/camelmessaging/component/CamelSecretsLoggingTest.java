package io.camelmessaging.component;

import java.util.Set;

import io.camelmessaging.sandbox.MessagingSandbox;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Camel itself prints of secrets that reach it other than as component options set in Java, as the README's
 * "Secrets" section states: the endpoint URIs Camel prints are masked, but Camel core traces a URI raw before masking
 * it, and prints placeholder values and Camel Main component properties at DEBUG. The component prints none of them.
 */
class CamelSecretsLoggingTest extends SandboxTestSupport {

    private static final String SECRET = "secretKeyOfTheCamelLoggingTest/5c2a91e0d7+b34f";
    private static final String AWS = "messaging:sendTextMessage?destinationPhoneNumber=RAW(+12065550123)";

    @Test
    void aSecretInAnEndpointUriIsMaskedInTheUriCamelPrintsButTracedRaw() {
        String uri = AWS + "&secretKey=RAW(" + SECRET + ")";
        try (CapturedLogs logs = CapturedLogs.install(Level.TRACE)) {
            Exchange exchange = send(uri, "hi");

            assertThat(exchange.getException(MessagingServiceException.class).getHttpStatus()).isEqualTo(403);
            assertThat(causeChain(exchange.getException())).doesNotContain(SECRET);
            assertOnlyCamelCorePrints(logs.printers(SECRET), "TRACE");
        }
        assertThat(context.getEndpoint(uri).toString()).doesNotContain(SECRET).contains("secretKey=xxxxxx");
    }

    @Test
    void aPlaceholderValueIsPrintedAtDebug() {
        context.getPropertiesComponent().addOverrideProperty("aws.secretKey", SECRET);
        try (CapturedLogs logs = CapturedLogs.install(Level.DEBUG)) {
            Exchange exchange = send(AWS + "&secretKey={{aws.secretKey}}", "hi");

            assertThat(exchange.getException(MessagingServiceException.class).getHttpStatus()).isEqualTo(403);
            assertOnlyCamelCorePrints(logs.printers(SECRET), "DEBUG");
        }
    }

    @Test
    void camelMainPrintsComponentPropertiesAtDebug() throws Exception {
        Main main = new Main();
        sandbox.componentProperties().forEach(main::addInitialProperty);
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:sms").to("messaging:sendTextMessage");
            }
        });
        try (CapturedLogs logs = CapturedLogs.install(Level.DEBUG)) {
            main.start();
            main.stop();

            assertOnlyCamelCorePrints(logs.printers(MessagingSandbox.AWS_SECRET_ACCESS_KEY), "DEBUG");
            assertOnlyCamelCorePrints(logs.printers(sandbox.acsConnectionString()), "DEBUG");
        }
    }

    /** Some logger of Camel core printed the secret, at {@code level}, and no other logger did. */
    private static void assertOnlyCamelCorePrints(Set<String> printers, String level) {
        assertThat(printers).isNotEmpty().allMatch(printer -> printer.startsWith(level + " org.apache.camel."));
    }
}
