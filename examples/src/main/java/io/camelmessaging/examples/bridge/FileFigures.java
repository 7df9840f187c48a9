package io.camelmessaging.examples.bridge;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where the file bridge is with one file: its lines, those sent, failed and skipped (a result from an earlier run),
 * the time so far, the rates in lines per second (over the last interval and overall) and the outcome:
 * {@value #RUNNING}, {@value #DONE} or {@value #STOPPED}.
 */
public record FileFigures(String file, long lines, long sent, long failed, long skipped, double elapsedSeconds,
                          double recentRate, double overallRate, String outcome) {

    static final String RUNNING = "running";
    static final String DONE = "done";
    static final String STOPPED = "stopped";

    /** The lines done: sent, failed or skipped. */
    public long done() {
        return sent + failed + skipped;
    }

    /** The share of the file's lines done, 0 to 100. */
    public double percent() {
        return lines == 0 ? 100 : Math.min(100, done() * 100.0 / lines);
    }

    /** The seconds left at the recent rate (the overall one when nothing was sent lately), -1 when unknown. */
    public double secondsLeft() {
        double rate = recentRate > 0 ? recentRate : overallRate;
        long left = Math.max(0, lines - done());
        return left == 0 ? 0 : rate > 0 ? left / rate : -1;
    }

    /** The progress line: {@code big.csv: 41,000 of 100,000 lines (41.0%), 2,950 lines/s now, ...}. */
    public String progressLine() {
        String left = secondsLeft() < 0 ? "time left unknown" : "about " + duration(secondsLeft()) + " left";
        return String.format(Locale.ROOT, "%s: %,d of %s (%.1f%%), %s lines/s now, %s lines/s overall, "
                                          + "%,d failed%s, %s", file, done(), lines(lines), percent(),
                rate(recentRate), rate(overallRate), failed, skippedText(), left);
    }

    /** The summary line: {@code big.csv done: 100,000 lines in 35 s (2,857 lines/s), 99,990 sent, 10 failed}. */
    public String summaryLine() {
        String count = done() == lines ? lines(lines)
                : String.format(Locale.ROOT, "%,d of %s", done(), lines(lines));
        return String.format(Locale.ROOT, "%s %s: %s in %s (%s lines/s), %,d sent, %,d failed%s", file,
                DONE.equals(outcome) ? "done" : "stopped by an error", count, duration(elapsedSeconds),
                rate(overallRate), sent, failed, skippedText());
    }

    /** The figures as JSON fields. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file);
        json.put("outcome", outcome);
        json.put("lines", lines);
        json.put("done", done());
        json.put("percent", Math.round(percent() * 10) / 10.0);
        json.put("sent", sent);
        json.put("failed", failed);
        json.put("skipped", skipped);
        json.put("elapsedSeconds", Math.round(elapsedSeconds * 10) / 10.0);
        json.put("linesPerSecond", Math.round(recentRate * 10) / 10.0);
        json.put("linesPerSecondOverall", Math.round(overallRate * 10) / 10.0);
        json.put("secondsLeft", Math.round(secondsLeft()));
        return json;
    }

    private String skippedText() {
        return skipped == 0 ? "" : String.format(Locale.ROOT, ", %,d skipped (a result from an earlier run)", skipped);
    }

    private static String lines(long n) {
        return String.format(Locale.ROOT, n == 1 ? "%,d line" : "%,d lines", n);
    }

    private static String rate(double linesPerSecond) {
        return String.format(Locale.ROOT, linesPerSecond < 10 ? "%.1f" : "%,.0f", linesPerSecond);
    }

    /** {@code 0.4 s}, {@code 12 s}, {@code 3 min 20 s}, {@code 2 h 5 min}. */
    private static String duration(double seconds) {
        if (seconds < 10) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        return s < 3600 ? s / 60 + " min " + s % 60 + " s" : s / 3600 + " h " + s % 3600 / 60 + " min";
    }
}
