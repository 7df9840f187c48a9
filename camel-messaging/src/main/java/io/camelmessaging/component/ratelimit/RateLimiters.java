package io.camelmessaging.component.ratelimit;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;

import io.github.bucket4j.Bucket;

/**
 * The rate limiters of one CamelContext, one per provider, origination identity and rate, so that every endpoint
 * sending from the same identity shares its limit. Buckets start empty and refill evenly (greedily), so a steady rate
 * holds from the first second without an initial burst.
 */
public final class RateLimiters {

    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler;

    /** @param scheduler where waiting consumers are resumed; no thread is blocked while waiting */
    public RateLimiters(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /** The shared limiter of {@code tokens} per {@code period} for a provider and origination identity. */
    public RateLimiter limiter(String provider, String originationIdentity, long tokens, Duration period) {
        String name = provider + "|" + originationIdentity + "|" + tokens + "/" + period;
        return limiters.computeIfAbsent(name, key -> new RateLimiter(key, Bucket.builder()
                .addLimit(limit -> limit.capacity(tokens).refillGreedy(tokens, period).initialTokens(0))
                .build(), tokens, period, scheduler));
    }

    /** Every limiter created so far. */
    public Collection<RateLimiter> all() {
        return List.copyOf(limiters.values());
    }
}
