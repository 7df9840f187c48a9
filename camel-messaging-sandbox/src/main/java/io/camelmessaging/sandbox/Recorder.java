package io.camelmessaging.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded, thread-safe log: the oldest entries are dropped beyond the limit so that long runs keep memory flat.
 *
 * @param <T> the entry type
 */
final class Recorder<T> {

    private final ConcurrentLinkedDeque<T> entries = new ConcurrentLinkedDeque<>();
    private final AtomicInteger size = new AtomicInteger();
    private final int limit;

    Recorder(int limit) {
        this.limit = limit;
    }

    void add(T entry) {
        entries.addLast(entry);
        if (size.incrementAndGet() > limit && entries.pollFirst() != null) {
            size.decrementAndGet();
        }
    }

    /** A snapshot in arrival order. */
    List<T> snapshot() {
        return new ArrayList<>(entries);
    }

    void clear() {
        entries.clear();
        size.set(0);
    }
}
