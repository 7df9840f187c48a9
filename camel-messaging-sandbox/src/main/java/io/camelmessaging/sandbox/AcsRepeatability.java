package io.camelmessaging.sandbox;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * ACS repeatable requests (OASIS Repeatable Requests 1.0) per recipient item. An accepted item is tracked by its
 * {@code repeatabilityRequestId} with its first-sent time and a fingerprint of its content until the window after
 * that time has passed. The item of a first send that was sent is {@code accepted}; a request first sent before the
 * window is refused with 412; a repeat within it gets the original {@code accepted} item again when its content
 * matches, and 400 when it does not (both {@code rejected}).
 */
final class AcsRepeatability {

    private record Tracked(Instant firstSent, String fingerprint, ObjectNode item) {
    }

    private final Map<String, Tracked> tracked = new ConcurrentHashMap<>();
    private final Duration window;
    private final Clock clock;
    private final AtomicReference<Instant> nextPurge;

    AcsRepeatability(Duration window, Clock clock) {
        this.window = window;
        this.clock = clock;
        this.nextPurge = new AtomicReference<>(clock.instant().plus(window));
    }

    /**
     * The item of recipient {@code to} sent with repeatability id {@code id}: refused, the tracked original again, or
     * the item {@code send} makes, marked {@code accepted} and tracked when it is successful.
     */
    ObjectNode answer(String to, String id, Instant firstSent, String fingerprint, Supplier<ObjectNode> send) {
        Instant now = clock.instant();
        if (expired(firstSent, now)) {
            return rejected(to, 412, "Repeatability first sent header was not in " + describe(window) + " window.");
        }
        purge(now);
        ObjectNode[] answer = new ObjectNode[1];
        tracked.compute(id, (key, earlier) -> {
            if (earlier != null && !expired(earlier.firstSent(), now)) {
                answer[0] = earlier.fingerprint().equals(fingerprint)
                        ? earlier.item().deepCopy()
                        : rejected(to, 400, "The request does not match the request first sent with this "
                                            + "repeatability-request-id.");
                return earlier;
            }
            answer[0] = send.get();
            if (!answer[0].path("successful").asBoolean()) {
                return null;
            }
            answer[0].put("repeatabilityResult", "accepted");
            return new Tracked(firstSent, fingerprint, answer[0].deepCopy());
        });
        return answer[0];
    }

    void clear() {
        tracked.clear();
    }

    private boolean expired(Instant firstSent, Instant now) {
        return firstSent.plus(window).isBefore(now);
    }

    /** Forgets the expired items, at most once per window. */
    private void purge(Instant now) {
        Instant due = nextPurge.get();
        if (now.isAfter(due) && nextPurge.compareAndSet(due, now.plus(window))) {
            tracked.values().removeIf(t -> expired(t.firstSent(), now));
        }
    }

    private static ObjectNode rejected(String to, int status, String message) {
        return JsonNodeFactory.instance.objectNode().put("to", to).put("httpStatusCode", status)
                .put("repeatabilityResult", "rejected").put("errorMessage", message).put("successful", false);
    }

    private static String describe(Duration window) {
        long millis = window.toMillis();
        return millis % 60_000 == 0 ? millis / 60_000 + " minutes"
                : BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + " seconds";
    }
}
