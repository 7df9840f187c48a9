package io.camelmessaging.component;

import java.io.InputStream;
import java.util.Iterator;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelmessaging.component.events.PlatformHttpServers;
import io.camelmessaging.component.provider.SupportedOptions;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The table of options per operation and provider agrees with the generated {@code messaging.json}, and route start
 * enforces it both ways: every option an operation supports starts, every other claimed option fails naming itself
 * and the provider.
 */
class SupportedOptionsTest extends SandboxTestSupport {

    private static final JsonNode PROPERTIES = metadata().get("properties");

    @Test
    void everyEndpointOptionIsCommonOrClaimedAndEveryNameInTheTableExists() {
        Set<String> endpointOptions = new TreeSet<>();
        PROPERTIES.fieldNames().forEachRemaining(endpointOptions::add);
        Set<String> claimed = SupportedOptions.claimed();

        assertThat(endpointOptions).as("options neither common nor claimed by an operation")
                .allMatch(o -> SupportedOptions.COMMON.contains(o) || claimed.contains(o));
        assertThat(claimed).as("claimed options missing from messaging.json").isSubsetOf(endpointOptions);
        assertThat(SupportedOptions.COMMON).as("common options missing from messaging.json")
                .isSubsetOf(endpointOptions);
        assertThat(claimed).as("an option is either common or claimed").doesNotContainAnyElementsOf(
                SupportedOptions.COMMON);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("offered")
    void everySupportedOptionStartsTogether(MessagingProvider provider, MessagingOperation operation) {
        StringJoiner query = new StringJoiner("&", "messaging:" + operation + "?provider=" + provider + "&", "");
        SupportedOptions.of(provider, operation).stream()
                .filter(option -> isText(option) && !SupportedOptions.SENDING.contains(option))
                .forEach(option -> query.add(sample(option)));

        assertThatCode(() -> startRoute(query.toString())).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("offered")
    void everyOtherClaimedOptionFailsRouteStartNamingItAndTheProvider(MessagingProvider provider,
                                                                       MessagingOperation operation) {
        Set<String> unsupported = new TreeSet<>(SupportedOptions.claimed());
        unsupported.removeAll(SupportedOptions.of(provider, operation));
        unsupported.removeIf(option -> !isText(option));
        assertThat(unsupported).isNotEmpty();
        for (String option : unsupported) {
            assertRouteStartFails("messaging:" + operation + "?provider=" + provider + "&" + sample(option),
                    "Option(s) [" + option + "] are not supported by operation " + operation + " of provider "
                                                                                             + provider);
        }
    }

    @Test
    void anOperationTheProviderDoesNotOfferFailsRouteStart() {
        assertThat(SupportedOptions.of(MessagingProvider.azure, MessagingOperation.sendMessages)).isEmpty();
        assertRouteStartFails("messaging:sendMessages?provider=azure",
                "Operation sendMessages is not offered for provider azure: use provider aws");
    }

    static Stream<Arguments> offered() {
        return Stream.of(MessagingProvider.values()).flatMap(p -> Stream.of(MessagingOperation.values())
                .filter(o -> !SupportedOptions.of(p, o).isEmpty()).map(o -> Arguments.of(p, o)));
    }

    /** Whether the option can be written in a URI as text (not a bean such as a client or a repository). */
    private static boolean isText(String option) {
        return !"object".equals(PROPERTIES.get(option).get("type").asText());
    }

    /** A URI parameter that sets the option to a value other than its default. */
    private static String sample(String option) {
        if ("path".equals(option)) {
            return "path=/x";
        }
        JsonNode property = PROPERTIES.get(option);
        if (property.has("prefix")) {
            return property.get("prefix").asText() + "k=v";
        }
        if (property.has("enum")) {
            Iterator<JsonNode> values = property.get("enum").elements();
            String last = null;
            while (values.hasNext()) {
                last = values.next().asText();
            }
            return option + "=" + last;
        }
        return option + "=" + switch (property.get("type").asText()) {
            case "boolean" -> "true";
            case "integer" -> "5";
            default -> "x";
        };
    }

    /** The platform-http engine the azure {@code events} webhook registers on. */
    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        PlatformHttpServers.addTo(context);
        return context;
    }

    private void startRoute(String uri) throws Exception {
        context.addRoutes(routeWith(uri));
    }

    private static JsonNode metadata() {
        try (InputStream in = SupportedOptionsTest.class.getResourceAsStream(
                "/META-INF/io/camelmessaging/component/messaging.json")) {
            return new ObjectMapper().readTree(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
