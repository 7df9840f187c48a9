package io.camelmessaging.component.ratelimit;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;

import io.github.bucket4j.Bucket;

/**
 * One shared token bucket as an endpoint uses it: waits asynchronously for tokens, at most {@code maxWait}.
 */
public final class RateLimiter {

    private final String name;
    private final Bucket bucket;
    private final long capacity;
    private final Duration maxWait;
    private final ScheduledExecutorService scheduler;

    RateLimiter(String name, Bucket bucket, long capacity, Duration maxWait, ScheduledExecutorService scheduler) {
        this.name = name;
        this.bucket = bucket;
        this.capacity = capacity;
        this.maxWait = maxWait;
        this.scheduler = scheduler;
    }

    /** Completes with true once {@code tokens} were taken, or with false when they would not come within maxWait. */
    public CompletableFuture<Boolean> acquire(long tokens) {
        return bucket.asScheduler().tryConsume(Math.min(tokens, capacity), maxWait, scheduler);
    }

    /** Takes every token now, so that sending pauses for a refill after the provider throttled. */
    public void backOff() {
        bucket.tryConsumeAsMuchAsPossible();
    }

    /** The most tokens one acquisition can take. */
    public long capacity() {
        return capacity;
    }

    public Duration maxWait() {
        return maxWait;
    }

    @Override
    public String toString() {
        return name;
    }
}
