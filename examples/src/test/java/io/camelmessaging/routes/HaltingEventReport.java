package io.camelmessaging.routes;

import java.util.concurrent.atomic.AtomicInteger;

import io.camelmessaging.examples.bridge.EventReportRepository;

/**
 * Test hook of {@link EventsBridgeKillIT}: the events bridge's repository that halts the JVM (as SIGKILL would) when
 * its n-th event is marked handled, that is after the route appended the event's record and before the consumer told
 * the provider to forget the event.
 */
public class HaltingEventReport extends EventReportRepository {

    private final AtomicInteger handled = new AtomicInteger();
    private final int haltAt;

    public HaltingEventReport(String reportFile, int haltAt) {
        super(reportFile);
        this.haltAt = haltAt;
    }

    @Override
    public boolean add(String eventId) {
        if (handled.incrementAndGet() == haltAt) {
            Runtime.getRuntime().halt(HaltAfterResults.EXIT);
        }
        return super.add(eventId);
    }
}
