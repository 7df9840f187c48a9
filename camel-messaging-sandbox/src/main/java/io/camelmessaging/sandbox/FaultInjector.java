package io.camelmessaging.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Decides which requests get a fault. For each request: a fault registered for its recipient first, then the queue of
 * "next" faults, then the random ones. Thread-safe.
 */
public final class FaultInjector {

    private static final class Remaining {
        final Fault fault;
        int times;

        Remaining(Fault fault, int times) {
            this.fault = fault;
            this.times = times;
        }
    }

    private final Deque<Remaining> next = new ArrayDeque<>();
    private final Map<String, Remaining> byRecipient = new LinkedHashMap<>();
    private final Map<Fault, Double> random = new LinkedHashMap<>();
    private final Random dice;

    FaultInjector(long seed) {
        this.dice = new Random(seed);
    }

    /** The next request answers with this fault. */
    public FaultInjector next(Fault fault) {
        return next(1, fault);
    }

    /** The next {@code times} requests answer with this fault. */
    public synchronized FaultInjector next(int times, Fault fault) {
        next.addLast(new Remaining(fault, times));
        return this;
    }

    /** Every request to this recipient answers with this fault. */
    public FaultInjector forRecipient(String to, Fault fault) {
        return forRecipient(to, Integer.MAX_VALUE, fault);
    }

    /** The next {@code times} requests to this recipient answer with this fault. */
    public synchronized FaultInjector forRecipient(String to, int times, Fault fault) {
        byRecipient.put(to, new Remaining(fault, times));
        return this;
    }

    /** Each request answers with this fault with the given probability (0 to 1), from a seeded random source. */
    public synchronized FaultInjector randomly(double probability, Fault fault) {
        random.put(fault, probability);
        return this;
    }

    /** Removes every fault. */
    public synchronized void clear() {
        next.clear();
        byRecipient.clear();
        random.clear();
    }

    /** The fault for a request to {@code to}: its recipient's first, then the request's; null for a normal answer. */
    synchronized Fault pick(String to) {
        Fault forTo = pickForRecipient(to);
        return forTo != null ? forTo : pickForRequest();
    }

    /** The fault registered for one recipient, consuming it; null when there is none. */
    synchronized Fault pickForRecipient(String to) {
        Remaining forTo = to == null ? null : byRecipient.get(to);
        if (forTo == null) {
            return null;
        }
        if (--forTo.times <= 0) {
            byRecipient.remove(to);
        }
        return forTo.fault;
    }

    /** The next queued or random fault of a whole request, consuming it; null when there is none. */
    synchronized Fault pickForRequest() {
        Remaining queued = next.peekFirst();
        if (queued != null) {
            if (--queued.times <= 0) {
                next.pollFirst();
            }
            return queued.fault;
        }
        for (Map.Entry<Fault, Double> chance : random.entrySet()) {
            if (dice.nextDouble() < chance.getValue()) {
                return chance.getKey();
            }
        }
        return null;
    }
}
