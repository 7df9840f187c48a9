package io.camelmessaging.component.observe;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.camelmessaging.component.MessagingResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.camel.CamelContext;

/**
 * Micrometer meters of the messaging producers: {@code messaging.messages} (counter, tags provider, operation,
 * status: one per recipient), {@code messaging.parts} (SMS parts sent), {@code messaging.recipients} and
 * {@code messaging.send} (timer, tags provider, operation, outcome).
 */
final class MicrometerMessagingMetrics implements MessagingMetrics {

    private final MeterRegistry registry;

    private MicrometerMessagingMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    static MessagingMetrics of(CamelContext context) {
        MeterRegistry registry = context.getRegistry().findSingleByType(MeterRegistry.class);
        return registry == null ? (provider, operation, results, parts, nanos) -> {
        } : new MicrometerMessagingMetrics(registry);
    }

    @Override
    public void record(String provider, String operation, List<MessagingResult> results, int partsPerRecipient,
                       long durationNanos) {
        boolean allAccepted = true;
        for (MessagingResult result : results) {
            Counter.builder("messaging.messages").description("Messages by recipient outcome")
                    .tags("provider", provider, "operation", operation, "status", result.status().name())
                    .register(registry).increment();
            allAccepted &= result.isAccepted();
        }
        long accepted = results.stream().filter(MessagingResult::isAccepted).count();
        Counter.builder("messaging.recipients").description("Recipients sent to")
                .tags("provider", provider, "operation", operation).register(registry).increment(results.size());
        if (partsPerRecipient > 0) {
            Counter.builder("messaging.parts").description("SMS parts accepted")
                    .tags("provider", provider, "operation", operation).register(registry)
                    .increment((double) partsPerRecipient * accepted);
        }
        Timer.builder("messaging.send").description("Time from send to the provider's answer")
                .tags("provider", provider, "operation", operation, "outcome", allAccepted ? "accepted" : "failed")
                .register(registry).record(durationNanos, TimeUnit.NANOSECONDS);
    }
}
