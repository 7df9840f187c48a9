package io.camelmessaging.component;

import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Kamelet property value reaches the endpoint unchanged, whatever characters it holds: the Kamelets pass each
 * property as {@code RAW({{?name}})}, so pasting the value into the template's URI cannot turn a {@code +} into a
 * space or cut the value at a {@code &} or {@code #}. Checked on the configuration of the endpoint the Kamelet's
 * route creates (nothing is sent), for a free-text option and a secret. Camel's kamelet component takes the values of
 * a {@code kamelet:} URI as written (it decodes no percent-escapes), so a value written without {@code RAW()} arrives
 * as written too.
 */
class KameletPropertyValuesTest extends CamelTestSupport {

    @ParameterizedTest
    @ValueSource(strings = { "+12065550100", "a b", "a&b=c", "a#b", "a%b", "100%", "a/b+c", "a)b", "a;b=c==",
                             "ünï çødé" })
    void aValueInRawReachesTheEndpointUnchanged(String value) {
        MessagingConfiguration created = endpointOf("secretKey=RAW(" + value + ")&configurationSetName=RAW(" + value + ")");

        assertThat(created.getConfigurationSetName()).isEqualTo(value);
        assertThat(created.getSecretKey()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = { "+12065550100", "a+b", "a%2Bb", "a%20b", "a=b" })
    void aValueWithoutRawReachesTheEndpointAsWritten(String value) {
        MessagingConfiguration created = endpointOf("secretKey=" + value + "&configurationSetName=" + value);

        assertThat(created.getConfigurationSetName()).isEqualTo(value);
        assertThat(created.getSecretKey()).isEqualTo(value);
    }

    /** The configuration of the endpoint that {@code messaging-sms-sink} with these properties creates. */
    private MessagingConfiguration endpointOf(String properties) {
        context.addComponent("messaging", new MessagingComponent());
        context.getEndpoint("kamelet:messaging-sms-sink?region=us-east-1&accessKey=AKID&" + properties);
        return context.getEndpoints().stream().filter(MessagingEndpoint.class::isInstance)
                .map(MessagingEndpoint.class::cast).findFirst().orElseThrow().getConfiguration();
    }
}
