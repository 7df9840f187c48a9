package io.camelmessaging.sandbox;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Event Grid's validation of a webhook before it pushes events. Event Grid schema: a POST of a
 * {@code SubscriptionValidationEvent} answered 200 with {@code {"validationResponse": <its validationCode>}}.
 * CloudEvents: an OPTIONS request with {@code WebHook-Request-Origin: eventgrid.azure.net} answered 200 with that
 * origin (or {@code *}) in {@code WebHook-Allowed-Origin}. The subscription's extra headers go along.
 */
final class WebhookHandshake {

    static final String ORIGIN = "eventgrid.azure.net";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The outcome: a null reason when the webhook passed. */
    record Result(String reason, int status) {
    }

    private WebhookHandshake() {
    }

    static Result perform(HttpClient http, EventGridSubscription subscription) {
        try {
            return subscription.schema() == EventSchema.EVENT_GRID_SCHEMA ? validationEvent(http, subscription)
                    : options(http, subscription);
        } catch (IOException e) {
            return new Result(failure(subscription, "POST", "Unknown") + " " + e.getClass().getSimpleName(), 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(failure(subscription, "POST", "Unknown"), 0);
        }
    }

    private static Result validationEvent(HttpClient http, EventGridSubscription subscription)
            throws IOException, InterruptedException {
        String code = UUID.randomUUID().toString().toUpperCase();
        HttpRequest.Builder request = request(subscription).header("Content-Type", "application/json")
                .header("aeg-event-type", "SubscriptionValidation")
                .POST(HttpRequest.BodyPublishers.ofString(AcsEventShapes.validation(code, Instant.now()).toString()));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return new Result(failure(subscription, "POST", Integer.toString(response.statusCode())),
                    response.statusCode());
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(response.body());
        } catch (IOException e) {
            answer = null;
        }
        if (answer == null || !code.equals(answer.path("validationResponse").asText())) {
            return new Result(failure(subscription, "POST", "200") + " The response did not echo the validationCode.",
                    200);
        }
        return new Result(null, 200);
    }

    private static Result options(HttpClient http, EventGridSubscription subscription)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(subscription).header("WebHook-Request-Origin", ORIGIN)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody());
        HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            return new Result(failure(subscription, "OPTIONS", Integer.toString(response.statusCode())),
                    response.statusCode());
        }
        String allowed = response.headers().firstValue("WebHook-Allowed-Origin").orElse("");
        if (!Set.of(ORIGIN, "*").contains(allowed.strip())) {
            return new Result(failure(subscription, "OPTIONS", "200") + " WebHook-Allowed-Origin was '" + allowed
                              + "', not " + ORIGIN + ".", 200);
        }
        return new Result(null, 200);
    }

    private static HttpRequest.Builder request(EventGridSubscription subscription) {
        HttpRequest.Builder request = HttpRequest.newBuilder(subscription.endpoint()).timeout(TIMEOUT);
        subscription.headers().forEach(request::header);
        return request;
    }

    private static String failure(EventGridSubscription subscription, String method, String status) {
        return "Webhook validation handshake failed for " + subscription.redactedEndpoint() + ". Http " + method
               + " request failed with response code " + status + ".";
    }
}
