package io.camelmessaging.sandbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the sandbox's APIs share: the recorded messages and requests, the faults to inject and the ACS
 * repeatability record.
 */
final class SandboxState {

    final Recorder<RecordedMessage> messages;
    final Recorder<RecordedRequest> requests;
    final FaultInjector faults;
    /** ACS items already answered, by repeatability request id. */
    final Map<String, JsonNode> repeatability = new ConcurrentHashMap<>();

    SandboxState(SandboxConfig config) {
        this.messages = new Recorder<>(config.maxRecorded());
        this.requests = new Recorder<>(config.maxRecorded());
        this.faults = new FaultInjector(config.seed());
    }

    void clear() {
        messages.clear();
        requests.clear();
        faults.clear();
        repeatability.clear();
    }
}
