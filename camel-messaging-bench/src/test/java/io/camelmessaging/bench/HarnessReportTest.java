package io.camelmessaging.bench;

import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ratios compare the sides round by round and take the median: a slow round, which slows both sides, does not decide
 * it as it would the ratio of the two medians.
 */
class HarnessReportTest {

    @Test
    void theRatioIsTheMedianOfEachRoundsRatio() {
        HarnessReport report = new HarnessReport(List.of("ours", "raw"), List.of(64), List.of(
                round("ours", 99), round("raw", 100),
                round("raw", 50), round("ours", 49),
                round("ours", 200), round("raw", 190)));

        assertThat(report.ratio("ours", 64, Round::rate)).isEqualTo(0.99, within());
        assertThat(report.median("ours", 64, Round::rate) / report.median("raw", 64, Round::rate))
                .isEqualTo(0.99, within());
        assertThat(report.ratio("raw", 64, Round::rate)).isEqualTo(1.0);
    }

    @Test
    void aSlowRoundDoesNotDecideTheRatio() {
        HarnessReport report = new HarnessReport(List.of("ours", "raw"), List.of(64), List.of(
                round("ours", 100), round("raw", 100),
                round("raw", 60), round("ours", 59),
                round("ours", 98), round("raw", 80)));

        assertThat(report.ratio("ours", 64, Round::rate)).isEqualTo(1.0);
        assertThat(report.median("ours", 64, Round::rate) / report.median("raw", 64, Round::rate))
                .isEqualTo(1.225, within());
    }

    @Test
    void aSideWithoutRoundsHasNoRatio() {
        HarnessReport report = new HarnessReport(List.of("ours", "raw"), List.of(1), List.of(round("raw", 10)));

        assertThatThrownBy(() -> report.ratio("ours", 1, Round::rate))
                .hasMessage("No round of ours at 1 in flight");
    }

    /** A round of 1,000 sends at 64 in flight that ran at {@code rate} sends per second. */
    private static Round round(String side, double rate) {
        return new Round(side, 64, 1_000, 1, (long) (1_000 / rate * 1e9), new ResourceMeter(1, 1), 1_000, 1_000);
    }

    private static Offset<Double> within() {
        return Offset.offset(1e-9);
    }
}
