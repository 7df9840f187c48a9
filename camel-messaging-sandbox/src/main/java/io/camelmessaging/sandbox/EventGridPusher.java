package io.camelmessaging.sandbox;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import io.camelmessaging.sandbox.AcsEventShapes.GridEvent;

/**
 * An emulated Event Grid push delivery: subscriptions validated by {@link WebhookHandshake}, events POSTed in
 * batches of up to {@code maxEventsPerBatch}, retried as Event Grid retries (every status but 2xx, and no answer;
 * at once dead-lettered on 400, 401, 403 and 413) on its schedule compressed a thousandfold (10 ms, 30 ms, 60 ms,
 * 300 ms, ...), and dead-lettered after {@code maxDeliveryAttempts}. Events for a subscription that failed its
 * handshake are dead-lettered with the handshake's reason.
 */
final class EventGridPusher {

    private static final Set<Integer> NOT_RETRIED = Set.of(400, 401, 403, 413);
    private static final long[] RETRY_DELAYS_MILLIS = {10, 30, 60, 300, 600, 1800, 3600};
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final Recorder<EventGridDeadLetter> deadLetters;
    private final HttpClient http;
    private final ExecutorService deliveries;
    private final ScheduledExecutorService retries;

    /** One subscription and the events waiting for it. */
    private static final class Subscription {
        final EventGridSubscription spec;
        final SubscriptionState state;
        final int handshakeStatus;
        final ConcurrentLinkedQueue<GridEvent> pending = new ConcurrentLinkedQueue<>();
        final AtomicBoolean draining = new AtomicBoolean();
        volatile boolean removed;

        Subscription(EventGridSubscription spec, WebhookHandshake.Result handshake) {
            this.spec = spec;
            this.handshakeStatus = handshake.status();
            this.state = new SubscriptionState(spec.name(), spec.redactedEndpoint(), spec.schema().azureName(),
                    handshake.reason() == null ? "Succeeded" : "Failed", handshake.reason());
        }
    }

    EventGridPusher(int maxDeadLetters, ExecutorService deliveries, ScheduledExecutorService retries) {
        this.deadLetters = new Recorder<>(maxDeadLetters);
        this.deliveries = deliveries;
        this.retries = retries;
        // HTTP/1.1 as Event Grid speaks to webhooks: the JDK's default would try an upgrade to h2c first
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
    }

    /** Validates the webhook and, whatever the outcome, keeps the subscription (replacing one of the same name). */
    SubscriptionState subscribe(EventGridSubscription spec) {
        Subscription subscription = new Subscription(spec, WebhookHandshake.perform(http, spec));
        subscriptions.stream().filter(s -> s.spec.name().equals(spec.name())).forEach(this::remove);
        subscriptions.add(subscription);
        return subscription.state;
    }

    List<SubscriptionState> subscriptions() {
        return subscriptions.stream().map(s -> s.state).toList();
    }

    List<EventGridDeadLetter> deadLetters() {
        return deadLetters.snapshot();
    }

    /** Queues the event for every subscription. */
    void publish(GridEvent event) {
        for (Subscription subscription : subscriptions) {
            if (!subscription.state.active()) {
                deadLetter(subscription, List.of(event), subscription.state.reason(), 0, "HandshakeFailed",
                        subscription.handshakeStatus);
                continue;
            }
            subscription.pending.add(event);
            if (subscription.draining.compareAndSet(false, true)) {
                deliveries.execute(() -> drain(subscription));
            }
        }
    }

    void clear() {
        subscriptions.forEach(this::remove);
        deadLetters.clear();
    }

    private void remove(Subscription subscription) {
        subscription.removed = true;
        subscriptions.remove(subscription);
    }

    private void drain(Subscription subscription) {
        while (true) {
            List<GridEvent> batch = new ArrayList<>();
            GridEvent next;
            while (batch.size() < subscription.spec.maxEventsPerBatch() && (next = subscription.pending.poll()) != null) {
                batch.add(next);
            }
            if (batch.isEmpty()) {
                subscription.draining.set(false);
                if (subscription.pending.isEmpty() || !subscription.draining.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            attempt(subscription, batch, 1);
        }
    }

    private void attempt(Subscription subscription, List<GridEvent> batch, int attempt) {
        if (subscription.removed) {
            return;
        }
        int status;
        String outcome;
        try {
            status = http.send(request(subscription, batch, attempt), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            outcome = outcome(status);
        } catch (HttpTimeoutException e) {
            status = 0;
            outcome = "TimedOut";
        } catch (IOException e) {
            status = 0;
            outcome = "ConnectFailed";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (status >= 200 && status <= 299) {
            return;
        }
        if (NOT_RETRIED.contains(status)) {
            deadLetter(subscription, batch, "NonRetriableError", attempt, outcome, status);
        } else if (attempt >= subscription.spec.maxDeliveryAttempts()) {
            deadLetter(subscription, batch, "MaxDeliveryAttemptsExceeded", attempt, outcome, status);
        } else {
            long delay = RETRY_DELAYS_MILLIS[Math.min(attempt - 1, RETRY_DELAYS_MILLIS.length - 1)];
            retries.schedule(() -> deliveries.execute(() -> attempt(subscription, batch, attempt + 1)), delay,
                    TimeUnit.MILLISECONDS);
        }
    }

    private HttpRequest request(Subscription subscription, List<GridEvent> batch, int attempt) {
        EventGridSubscription spec = subscription.spec;
        boolean cloudEvents = spec.schema() == EventSchema.CLOUD_EVENT_SCHEMA_V1_0;
        boolean single = cloudEvents && spec.maxEventsPerBatch() == 1;
        String contentType = !cloudEvents ? "application/json"
                : single ? "application/cloudevents+json; charset=utf-8"
                : "application/cloudevents-batch+json; charset=utf-8";
        String body;
        if (batch.stream().anyMatch(GridEvent::notJson)) {
            body = "sandbox event fault: this body is not JSON {" + batch.get(0).id();
        } else if (single) {
            body = AcsEventShapes.cloudEvent(batch.get(0)).toString();
        } else {
            ArrayNode events = JSON.createArrayNode();
            batch.forEach(event -> events.add(asDelivered(spec, event)));
            body = events.toString();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(spec.endpoint()).timeout(TIMEOUT)
                .header("Content-Type", contentType).header("aeg-event-type", "Notification")
                .header("aeg-subscription-name", spec.name().toUpperCase())
                .header("aeg-delivery-count", Integer.toString(attempt - 1)).header("aeg-metadata-version", "1")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        spec.headers().forEach(request::header);
        return request.build();
    }

    private void deadLetter(Subscription subscription, List<GridEvent> batch, String reason, int attempts,
                            String outcome, int status) {
        if (subscription.removed) {
            return;
        }
        Instant now = Instant.now();
        batch.forEach(event -> deadLetters.add(new EventGridDeadLetter(subscription.spec.name(), reason, attempts,
                outcome, status, now, asDelivered(subscription.spec, event))));
    }

    private static JsonNode asDelivered(EventGridSubscription spec, GridEvent event) {
        return spec.schema() == EventSchema.CLOUD_EVENT_SCHEMA_V1_0 ? AcsEventShapes.cloudEvent(event)
                : AcsEventShapes.eventGrid(event);
    }

    private static String outcome(int status) {
        return switch (status) {
            case 400 -> "BadRequest";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "NotFound";
            case 413 -> "RequestEntityTooLarge";
            case 429, 503 -> "Busy";
            default -> status >= 200 && status <= 299 ? "Succeeded" : "GenericError";
        };
    }
}
