package io.camelmessaging.component.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Objects;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToLongFunction;

import io.camelmessaging.component.MessagingResult;
import io.camelmessaging.component.MessagingStatus;
import io.camelmessaging.component.MessagingThrottledException;
import io.camelmessaging.component.provider.ProviderOperation;
import io.camelmessaging.component.provider.ProviderResponse;
import io.camelmessaging.component.provider.RecipientOutcome;
import io.camelmessaging.component.request.OptionResolver;
import io.camelmessaging.component.request.OutboundMessage;
import io.camelmessaging.component.request.SendRequest;
import io.camelmessaging.component.validation.Violations;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;

/**
 * Sends through another operation within a shared rate limit. A message whose tokens would not come within
 * {@code rateLimitMaxWait} at the limiter's rate is refused whole at once: every recipient THROTTLED, with a
 * {@link MessagingThrottledException} carrying the estimated wait as its Retry-After, and nothing is sent. Otherwise
 * recipients are taken in groups whose cost fits the limiter, each group waits (without blocking a thread) for its
 * tokens, and a group that would wait longer than {@code rateLimitMaxWait} (others took the tokens first) fails with
 * {@link MessagingThrottledException}, as do the groups after it. A throttled answer from the provider empties the
 * bucket, so that sending pauses for a refill, or for the provider's Retry-After.
 */
public final class RateLimitedOperation<O> implements ProviderOperation<O> {

    /** Component error code of a message that waited too long for the rate limit. */
    public static final String ERROR_CODE = "RateLimitExceeded";

    private final ProviderOperation<O> delegate;
    private final RateLimiter limiter;
    private final Duration maxWait;
    private final ToLongFunction<OutboundMessage> costPerRecipient;
    private final int maxGroup;
    private final String provider;

    /**
     * @param maxWait          how long a message may wait for its tokens ({@code rateLimitMaxWait})
     * @param costPerRecipient the tokens one recipient of a message costs (SMS parts, or 1)
     * @param maxGroup         the most recipients one provider request takes
     */
    public RateLimitedOperation(ProviderOperation<O> delegate, RateLimiter limiter, Duration maxWait,
                                ToLongFunction<OutboundMessage> costPerRecipient, int maxGroup, String provider) {
        this.delegate = delegate;
        this.limiter = limiter;
        this.maxWait = maxWait;
        this.costPerRecipient = costPerRecipient;
        this.maxGroup = maxGroup;
        this.provider = provider;
    }

    @Override
    public SendRequest<O> resolve(OutboundMessage message, OptionResolver options) {
        return delegate.resolve(message, options);
    }

    @Override
    public void validate(SendRequest<O> request, Violations violations) {
        delegate.validate(request, violations);
    }

    @Override
    public CompletableFuture<List<RecipientOutcome>> send(SendRequest<O> request, List<String> recipients) {
        long cost = Math.max(1, costPerRecipient.applyAsLong(request.message()));
        Duration wait = limiter.estimatedWait(cost * recipients.size());
        if (wait.compareTo(maxWait) > 0) {
            limiter.countRefusal();
            return CompletableFuture.completedFuture(waitedTooLong(recipients, cost * recipients.size(), wait));
        }
        int perGroup = (int) Math.max(1, Math.min(maxGroup, limiter.capacity() / cost));
        AtomicBoolean exhausted = new AtomicBoolean();
        CompletableFuture<?> previous = CompletableFuture.completedFuture(null);
        List<CompletableFuture<List<RecipientOutcome>>> groups = new ArrayList<>();
        for (int from = 0; from < recipients.size(); from += perGroup) {
            List<String> group = recipients.subList(from, Math.min(recipients.size(), from + perGroup));
            CompletableFuture<Boolean> granted = previous.thenCompose(done -> exhausted.get()
                    ? CompletableFuture.completedFuture(false) : limiter.acquire(cost * group.size(), maxWait));
            previous = granted;
            groups.add(granted.thenCompose(ok -> {
                if (!ok) {
                    exhausted.set(true);
                    return CompletableFuture.completedFuture(waitedTooLong(group, cost * group.size(), null));
                }
                return delegate.send(request, group).thenApply(this::backOffWhenThrottled);
            }));
        }
        return CompletableFuture.allOf(groups.toArray(CompletableFuture[]::new))
                .thenApply(done -> groups.stream().flatMap(g -> g.join().stream()).toList());
    }

    private List<RecipientOutcome> backOffWhenThrottled(List<RecipientOutcome> outcomes) {
        if (outcomes.stream().anyMatch(o -> o.result().status() == MessagingStatus.THROTTLED)) {
            limiter.backOff(outcomes.stream()
                    .map(o -> o.error() instanceof MessagingThrottledException t ? t.getRetryAfter() : null)
                    .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null));
        }
        return outcomes;
    }

    private List<RecipientOutcome> waitedTooLong(List<String> group, long tokens, Duration retryAfter) {
        String reason = "rate limit " + limiter + " had no room for " + tokens + " token(s) within "
                        + maxWait.toMillis() + " ms (rateLimitMaxWait)"
                        + (retryAfter == null ? "" : "; retry after about " + retryAfter.toSeconds() + " s");
        return group.stream().map(to -> new RecipientOutcome(
                new MessagingResult(to, null, MessagingStatus.THROTTLED, true, ERROR_CODE, reason, provider),
                new MessagingThrottledException("Not sent to " + to + ": " + reason, provider, ERROR_CODE, 0, null,
                        retryAfter, null))).toList();
    }

    @Override
    public CompletableFuture<ProviderResponse> sendPojo(Exchange exchange) throws InvalidPayloadException {
        return delegate.sendPojo(exchange);
    }
}
