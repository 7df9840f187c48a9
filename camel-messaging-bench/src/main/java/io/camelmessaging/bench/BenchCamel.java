package io.camelmessaging.bench;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The CamelContext of the JMH microbenchmarks, with a {@link StubSmsVoiceClient} bound as {@code stub}, and their
 * typical text endpoint: a sender, a configuration set and a message type set on the endpoint.
 */
public final class BenchCamel {

    /** The typical text endpoint, sending with the stub client. */
    public static final String TEXT_ENDPOINT = "messaging:sendTextMessage?originationIdentity=RAW(" + BenchInputs.FROM
                                               + ")&configurationSetName=" + BenchInputs.CONFIGURATION_SET
                                               + "&messageType=TRANSACTIONAL&smsVoiceClient=#stub";

    private BenchCamel() {
    }

    /** A started CamelContext with the stub client in its registry. */
    public static CamelContext start() {
        CamelContext camel = new DefaultCamelContext();
        camel.getRegistry().bind("stub", new StubSmsVoiceClient());
        camel.start();
        return camel;
    }
}
