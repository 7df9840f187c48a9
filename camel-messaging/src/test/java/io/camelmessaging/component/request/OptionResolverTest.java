package io.camelmessaging.component.request;

import io.camelmessaging.component.MessagingConfiguration;
import io.camelmessaging.component.MessagingConstants;
import io.camelmessaging.component.validation.Violations;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.engine.HashMapHeadersMapFactory;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headers, found once by a scan of the message's headers, win over the endpoint's options as Camel's own lookups
 * would: in any case with Camel's default header map and only in their own case with a case-sensitive one, a null
 * header being absent, and other headers read as they are.
 */
class OptionResolverTest {

    private final CamelContext camel = new DefaultCamelContext();

    @BeforeEach
    void start() {
        camel.start();
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    @Test
    void aHeaderOfAnyCaseWinsAndANullHeaderIsAbsent() {
        MessagingConfiguration config = new MessagingConfiguration();
        config.setConfigurationSetName("endpoint-set");
        config.setTag("endpoint-tag");
        config.setTimeToLive(60);
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setHeader("camelmessagingCONFIGURATIONSETNAME", "header-set");
        exchange.getMessage().setHeader(MessagingConstants.TAG, null);
        exchange.getMessage().setHeader(MessagingConstants.TIME_TO_LIVE, "120");
        exchange.getMessage().setHeader("orderId", "A-1");
        Violations violations = new Violations();

        OptionResolver options = new OptionResolver(exchange, config, violations);

        assertThat(options.get(MessagingConstants.CONFIGURATION_SET_NAME, String.class,
                MessagingConfiguration::getConfigurationSetName)).isEqualTo("header-set");
        assertThat(options.get(MessagingConstants.TAG, String.class, MessagingConfiguration::getTag))
                .isEqualTo("endpoint-tag");
        assertThat(options.get(MessagingConstants.TIME_TO_LIVE, Integer.class, MessagingConfiguration::getTimeToLive))
                .isEqualTo(120);
        assertThat(options.get("ORDERID", String.class, c -> null)).isEqualTo("A-1");
        assertThat(options.hasHeader(MessagingConstants.MEDIA_URLS)).isFalse();
        assertThat(options.map(MessagingConstants.CONTEXT, MessagingConfiguration::getContext)).isEmpty();
    }

    @Test
    void aCaseSensitiveHeaderMapFindsHeadersInTheirOwnCaseOnly() {
        camel.getCamelContextExtension().setHeadersMapFactory(new HashMapHeadersMapFactory());
        MessagingConfiguration config = new MessagingConfiguration();
        config.setTag("endpoint-tag");
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setHeader("camelmessagingtag", "other-case");
        exchange.getMessage().setHeader(MessagingConstants.CONFIGURATION_SET_NAME, "header-set");

        OptionResolver options = new OptionResolver(exchange, config, new Violations());

        assertThat(options.get(MessagingConstants.TAG, String.class, MessagingConfiguration::getTag))
                .isEqualTo("endpoint-tag");
        assertThat(options.get(MessagingConstants.CONFIGURATION_SET_NAME, String.class,
                MessagingConfiguration::getConfigurationSetName)).isEqualTo("header-set");
    }
}
