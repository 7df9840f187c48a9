package io.camelmessaging.sandbox;

/**
 * What the sandbox's APIs share: the recorded messages and requests and the faults to inject.
 */
final class SandboxState {

    final Recorder<RecordedMessage> messages;
    final Recorder<RecordedRequest> requests;
    final FaultInjector faults;

    SandboxState(SandboxConfig config) {
        this.messages = new Recorder<>(config.maxRecorded());
        this.requests = new Recorder<>(config.maxRecorded());
        this.faults = new FaultInjector(config.seed());
    }

    void clear() {
        messages.clear();
        requests.clear();
        faults.clear();
    }
}
