package io.camelmessaging.component.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;

import io.github.bucket4j.Bucket;

/**
 * The token buckets of one CamelContext, one per provider, origination identity and rate, so that every endpoint
 * sending from the same identity shares its limit. Buckets start empty and refill evenly (greedily), so a steady rate
 * holds from the first second without an initial burst.
 */
public final class RateLimiters {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler;

    /** @param scheduler where waiting consumers are resumed; no thread is blocked while waiting */
    public RateLimiters(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /** The shared limiter of {@code tokens} per {@code period} for a provider and origination identity. */
    public RateLimiter limiter(String provider, String originationIdentity, long tokens, Duration period,
                               Duration maxWait) {
        String key = provider + "|" + originationIdentity + "|" + tokens + "/" + period;
        Bucket bucket = buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(tokens).refillGreedy(tokens, period).initialTokens(0))
                .build());
        return new RateLimiter(key, bucket, tokens, maxWait, scheduler);
    }
}
