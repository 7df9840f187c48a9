package io.camelmessaging.component.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.github.bucket4j.Bucket;

/**
 * One shared token bucket: {@code tokens} per {@code period} for a provider and origination identity. Callers wait
 * asynchronously for tokens, at most their {@code maxWait}; a throttled answer from the provider pauses it, for the
 * provider's Retry-After when it gave one. Counts what it did, for the dev console and JMX.
 */
public final class RateLimiter {

    private final String name;
    private final Bucket bucket;
    private final long capacity;
    private final Duration period;
    private final ScheduledExecutorService scheduler;
    private final AtomicLong grantedTokens = new AtomicLong();
    private final AtomicLong refusedAcquisitions = new AtomicLong();
    private final AtomicLong providerThrottles = new AtomicLong();
    private final AtomicReference<Instant> pausedUntil = new AtomicReference<>(Instant.EPOCH);

    RateLimiter(String name, Bucket bucket, long capacity, Duration period, ScheduledExecutorService scheduler) {
        this.name = name;
        this.bucket = bucket;
        this.capacity = capacity;
        this.period = period;
        this.scheduler = scheduler;
    }

    /** Completes with true once {@code tokens} were taken, or with false when they would not come within maxWait. */
    public CompletableFuture<Boolean> acquire(long tokens, Duration maxWait) {
        long wanted = Math.min(tokens, capacity);
        return bucket.asScheduler().tryConsume(wanted, maxWait, scheduler).thenApply(granted -> {
            if (granted) {
                grantedTokens.addAndGet(wanted);
            } else {
                refusedAcquisitions.incrementAndGet();
            }
            return granted;
        });
    }

    /**
     * How long {@code tokens} would wait at this rate, counting a pause but not other callers already waiting; zero
     * when they are there now.
     */
    public Duration estimatedWait(long tokens) {
        long missing = tokens - bucket.getAvailableTokens();
        return missing <= 0 ? Duration.ZERO : period.multipliedBy(missing).dividedBy(capacity);
    }

    /** Counts a message refused because it would wait too long, without asking the bucket. */
    public void countRefusal() {
        refusedAcquisitions.incrementAndGet();
    }

    /**
     * Pauses sending after the provider throttled: the bucket is emptied, and when the provider said how long to wait
     * ({@code retryAfter}, may be null) the tokens of that time are taken in advance. Concurrent answers with the same
     * Retry-After extend one pause instead of adding up.
     */
    public void backOff(Duration retryAfter) {
        providerThrottles.incrementAndGet();
        bucket.tryConsumeAsMuchAsPossible();
        if (retryAfter == null || retryAfter.isNegative() || retryAfter.isZero()) {
            return;
        }
        Instant now = Instant.now();
        Instant until = now.plus(retryAfter);
        Instant before = pausedUntil.getAndAccumulate(until, (a, b) -> a.isAfter(b) ? a : b);
        Instant from = before.isAfter(now) ? before : now;
        if (until.isAfter(from)) {
            long millis = Duration.between(from, until).toMillis();
            bucket.consumeIgnoringRateLimits(Math.max(1, (long) Math.ceil((double) millis * capacity / period.toMillis())));
        }
    }

    /** The most tokens one acquisition can take. */
    public long capacity() {
        return capacity;
    }

    /** The tokens that can be taken now; negative while a Retry-After pause lasts. */
    public long availableTokens() {
        return bucket.getAvailableTokens();
    }

    /** The tokens granted so far. */
    public long grantedTokens() {
        return grantedTokens.get();
    }

    /** The acquisitions that would have waited longer than their maxWait. */
    public long refusedAcquisitions() {
        return refusedAcquisitions.get();
    }

    /** How often the provider throttled a request sent within this limit. */
    public long providerThrottles() {
        return providerThrottles.get();
    }

    /** Until when a provider's Retry-After pauses this limit, or null when it does not. */
    public Instant pausedUntil() {
        Instant paused = pausedUntil.get();
        return paused.isAfter(Instant.now()) ? paused : null;
    }

    /** What the limiter did so far and holds now, by name: for the dev console. */
    public Map<String, Object> stats() {
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("name", name);
        stats.put("tokensPerPeriod", capacity);
        stats.put("period", period.toString());
        stats.put("availableTokens", availableTokens());
        stats.put("grantedTokens", grantedTokens());
        stats.put("refusedAcquisitions", refusedAcquisitions());
        stats.put("providerThrottles", providerThrottles());
        Instant paused = pausedUntil();
        stats.put("pausedUntil", paused == null ? null : paused.toString());
        return stats;
    }

    @Override
    public String toString() {
        return name;
    }
}
