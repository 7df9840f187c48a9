package io.camelmessaging.component.request;

import io.camelmessaging.component.MessagingConfiguration;
import io.camelmessaging.component.MessagingConstants;
import io.camelmessaging.component.MessagingValidationException;
import io.camelmessaging.component.validation.Violations;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The endpoint's options are resolved and validated once and reused for every message that overrides none of them;
 * a header that overrides one, in any case, gets options of its own; the endpoint's findings are reported on every
 * message; options that would read the message cannot be resolved once.
 */
class EndpointOptionsTest {

    /** Options as an operation has them: a tag and a time to live of at most 100. */
    record TestOptions(String tag, Integer timeToLive) {

        static TestOptions resolve(OptionResolver r) {
            return new TestOptions(r.get(MessagingConstants.TAG, String.class, MessagingConfiguration::getTag),
                    r.get(MessagingConstants.TIME_TO_LIVE, Integer.class, MessagingConfiguration::getTimeToLive));
        }

        void validate(Violations v) {
            v.range("TimeToLive", timeToLive, 1, 100);
        }
    }

    private final CamelContext camel = new DefaultCamelContext();
    private final MessagingConfiguration config = new MessagingConfiguration();
    private final EndpointOptions<TestOptions> endpointOptions =
            new EndpointOptions<>(TestOptions::resolve, TestOptions::validate);

    @BeforeEach
    void start() {
        camel.start();
        config.setTag("endpoint-tag");
        config.setTimeToLive(50);
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    @Test
    void messagesThatOverrideNoOptionShareTheEndpointsOptions() {
        TestOptions first = resolve(exchange(MessagingConstants.DESTINATION_PHONE_NUMBER, "+12065550123"));
        TestOptions second = resolve(exchange("orderId", "A-1"));

        assertThat(first).isEqualTo(new TestOptions("endpoint-tag", 50)).isSameAs(second);
    }

    @Test
    void aHeaderOfAnyCaseGetsOptionsOfItsOwnEvenOnTheFirstMessage() {
        TestOptions overridden = resolve(exchange("camelmessagingtag", "header-tag"));
        TestOptions plain = resolve(exchange("orderId", "A-1"));
        TestOptions later = resolve(exchange(MessagingConstants.TIME_TO_LIVE, "7"));

        assertThat(overridden).isEqualTo(new TestOptions("header-tag", 50));
        assertThat(plain).isEqualTo(new TestOptions("endpoint-tag", 50));
        assertThat(later).isEqualTo(new TestOptions("endpoint-tag", 7)).isNotSameAs(plain);
    }

    @Test
    void theEndpointsFindingsAreReportedOnEveryMessageAndAHeaderCanFixThem() {
        config.setTimeToLive(500);

        for (int i = 0; i < 2; i++) {
            Violations violations = new Violations();
            endpointOptions.validate(resolve(exchange("orderId", "A-" + i)), violations);
            assertThatThrownBy(() -> violations.throwIfAny("aws")).isInstanceOf(MessagingValidationException.class)
                    .hasMessageContaining("TimeToLive").hasMessageContaining("500")
                    .hasMessageContaining("must be between 1 and 100");
        }
        Violations fixed = new Violations();
        endpointOptions.validate(resolve(exchange(MessagingConstants.TIME_TO_LIVE, 60)), fixed);
        fixed.throwIfAny("aws");
    }

    @Test
    void optionsThatReadTheMessageCannotBeResolvedOnce() {
        EndpointOptions<String> readsBody = new EndpointOptions<>(OptionResolver::body, (body, v) -> { });
        EndpointOptions<String> readsOtherHeader = new EndpointOptions<>(
                r -> r.get("orderId", String.class, c -> null), (value, v) -> { });
        OptionResolver options = new OptionResolver(exchange("orderId", "A-1"), config, new Violations());

        assertThatThrownBy(() -> readsBody.resolve(options)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Options resolved once per endpoint cannot read the message");
        assertThatThrownBy(() -> readsOtherHeader.resolve(options)).isInstanceOf(IllegalStateException.class)
                .hasMessage("orderId is not one of the component's own headers");
    }

    private TestOptions resolve(Exchange exchange) {
        return endpointOptions.resolve(new OptionResolver(exchange, config, new Violations()));
    }

    private Exchange exchange(String header, Object value) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setBody("Hello");
        exchange.getMessage().setHeader(header, value);
        return exchange;
    }
}
