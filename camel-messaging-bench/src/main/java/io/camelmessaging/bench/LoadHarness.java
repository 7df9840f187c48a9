package io.camelmessaging.bench;

import java.io.IOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.camelmessaging.sandbox.MessagingSandbox;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * Drives the sides of a comparison in rounds of a fixed number of sends with a window of sends in flight: first
 * {@code warmup} rounds of every side at every window, then {@code rounds} measured rounds of every side at each
 * window. The sides run in the given order in even rounds and in reverse order in odd ones (A B, B A, A B, ...), so
 * that drift of the machine affects each side alike. Within a round the sides take turns in slices of {@code slice}
 * sends, again in alternating order, so that a slow second on a shared machine falls on every side alike rather than
 * on one side's whole round; a side's round adds up its slices. Before each round the JVM collects garbage, so that a
 * round does not pay for the previous one's; before each slice the sandbox forgets its messages, and after it the
 * harness checks that every send succeeded and that the sandbox accepted exactly the messages sent. Sides other than
 * senders ({@link #compare}) measure their slices themselves.
 */
final class LoadHarness {

    private static final long SEND_TIMEOUT_SECONDS = 60;

    private final HarnessSettings settings;
    private final MessagingSandbox sandbox;
    private final int unitsPerSend;

    /**
     * @param unitsPerSend the messages each send makes the sandbox accept: 1, or the recipients of a fan-out
     */
    LoadHarness(HarnessSettings settings, MessagingSandbox sandbox, int unitsPerSend) {
        this.settings = settings;
        this.sandbox = sandbox;
        this.unitsPerSend = unitsPerSend;
    }

    /** Runs the warm-up and the measured rounds of senders; the last sender is the baseline. */
    HarnessReport run(List<Sender> senders) throws IOException, ParseException {
        return compare(senders.stream().map(this::sending).toList());
    }

    /** Runs the warm-up and the measured rounds of sides that measure their own slices; the last is the baseline. */
    HarnessReport compare(List<Side> sides) throws IOException, ParseException {
        for (int window : settings.windows()) {
            for (int round = 0; round < settings.warmup(); round++) {
                round(sides, round, window);
            }
        }
        List<Round> measured = new ArrayList<>();
        Recording jfr = settings.jfr() == null ? null
                : new Recording(Configuration.getConfiguration(System.getProperty("bench.jfrSettings", "profile")));
        if (jfr != null) {
            jfr.setDestination(settings.jfr());
            jfr.start();
        }
        try {
            for (int window : settings.windows()) {
                for (int round = 0; round < settings.rounds(); round++) {
                    measured.addAll(round(sides, round, window));
                }
            }
        } finally {
            if (jfr != null) {
                jfr.stop();
                jfr.close();
            }
        }
        return new HarnessReport(sides.stream().map(Side::name).toList(), settings.windows(), measured);
    }

    private List<Round> round(List<Side> sides, int round, int window) {
        List<Side> order = new ArrayList<>(sides);
        if (round % 2 == 1) {
            Collections.reverse(order);
        }
        System.gc();
        Map<Side, Round> totals = new LinkedHashMap<>();
        for (int sent = 0, slice = 0; sent < settings.sends(); sent += settings.slice(), slice++) {
            int sends = Math.min(settings.slice(), settings.sends() - sent);
            List<Side> turn = new ArrayList<>(order);
            if (slice % 2 == 1) {
                Collections.reverse(turn);
            }
            for (Side side : turn) {
                totals.merge(side, side.measure(window, sends), Round::plus);
            }
        }
        return order.stream().map(totals::get).toList();
    }

    /** A sender as a side: each slice sends with the window in flight and checks what the sandbox accepted. */
    private Side sending(Sender sender) {
        return Side.of(sender.name(), (window, sends) -> measure(sender, window, sends));
    }

    private Round measure(Sender sender, int window, int sends) {
        sandbox.clear();
        Semaphore inFlight = new Semaphore(window);
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        ResourceMeter start = ResourceMeter.now();
        long startNanos = System.nanoTime();
        for (int i = 0; i < sends; i++) {
            acquire(inFlight, 1, sender);
            sender.send(failure -> {
                if (failure != null) {
                    failed.incrementAndGet();
                    firstFailure.compareAndSet(null, failure);
                }
                inFlight.release();
            });
        }
        acquire(inFlight, window, sender);
        long nanos = System.nanoTime() - startNanos;
        ResourceMeter used = ResourceMeter.now().since(start);
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " of " + sends + " sends of " + sender.name()
                                            + " failed", firstFailure.get());
        }
        Round done = new Round(sender.name(), window, sends, unitsPerSend, nanos, used, sandbox.messages().size(),
                sandbox.requests().size());
        if (done.recorded() != sends * unitsPerSend) {
            throw new IllegalStateException("The sandbox accepted " + done.recorded() + " messages of " + sender.name()
                                            + ", not " + sends * unitsPerSend);
        }
        return done;
    }

    private static void acquire(Semaphore inFlight, int permits, Sender sender) {
        try {
            if (!inFlight.tryAcquire(permits, SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException(sender.name() + " did not answer within " + SEND_TIMEOUT_SECONDS
                                                + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while " + sender.name() + " was sending", e);
        }
    }
}
