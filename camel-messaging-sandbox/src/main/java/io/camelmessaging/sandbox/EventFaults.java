package io.camelmessaging.sandbox;

import java.util.EnumMap;
import java.util.Map;

/**
 * Which of the next emitted events get an {@link EventFault}: each fault applies to its next {@code times} events
 * ({@link EventFault#OUT_OF_ORDER}: messages). Thread-safe.
 */
public final class EventFaults {

    private final Map<EventFault, Integer> remaining = new EnumMap<>(EventFault.class);

    EventFaults() {
    }

    /** The next {@code times} events (or messages, for {@link EventFault#OUT_OF_ORDER}) get this fault. */
    public synchronized EventFaults next(int times, EventFault fault) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1: " + times);
        }
        remaining.merge(fault, times, Integer::sum);
        return this;
    }

    /** Removes every event fault. */
    public synchronized void clear() {
        remaining.clear();
    }

    /** Whether the next event gets this fault, consuming it. */
    synchronized boolean take(EventFault fault) {
        Integer left = remaining.get(fault);
        if (left == null) {
            return false;
        }
        if (left == 1) {
            remaining.remove(fault);
        } else {
            remaining.put(fault, left - 1);
        }
        return true;
    }
}
