package io.camelmessaging.examples.bridge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import io.camelmessaging.component.CapturedLogs;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The file bridge's progress arithmetic on a fixed clock: lines, percent, rates, time left and the summary. */
class FileProgressTest {

    @TempDir
    Path work;

    private final AtomicLong now = new AtomicLong(TimeUnit.SECONDS.toNanos(1_000));
    private final FileProgress progress = new FileProgress(now::get);

    private void advance(long seconds) {
        now.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
    }

    private Path csv(int lines) throws Exception {
        return Files.write(work.resolve("big.csv"), IntStream.rangeClosed(0, lines)
                .mapToObj(i -> i == 0 ? "phone,text,media" : "+1206555" + i + ",line " + i + ",").toList());
    }

    private static void handle(FileRun run, int sent, int failed) {
        IntStream.range(0, sent).forEach(i -> run.sent());
        IntStream.range(0, failed).forEach(i -> run.failed());
    }

    @Test
    void theRecordsAreCountedAsCommonsCsvReadsThem() throws Exception {
        Path file = Files.writeString(work.resolve("quoted.csv"), "phone,text,media\r\n"
                + "+12065550101,\"two\r\nlines\",\r\n\r\n+12065550102,\"a \"\"quote\"\"\",\n+1206555");
        assertThat(CsvRecords.afterHeader(file)).isEqualTo(3);
        assertThat(CsvRecords.afterHeader(Files.writeString(work.resolve("empty.csv"), ""))).isZero();
        assertThat(CsvRecords.afterHeader(csv(1000))).isEqualTo(1000);
    }

    @Test
    void eachReportHasTheRateOfItsIntervalAndTheTimeLeftAtThatRate() throws Exception {
        FileRun run = progress.start("big.csv", csv(1000));
        advance(10);
        handle(run, 300, 100);

        try (CapturedLogs logs = CapturedLogs.install(Level.INFO)) {
            progress.report();
            advance(5);
            handle(run, 100, 0);
            progress.report();
            assertThat(logs.linesContaining("FileProgress")).containsExactly(
                    "INFO io.camelmessaging.examples.bridge.FileProgress big.csv: 400 of 1,000 lines (40.0%), "
                    + "40 lines/s now, 40 lines/s overall, 100 failed, about 15 s left",
                    "INFO io.camelmessaging.examples.bridge.FileProgress big.csv: 500 of 1,000 lines (50.0%), "
                    + "20 lines/s now, 33 lines/s overall, 100 failed, about 25 s left");
        }
    }

    @Test
    void theSummaryCountsEveryLineAndTheFileIsForgotten() throws Exception {
        FileRun run = progress.start("big.csv", csv(1000));
        advance(200);
        handle(run, 990, 10);
        assertThat(progress.inProgress()).singleElement().extracting(FileFigures::secondsLeft).isEqualTo(0.0);

        try (CapturedLogs logs = CapturedLogs.install(Level.INFO)) {
            progress.finish(run, FileFigures.DONE);
            assertThat(logs.linesContaining("FileProgress")).containsExactly(
                    "INFO io.camelmessaging.examples.bridge.FileProgress big.csv done: 1,000 lines in 3 min 20 s "
                    + "(5.0 lines/s), 990 sent, 10 failed");
        }
        assertThat(progress.inProgress()).isEmpty();
        assertThat(progress.finished()).singleElement().satisfies(summary -> assertThat(summary.toJson())
                .containsEntry("file", "big.csv").containsEntry("outcome", "done").containsEntry("lines", 1000L)
                .containsEntry("sent", 990L).containsEntry("failed", 10L).containsEntry("elapsedSeconds", 200.0));
    }

    @Test
    void aStoppedFileIsAWarningWithTheLinesItGotTo() throws Exception {
        FileRun run = progress.start("big.csv", csv(1000));
        advance(4);
        handle(run, 30, 0);
        IntStream.range(0, 20).forEach(i -> run.skipped());

        try (CapturedLogs logs = CapturedLogs.install(Level.INFO)) {
            progress.finish(run, FileFigures.STOPPED);
            assertThat(logs.linesContaining("FileProgress")).containsExactly(
                    "WARN io.camelmessaging.examples.bridge.FileProgress big.csv stopped by an error: 50 of 1,000 "
                    + "lines in 4.0 s (7.5 lines/s), 30 sent, 0 failed, 20 skipped (a result from an earlier run)");
        }
    }

    @Test
    void withNothingHandledTheTimeLeftIsUnknown() throws Exception {
        progress.start("big.csv", csv(10));
        advance(5);

        assertThat(progress.inProgress()).singleElement().extracting(FileFigures::progressLine).isEqualTo(
                "big.csv: 0 of 10 lines (0.0%), 0.0 lines/s now, 0.0 lines/s overall, 0 failed, time left unknown");
    }

    @Test
    void aFileNameWithLineBreaksCannotForgeALogLine() throws Exception {
        FileRun run = progress.start("list\r\n12:00:00 INFO  forged.csv", csv(1));

        assertThat(run.report(0).progressLine()).startsWith("list 12:00:00 INFO  forged.csv: ").doesNotContain("\n");
    }

    @Test
    void onlyTheLastSummariesAreKept() throws Exception {
        for (int i = 1; i <= FileProgress.SUMMARIES + 2; i++) {
            progress.finish(progress.start("file-" + i + ".csv", csv(1)), FileFigures.DONE);
        }

        assertThat(progress.finished()).extracting(FileFigures::file).hasSize(FileProgress.SUMMARIES)
                .startsWith("file-3.csv").endsWith("file-12.csv");
    }

    @Test
    void eachLineCountsAsSkippedFailedOrSent() throws Exception {
        FileRun run = progress.start("big.csv", csv(3));
        Exchange line = new DefaultExchange(new DefaultCamelContext());
        line.setProperty(FileProgress.RUN, run);
        progress.line(line);
        line.setProperty(Exchange.EXCEPTION_CAUGHT, new IllegalStateException("refused"));
        progress.line(line);
        line.setProperty(Exchange.DUPLICATE_MESSAGE, true);
        progress.line(line);

        assertThat(progress.inProgress()).singleElement().satisfies(figures -> {
            assertThat(figures.sent()).isEqualTo(1);
            assertThat(figures.failed()).isEqualTo(1);
            assertThat(figures.skipped()).isEqualTo(1);
            assertThat(figures.percent()).isEqualTo(100.0);
        });
    }
}
