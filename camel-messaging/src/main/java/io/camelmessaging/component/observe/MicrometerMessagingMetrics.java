package io.camelmessaging.component.observe;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;

import io.camelmessaging.component.MessagingResult;
import io.camelmessaging.component.MessagingStatus;
import io.camelmessaging.component.provider.RecipientOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.camel.CamelContext;

/**
 * Micrometer meters of one producer: {@code messaging.messages} (counter, tags provider, operation, status: one per
 * recipient), {@code messaging.parts} (SMS parts sent), {@code messaging.recipients} and {@code messaging.send} (timer,
 * tags provider, operation, outcome). Each meter is registered on its first use and kept.
 */
final class MicrometerMessagingMetrics implements MessagingMetrics {

    private static final MessagingStatus[] STATUSES = MessagingStatus.values();
    private static final int RECIPIENTS = STATUSES.length;
    private static final int PARTS = RECIPIENTS + 1;
    private static final int ACCEPTED = PARTS + 1;
    private static final int FAILED = ACCEPTED + 1;

    private final MeterRegistry registry;
    private final String provider;
    private final String operation;
    /** The counters by status, then recipients, parts and the timers of accepted and failed sends; null until used. */
    private final AtomicReferenceArray<Object> meters = new AtomicReferenceArray<>(FAILED + 1);

    private MicrometerMessagingMetrics(MeterRegistry registry, String provider, String operation) {
        this.registry = registry;
        this.provider = provider;
        this.operation = operation;
    }

    static MessagingMetrics of(CamelContext context, String provider, String operation) {
        MeterRegistry registry = context.getRegistry().findSingleByType(MeterRegistry.class);
        return registry == null ? NONE : new MicrometerMessagingMetrics(registry, provider, operation);
    }

    @Override
    public void record(List<RecipientOutcome> outcomes, int partsPerRecipient, long durationNanos) {
        long accepted = 0;
        for (RecipientOutcome outcome : outcomes) {
            MessagingResult result = outcome.result();
            counter(result.status().ordinal()).increment();
            if (result.isAccepted()) {
                accepted++;
            }
        }
        counter(RECIPIENTS).increment(outcomes.size());
        if (partsPerRecipient > 0) {
            counter(PARTS).increment((double) partsPerRecipient * accepted);
        }
        timer(accepted == outcomes.size() ? ACCEPTED : FAILED).record(durationNanos, TimeUnit.NANOSECONDS);
    }

    private Counter counter(int index) {
        Counter counter = (Counter) meters.get(index);
        if (counter == null) {
            counter = (index < RECIPIENTS
                    ? Counter.builder("messaging.messages").description("Messages by recipient outcome")
                            .tags("provider", provider, "operation", operation, "status", STATUSES[index].name())
                    : index == RECIPIENTS
                            ? Counter.builder("messaging.recipients").description("Recipients sent to")
                                    .tags("provider", provider, "operation", operation)
                            : Counter.builder("messaging.parts").description("SMS parts accepted")
                                    .tags("provider", provider, "operation", operation)).register(registry);
            meters.set(index, counter);
        }
        return counter;
    }

    private Timer timer(int index) {
        Timer timer = (Timer) meters.get(index);
        if (timer == null) {
            timer = Timer.builder("messaging.send").description("Time from send to the provider's answer")
                    .tags("provider", provider, "operation", operation, "outcome",
                            index == ACCEPTED ? "accepted" : "failed")
                    .register(registry);
            meters.set(index, timer);
        }
        return timer;
    }
}
