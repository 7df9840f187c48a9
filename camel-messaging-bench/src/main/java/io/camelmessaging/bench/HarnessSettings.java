package io.camelmessaging.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * How the {@link LoadHarness} measures.
 *
 * @param windows the sends in flight to measure at, one after the other
 * @param sends   the sends in each round
 * @param slice   the sends of one side's turn within a round
 * @param warmup  the rounds of every side at every window before any is measured
 * @param rounds  the measured rounds of every side at each window
 * @param jfr     where to write a JFR recording (profile settings) of the measured rounds, or null for none
 */
record HarnessSettings(List<Integer> windows, int sends, int slice, int warmup, int rounds, Path jfr) {

    HarnessSettings {
        windows = List.copyOf(windows);
        if (windows.isEmpty() || windows.stream().anyMatch(w -> w < 1) || sends < 1 || slice < 1 || warmup < 0
            || rounds < 1) {
            throw new IllegalArgumentException("Needs windows of 1 or more, 1 or more sends, slices and rounds, 0 or "
                                               + "more warm-up rounds: " + windows + ", " + sends + ", " + slice + ", "
                                               + rounds + ", " + warmup);
        }
    }

    /**
     * The settings of the system properties {@code bench.concurrency} (default {@code 1,16,64,256}),
     * {@code bench.messages} (5000), {@code bench.slice} (500), {@code bench.warmup} (2), {@code bench.rounds} (12)
     * and {@code bench.jfr} (none).
     */
    static HarnessSettings fromSystemProperties() {
        return fromSystemProperties("bench.concurrency", "1,16,64,256", "bench.messages", 5_000, 500);
    }

    /**
     * The settings of the given system properties for the windows and the units per round, and of
     * {@code bench.slice}, {@code bench.warmup} (default 2), {@code bench.rounds} (12) and {@code bench.jfr} (none).
     */
    static HarnessSettings fromSystemProperties(String windowsProperty, String defaultWindows, String countProperty,
                                                int defaultCount, int defaultSlice) {
        List<Integer> windows = Arrays.stream(System.getProperty(windowsProperty, defaultWindows).split(","))
                .map(String::trim).map(Integer::valueOf).toList();
        String jfr = System.getProperty("bench.jfr", "");
        return new HarnessSettings(windows, Integer.getInteger(countProperty, defaultCount),
                Integer.getInteger("bench.slice", defaultSlice), Integer.getInteger("bench.warmup", 2),
                Integer.getInteger("bench.rounds", 12),
                jfr.isBlank() ? null : Path.of(jfr));
    }
}
