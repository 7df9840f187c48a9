package io.camelmessaging.examples.bridge;

import java.util.concurrent.atomic.LongAdder;

/**
 * One file in the file bridge: its lines, counted at the start, and what became of them so far, counted without locks
 * by the threads that send its lines.
 */
final class FileRun {

    /** A moment of the run: the lines sent or failed by then. */
    private record Mark(long nanos, long handled) {
    }

    private final String file;
    private final long lines;
    private final long startNanos;
    private final LongAdder sent = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder skipped = new LongAdder();
    private volatile Mark reported;

    FileRun(String file, long lines, long startNanos) {
        this.file = file;
        this.lines = lines;
        this.startNanos = startNanos;
        this.reported = new Mark(startNanos, 0);
    }

    void sent() {
        sent.increment();
    }

    void failed() {
        failed.increment();
    }

    /** A line that has a result from an earlier run of the file. */
    void skipped() {
        skipped.increment();
    }

    /**
     * The figures at {@code nanos}; the recent rate is over the time since the last {@link #report}. The rates count
     * the lines sent or failed, not the skipped ones, which take no time.
     */
    FileFigures figures(long nanos, String outcome) {
        long sentNow = sent.sum();
        long failedNow = failed.sum();
        long handled = sentNow + failedNow;
        Mark since = reported;
        double elapsed = seconds(nanos - startNanos);
        double overall = elapsed > 0 ? handled / elapsed : 0;
        double interval = seconds(nanos - since.nanos());
        double recent = interval > 0 ? (handled - since.handled()) / interval : overall;
        return new FileFigures(file, lines, sentNow, failedNow, skipped.sum(), elapsed, recent, overall, outcome);
    }

    /** The figures at {@code nanos}, which become the start of the next interval. */
    FileFigures report(long nanos) {
        FileFigures figures = figures(nanos, FileFigures.RUNNING);
        reported = new Mark(nanos, figures.sent() + figures.failed());
        return figures;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
