package io.camelmessaging.sandbox;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The sandbox's own pages under {@code /sandbox/}: the outbox, the recorded messages and requests as JSON, and fault
 * injection over HTTP.
 * <p>
 * {@code POST /sandbox/faults} takes {@code {"kind":"EVENT", "event":"DUPLICATE|OUT_OF_ORDER|NOT_JSON|UNKNOWN_TYPE",
 * "times":1}} for the next emitted events ({@link EventFaults}), or
 * {@code {"kind":"AWS_ERROR|STATUS|DELAY|DROP_CONNECTION|DELIVERY_STATUS", "type":
 * "ThrottlingException", "status":400, "message":"...", "delayMillis":0, "times":1, "recipient":"+1...",
 * "probability":0.1, "members":{"Reason":"..."}}}: with {@code recipient} the fault applies to that recipient
 * ({@code times} times, default always), with {@code probability} at random, otherwise to the next {@code times}
 * requests. {@code DELETE /sandbox/faults} removes every fault, event faults included.
 * <p>
 * Every page refuses requests that may come from another web site ({@link LoopbackGuard}) with 403, and a body not
 * declared {@code application/json} with 415.
 */
final class SandboxPages implements SandboxApi {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final SandboxState state;

    SandboxPages(SandboxState state) {
        this.state = state;
    }

    @Override
    public boolean handles(HttpCall call) {
        return call.rawPath().startsWith("/sandbox");
    }

    @Override
    public void handle(HttpCall call) throws IOException {
        if (LoopbackGuard.refused(call)) {
            return;
        }
        String route = call.method() + " " + call.rawPath();
        switch (route) {
            case "GET /sandbox", "GET /sandbox/" -> call.answer(200, "text/html; charset=utf-8",
                    OutboxPage.render(state.messages.snapshot(), state.emitter::latestStatus), Map.of());
            case "GET /sandbox/messages" -> json(call, 200, state.messages.snapshot());
            case "GET /sandbox/requests" -> json(call, 200, state.requests.snapshot());
            case "DELETE /sandbox/messages" -> {
                state.messages.clear();
                state.requests.clear();
                json(call, 200, Map.of("cleared", true));
            }
            case "POST /sandbox/faults" -> addFault(call);
            case "DELETE /sandbox/faults" -> {
                state.faults.clear();
                state.emitter.faults().clear();
                json(call, 200, Map.of("cleared", true));
            }
            default -> json(call, 404, Map.of("error", "No sandbox page " + route));
        }
    }

    private void addFault(HttpCall call) throws IOException {
        JsonNode spec;
        Fault fault;
        try {
            spec = JSON.readTree(call.body());
            if ("EVENT".equals(spec.path("kind").asText())) {
                EventFault eventFault = EventFault.valueOf(spec.path("event").asText());
                state.emitter.faults().next(spec.path("times").asInt(1), eventFault);
                json(call, 200, Map.of("added", "EVENT " + eventFault));
                return;
            }
            fault = switch (Fault.Kind.valueOf(spec.path("kind").asText("AWS_ERROR"))) {
                case AWS_ERROR -> Fault.awsError(spec.path("type").asText("ThrottlingException"),
                        spec.path("status").asInt(400), spec.path("message").asText("Injected fault"));
                case STATUS -> Fault.status(spec.path("status").asInt(503));
                case DELAY -> Fault.delay(Duration.ofMillis(spec.path("delayMillis").asLong(1000)));
                case DROP_CONNECTION -> Fault.dropConnection();
                case DELIVERY_STATUS -> Fault.deliveryStatus(spec.path("type").asText("OPT_OUT"),
                        spec.path("status").asInt(400), spec.path("message").asText("Injected delivery status"));
            };
        } catch (IOException | IllegalArgumentException e) {
            json(call, 400, Map.of("error", "Not a fault: " + e.getMessage()));
            return;
        }
        for (var member : (Iterable<Map.Entry<String, JsonNode>>) spec.path("members")::fields) {
            fault = fault.with(member.getKey(), member.getValue().asText());
        }
        if (spec.has("recipient")) {
            state.faults.forRecipient(spec.get("recipient").asText(), spec.path("times").asInt(Integer.MAX_VALUE), fault);
        } else if (spec.has("probability")) {
            state.faults.randomly(spec.get("probability").asDouble(), fault);
        } else {
            state.faults.next(spec.path("times").asInt(1), fault);
        }
        json(call, 200, Map.of("added", fault.toString()));
    }

    private static void json(HttpCall call, int status, Object value) throws IOException {
        call.answer(status, "application/json", JSON.writeValueAsString(value), Map.of());
    }
}
