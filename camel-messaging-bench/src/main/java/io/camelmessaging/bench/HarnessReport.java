package io.camelmessaging.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The measured rounds of a {@link LoadHarness} run, in the order they ran, their medians and each side's ratios to the
 * baseline, the last side, round by round.
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
        return median(rounds(side, window).stream().mapToDouble(figure).toArray(), side, window);
    }

    /**
     * A side's figure divided by the baseline's in the same round, the median over the rounds: the sides of a round
     * take turns in slices, so each round's ratio compares them under the same conditions of the machine.
     */
    double ratio(String side, int window, ToDoubleFunction<Round> figure) {
        List<Round> sideRounds = rounds(side, window);
        List<Round> baselineRounds = rounds(baseline(), window);
        double[] ratios = new double[Math.min(sideRounds.size(), baselineRounds.size())];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = figure.applyAsDouble(sideRounds.get(i)) / figure.applyAsDouble(baselineRounds.get(i));
        }
        return median(ratios, side, window);
    }

    private static double median(double[] values, String side, int window) {
        if (values.length == 0) {
            throw new IllegalArgumentException("No round of " + side + " at " + window + " in flight");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
