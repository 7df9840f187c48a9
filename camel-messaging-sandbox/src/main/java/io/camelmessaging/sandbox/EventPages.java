package io.camelmessaging.sandbox;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The control calls of the events side, under the same guard as the other sandbox pages ({@link LoopbackGuard}):
 * <ul>
 * <li>{@code POST /sandbox/outcomes} {@code {"to":"+1...","outcome":"DELIVERED|FAILED|BLOCKED|EXPIRED|UNKNOWN"}}</li>
 * <li>{@code POST /sandbox/inbound} {@code {"provider":"aws|azure","from":"+1...","to":"+1...","text":"STOP"}},
 * answered with {@code {"messageId":...}}</li>
 * <li>{@code POST /sandbox/eventgrid/subscriptions} {@code {"endpoint":"http://127.0.0.1:8080/events",
 * "schema":"EventGridSchema|CloudEventSchemaV1_0","name":"...","headers":{"X-Webhook-Secret":"..."},
 * "maxEventsPerBatch":1,"maxDeliveryAttempts":3}}, answered with the {@link SubscriptionState} after the handshake;
 * {@code GET} lists them</li>
 * <li>{@code GET /sandbox/eventgrid/deadletters}: the {@link EventGridDeadLetter}s</li>
 * </ul>
 */
final class EventPages implements SandboxApi {

    private static final Set<String> PATHS = Set.of("/sandbox/outcomes", "/sandbox/inbound",
            "/sandbox/eventgrid/subscriptions", "/sandbox/eventgrid/deadletters");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final SandboxEvents events;

    EventPages(SandboxEvents events) {
        this.events = events;
    }

    @Override
    public boolean handles(HttpCall call) {
        return PATHS.contains(call.rawPath());
    }

    @Override
    public void handle(HttpCall call) throws IOException {
        if (LoopbackGuard.refused(call)) {
            return;
        }
        String route = call.method() + " " + call.rawPath();
        try {
            switch (route) {
                case "POST /sandbox/outcomes" -> {
                    JsonNode spec = body(call);
                    DeliveryOutcome outcome = DeliveryOutcome.valueOf(spec.path("outcome").asText());
                    events.outcome(required(spec, "to"), outcome);
                    json(call, 200, Map.of("to", spec.get("to").asText(), "outcome", outcome));
                }
                case "POST /sandbox/inbound" -> {
                    JsonNode spec = body(call);
                    json(call, 200, Map.of("messageId", events.inbound(spec.path("provider").asText(),
                            spec.path("from").asText(null), spec.path("to").asText(null),
                            spec.path("text").asText(null))));
                }
                case "POST /sandbox/eventgrid/subscriptions" -> json(call, 200, events.subscribe(subscription(body(call))));
                case "GET /sandbox/eventgrid/subscriptions" -> json(call, 200, events.subscriptions());
                case "GET /sandbox/eventgrid/deadletters" -> json(call, 200, events.deadLetters());
                default -> json(call, 405, Map.of("error", "No sandbox page " + route));
            }
        } catch (IllegalArgumentException e) {
            json(call, 400, Map.of("error", e.getMessage()));
        }
    }

    private static EventGridSubscription subscription(JsonNode spec) {
        EventGridSubscription subscription = EventGridSubscription.webhook(required(spec, "endpoint"))
                .schema(EventSchema.of(spec.path("schema").asText("EventGridSchema")))
                .maxEventsPerBatch(spec.path("maxEventsPerBatch").asInt(1))
                .maxDeliveryAttempts(spec.path("maxDeliveryAttempts").asInt(3));
        if (spec.path("name").isTextual()) {
            subscription = subscription.name(spec.get("name").asText());
        }
        for (Map.Entry<String, JsonNode> header : (Iterable<Map.Entry<String, JsonNode>>) spec.path("headers")::fields) {
            subscription = subscription.header(header.getKey(), header.getValue().asText());
        }
        return subscription;
    }

    private static JsonNode body(HttpCall call) {
        try {
            JsonNode body = JSON.readTree(call.body());
            if (body != null && body.isObject()) {
                return body;
            }
        } catch (IOException e) {
            // answered below
        }
        throw new IllegalArgumentException("The body must be a JSON object");
    }

    private static String required(JsonNode spec, String member) {
        if (!spec.path(member).isTextual()) {
            throw new IllegalArgumentException("'" + member + "' is required");
        }
        return spec.get(member).asText();
    }

    private static void json(HttpCall call, int status, Object value) throws IOException {
        call.answer(status, "application/json", JSON.writeValueAsString(value), Map.of());
    }
}
