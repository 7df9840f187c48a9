package io.camelmessaging.sandbox;

import java.net.URI;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * What the sandbox's APIs share: the recorded messages and requests, the faults to inject, the ACS repeatability
 * record and the emulated SQS queues.
 */
final class SandboxState {

    final Recorder<RecordedMessage> messages;
    final Recorder<RecordedRequest> requests;
    final FaultInjector faults;
    final AcsRepeatability repeatability;
    final SqsQueues queues;

    SandboxState(SandboxConfig config, Clock clock, Supplier<URI> baseUri) {
        this.messages = new Recorder<>(config.maxRecorded());
        this.requests = new Recorder<>(config.maxRecorded());
        this.faults = new FaultInjector(config.seed());
        this.repeatability = new AcsRepeatability(config.repeatabilityWindow(), clock);
        this.queues = new SqsQueues(baseUri, config.maxReceiveCount());
    }

    void clear() {
        messages.clear();
        requests.clear();
        faults.clear();
        repeatability.clear();
        queues.clear();
    }
}
