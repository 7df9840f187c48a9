package io.camelmessaging.component.observe;

import java.util.List;

import io.camelmessaging.component.provider.RecipientOutcome;
import org.apache.camel.CamelContext;

/**
 * Records what a producer sends: messages by status, SMS parts, recipients, latency, tagged with its provider and
 * operation. Micrometer is used when it is on the classpath and a {@code MeterRegistry} is in the Camel registry;
 * otherwise nothing is recorded.
 */
public interface MessagingMetrics {

    /** Records nothing. */
    MessagingMetrics NONE = (outcomes, parts, nanos) -> {
    };

    /** Records one send: the outcomes of its recipients, the SMS parts per recipient (0 if none) and its duration. */
    void record(List<RecipientOutcome> outcomes, int partsPerRecipient, long durationNanos);

    /** The metrics of a producer of a CamelContext: Micrometer's when available, otherwise {@link #NONE}. */
    static MessagingMetrics of(CamelContext context, String provider, String operation) {
        try {
            Class.forName("io.micrometer.core.instrument.MeterRegistry", false, MessagingMetrics.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return NONE;
        }
        return MicrometerMessagingMetrics.of(context, provider, operation);
    }
}
