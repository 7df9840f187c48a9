package io.camelmessaging.sandbox;

import java.time.Clock;

/**
 * What the sandbox's APIs share: the recorded messages and requests, the faults to inject and the ACS
 * repeatability record.
 */
final class SandboxState {

    final Recorder<RecordedMessage> messages;
    final Recorder<RecordedRequest> requests;
    final FaultInjector faults;
    final AcsRepeatability repeatability;

    SandboxState(SandboxConfig config, Clock clock) {
        this.messages = new Recorder<>(config.maxRecorded());
        this.requests = new Recorder<>(config.maxRecorded());
        this.faults = new FaultInjector(config.seed());
        this.repeatability = new AcsRepeatability(config.repeatabilityWindow(), clock);
    }

    void clear() {
        messages.clear();
        requests.clear();
        faults.clear();
        repeatability.clear();
    }
}
