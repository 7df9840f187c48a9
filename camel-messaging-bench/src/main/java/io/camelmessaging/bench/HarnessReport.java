package io.camelmessaging.bench;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The measured rounds of a {@link LoadHarness} run, in the order they ran, and their medians. The last side is the
 * baseline every other side is compared with.
 *
 * @param sides   the sides' names, the baseline last
 * @param windows the windows measured
 * @param rounds  the measured rounds, in the order they ran
 */
record HarnessReport(List<String> sides, List<Integer> windows, List<Round> rounds) {

    HarnessReport {
        sides = List.copyOf(sides);
        windows = List.copyOf(windows);
        rounds = List.copyOf(rounds);
    }

    /** The baseline's name: the last side. */
    String baseline() {
        return sides.get(sides.size() - 1);
    }

    /** The sides in the order their rounds ran at a window. */
    List<String> order(int window) {
        return rounds.stream().filter(r -> r.window() == window).map(Round::side).toList();
    }

    /** The rounds of one side at one window. */
    List<Round> rounds(String side, int window) {
        return rounds.stream().filter(r -> r.window() == window && r.side().equals(side)).toList();
    }

    /** The median of a figure over the rounds of one side at one window. */
    double median(String side, int window, ToDoubleFunction<Round> figure) {
        double[] values = rounds(side, window).stream().mapToDouble(figure).sorted().toArray();
        if (values.length == 0) {
            throw new IllegalArgumentException("No round of " + side + " at " + window + " in flight");
        }
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    /** A side's median of a figure divided by the baseline's. */
    double ratio(String side, int window, ToDoubleFunction<Round> figure) {
        return median(side, window, figure) / median(baseline(), window, figure);
    }
}
