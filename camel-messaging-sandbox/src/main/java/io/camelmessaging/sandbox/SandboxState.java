package io.camelmessaging.sandbox;

import java.net.URI;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

/**
 * What the sandbox's APIs share: the recorded messages and requests, the faults to inject, the ACS repeatability
 * record, the emulated SQS queues and the events emitted after sends.
 */
final class SandboxState implements AutoCloseable {

    final Recorder<RecordedMessage> messages;
    final Recorder<RecordedRequest> requests;
    final FaultInjector faults;
    final AcsRepeatability repeatability;
    final SqsQueues queues;
    final EventGridPusher pusher;
    final EventEmitter emitter;
    final InboundMessages inbound;
    final SandboxEvents events;
    private final ScheduledExecutorService scheduler;
    private final ExecutorService deliveries;

    SandboxState(SandboxConfig config, Clock clock, Supplier<URI> baseUri) {
        this.messages = new Recorder<>(config.maxRecorded());
        this.requests = new Recorder<>(config.maxRecorded());
        this.faults = new FaultInjector(config.seed());
        this.repeatability = new AcsRepeatability(config.repeatabilityWindow(), clock);
        this.queues = new SqsQueues(baseUri, config.maxReceiveCount());
        this.scheduler = Executors.newSingleThreadScheduledExecutor(daemon("messaging-sandbox-events"));
        this.deliveries = Executors.newFixedThreadPool(4, daemon("messaging-sandbox-eventgrid"));
        this.pusher = new EventGridPusher(config.maxRecorded(), deliveries, scheduler);
        AwsEventShapes awsShapes = new AwsEventShapes(baseUri);
        this.emitter = new EventEmitter(config, queues, pusher, awsShapes, scheduler);
        this.inbound = new InboundMessages(emitter, awsShapes);
        this.events = new SandboxEvents(emitter, pusher, inbound);
    }

    /** An accepted AWS End User Messaging send. */
    void awsSent(RecordedMessage message) {
        inbound.sent(message);
        emitter.awsSent(message);
    }

    void clear() {
        messages.clear();
        requests.clear();
        faults.clear();
        repeatability.clear();
        emitter.clear();
        pusher.clear();
        inbound.clear();
        queues.clear();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        deliveries.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
