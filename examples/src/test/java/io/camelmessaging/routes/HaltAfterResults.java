package io.camelmessaging.routes;

import java.util.concurrent.atomic.AtomicInteger;

/** The test hook of {@code halt-after-results.yaml}: halts the bridge JVM after its n-th result record. */
public final class HaltAfterResults {

    /** The exit code of a JVM halted by this hook. */
    static final int EXIT = 99;

    private static final AtomicInteger WRITTEN = new AtomicInteger();

    /** Counts a written result record and halts the JVM at once at the n-th. */
    public static void written(int n) {
        if (WRITTEN.incrementAndGet() == n) {
            Runtime.getRuntime().halt(EXIT);
        }
    }
}
