package io.camelmessaging.component.observe;

import java.util.List;

import io.camelmessaging.component.MessagingResult;
import org.apache.camel.CamelContext;

/**
 * Records what the producers send: messages by provider, operation and status, SMS parts, recipients, latency.
 * Micrometer is used when it is on the classpath and a {@code MeterRegistry} is in the Camel registry; otherwise
 * nothing is recorded.
 */
public interface MessagingMetrics {

    /** Records one send: the results of its recipients, the SMS parts per recipient (0 if none) and its duration. */
    void record(String provider, String operation, List<MessagingResult> results, int partsPerRecipient,
                long durationNanos);

    /** The metrics of a CamelContext: Micrometer's when available, otherwise none. */
    static MessagingMetrics of(CamelContext context) {
        try {
            Class.forName("io.micrometer.core.instrument.MeterRegistry", false, MessagingMetrics.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return (provider, operation, results, parts, nanos) -> {
            };
        }
        return MicrometerMessagingMetrics.of(context);
    }
}
