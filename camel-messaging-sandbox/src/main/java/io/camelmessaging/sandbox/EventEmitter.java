package io.camelmessaging.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelmessaging.sandbox.AcsEventShapes.GridEvent;

/**
 * Emits the delivery events of accepted messages like the services, {@link SandboxConfig#eventDelay} after the send,
 * with the outcome set for the recipient (default {@link DeliveryOutcome#DELIVERED}): AWS sends that name a
 * {@code ConfigurationSetName} get an intermediate {@code *_PENDING} event and then the final one in the events
 * queue; ACS sends with {@code enableDeliveryReport} get one {@code SMSDeliveryReportReceived} pushed to the Event
 * Grid subscriptions. Every emitted event, inbound ones included, passes through the {@link EventFaults}. Keeps each
 * message's latest status for the outbox page.
 */
final class EventEmitter {

    private static final String UNKNOWN_AWS_TYPE = "SANDBOX_UNKNOWN_EVENT";

    private final SandboxConfig config;
    private final SqsQueues queues;
    private final EventGridPusher pusher;
    private final AwsEventShapes awsShapes;
    private final ScheduledExecutorService scheduler;
    private final EventFaults faults = new EventFaults();
    private final Map<String, DeliveryOutcome> outcomes = new ConcurrentHashMap<>();
    private final Map<String, String> latestStatus;
    private final AtomicLong generation = new AtomicLong();

    EventEmitter(SandboxConfig config, SqsQueues queues, EventGridPusher pusher, AwsEventShapes awsShapes,
                 ScheduledExecutorService scheduler) {
        this.config = config;
        this.queues = queues;
        this.pusher = pusher;
        this.awsShapes = awsShapes;
        this.scheduler = scheduler;
        this.latestStatus = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > config.maxRecorded();
            }
        });
    }

    EventFaults faults() {
        return faults;
    }

    void outcome(String to, DeliveryOutcome outcome) {
        outcomes.put(to, outcome);
    }

    /** The latest delivery status the events reported for a message id, or null. */
    String latestStatus(String messageId) {
        return latestStatus.get(messageId);
    }

    /** An AWS End User Messaging send was accepted: events only for a configuration set, and not for a dry run. */
    void awsSent(RecordedMessage sent) {
        if (!sent.request().path("ConfigurationSetName").isTextual() || sent.dryRun()) {
            return;
        }
        DeliveryOutcome outcome = outcomes.getOrDefault(sent.to(), DeliveryOutcome.DELIVERED);
        Runnable pending = () -> emitAws(AwsEventShapes.delivery(sent, "PENDING",
                "Message is being delivered to the carrier", false, Instant.now()), sent.messageId());
        Runnable last = () -> emitAws(AwsEventShapes.delivery(sent, outcome.awsStatus(), outcome.awsDescription(),
                true, Instant.now()), sent.messageId());
        boolean swapped = faults.take(EventFault.OUT_OF_ORDER);
        later(swapped ? last : pending, 1);
        later(swapped ? pending : last, 2);
    }

    /** An ACS send was accepted for one recipient: a report only when the request enabled delivery reports. */
    void acsSent(RecordedMessage sent, JsonNode options) {
        if (!options.path("enableDeliveryReport").asBoolean(false)) {
            return;
        }
        String tag = options.path("tag").isTextual() ? options.get("tag").asText() : null;
        DeliveryOutcome outcome = outcomes.getOrDefault(sent.to(), DeliveryOutcome.DELIVERED);
        later(() -> {
            latestStatus.put(sent.messageId(), outcome.acsStatus());
            emitAzure(AcsEventShapes.deliveryReport(sent, tag, outcome, Instant.now()));
        }, 1);
    }

    /** Writes an AWS event into the events queue in the configured envelope, through the faults. */
    void emitAws(ObjectNode event, String messageId) {
        if (messageId != null) {
            latestStatus.put(messageId, event.path("eventType").asText());
        }
        emitAws(event, e -> awsShapes.deliveryBody(config.awsEventEnvelope(), e, Instant.now()));
    }

    /** Writes an AWS event into the events queue in the given envelope, through the faults. */
    void emitAws(ObjectNode event, Function<ObjectNode, String> envelope) {
        String body;
        if (faults.take(EventFault.NOT_JSON)) {
            body = "sandbox event fault: this body is not JSON {" + event.path("messageId").asText();
        } else if (faults.take(EventFault.UNKNOWN_TYPE)) {
            body = envelope.apply(event.deepCopy().put("eventType", UNKNOWN_AWS_TYPE));
        } else {
            body = envelope.apply(event);
        }
        int times = faults.take(EventFault.DUPLICATE) ? 2 : 1;
        SqsQueue queue = queues.queueNamed(SqsQueues.EVENTS_QUEUE, true);
        for (int i = 0; i < times; i++) {
            queue.send(body, Map.of());
        }
    }

    /** Pushes an ACS event to the Event Grid subscriptions, through the faults. */
    void emitAzure(GridEvent event) {
        GridEvent sent = faults.take(EventFault.NOT_JSON) ? event.asNotJson()
                : faults.take(EventFault.UNKNOWN_TYPE) ? event.withType(AcsEventShapes.UNKNOWN_TYPE) : event;
        int times = faults.take(EventFault.DUPLICATE) ? 2 : 1;
        for (int i = 0; i < times; i++) {
            pusher.publish(sent);
        }
    }

    /** Forgets outcomes, statuses and faults, and drops the events not emitted yet. */
    void clear() {
        generation.incrementAndGet();
        outcomes.clear();
        latestStatus.clear();
        faults.clear();
    }

    private void later(Runnable emit, int delays) {
        long current = generation.get();
        Duration delay = config.eventDelay().multipliedBy(delays);
        scheduler.schedule(() -> {
            if (generation.get() == current) {
                emit.run();
            }
        }, delay.toNanos(), TimeUnit.NANOSECONDS);
    }
}
