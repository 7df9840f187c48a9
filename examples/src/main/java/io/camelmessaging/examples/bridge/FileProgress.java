package io.camelmessaging.examples.bridge;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The progress of the file bridge ({@code routes/csv-to-sms.yaml}): {@link #start} counts a file's lines when the
 * route picks it up, {@link #line} counts each line's outcome (lock-free, from any splitter thread), {@link #report}
 * logs one line per file in progress (the route calls it every {@code csv.progressInterval}), and a summary is logged
 * when the file is done. The dev console {@code file-progress} shows the same figures. Only the files in progress
 * and the last {@value #SUMMARIES} summaries are kept.
 */
public final class FileProgress {

    /** The exchange property that carries a file's {@link FileRun} to the exchanges of its lines. */
    public static final String RUN = "csvFileRun";
    static final int SUMMARIES = 10;
    private static final Logger LOG = LoggerFactory.getLogger(FileProgress.class);

    private final LongSupplier nanoTime;
    private final Set<FileRun> running = ConcurrentHashMap.newKeySet();
    private final Deque<FileFigures> finished = new ArrayDeque<>();

    public FileProgress() {
        this(System::nanoTime);
    }

    /** Progress timed by {@code nanoTime}, e.g. a fixed clock in a test. */
    public FileProgress(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Counts the lines of the exchange's file, and logs its summary once the exchange completes or fails. */
    public void start(Exchange exchange) throws IOException {
        String file = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        FileRun run = start(file, Path.of(exchange.getMessage().getHeader(Exchange.FILE_PATH, String.class)));
        exchange.setProperty(RUN, run);
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                finish(run, done.isFailed() ? FileFigures.STOPPED : FileFigures.DONE);
            }
        });
    }

    /** Starts counting a file; its name, chosen by whoever dropped the file, is logged on one line. */
    FileRun start(String file, Path path) throws IOException {
        long startNanos = nanoTime.getAsLong();
        FileRun run = new FileRun(ResultLines.forLog(file), CsvRecords.afterHeader(path), startNanos);
        running.add(run);
        return run;
    }

    /** Counts the exchange's line: skipped when it had a result already, else sent or failed. */
    public void line(Exchange exchange) {
        FileRun run = exchange.getProperty(RUN, FileRun.class);
        if (run == null) {
            return;
        } else if (exchange.getProperty(Exchange.DUPLICATE_MESSAGE, false, Boolean.class)) {
            run.skipped();
        } else if (exchange.getProperty(Exchange.EXCEPTION_CAUGHT) != null) {
            run.failed();
        } else {
            run.sent();
        }
    }

    /** Logs one progress line per file in progress. */
    public void report() {
        long now = nanoTime.getAsLong();
        running.forEach(run -> LOG.info(run.report(now).progressLine()));
    }

    void finish(FileRun run, String outcome) {
        if (!running.remove(run)) {
            return;
        }
        FileFigures summary = run.figures(nanoTime.getAsLong(), outcome);
        if (FileFigures.DONE.equals(outcome)) {
            LOG.info(summary.summaryLine());
        } else {
            LOG.warn(summary.summaryLine());
        }
        synchronized (finished) {
            if (finished.size() == SUMMARIES) {
                finished.removeFirst();
            }
            finished.addLast(summary);
        }
    }

    /** The figures of the files in progress now. */
    public List<FileFigures> inProgress() {
        long now = nanoTime.getAsLong();
        return running.stream().map(run -> run.figures(now, FileFigures.RUNNING)).toList();
    }

    /** The summaries of the last files done, oldest first. */
    public List<FileFigures> finished() {
        synchronized (finished) {
            return List.copyOf(finished);
        }
    }
}
