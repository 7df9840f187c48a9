package io.camelmessaging.routes;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.camelmessaging.component.CapturedLogs;
import io.camelmessaging.sandbox.Fault;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleResolver;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The file bridge's progress: while a file is sent, a progress line every {@code csv.progressInterval} and the file
 * in the {@code file-progress} dev console; when it is done, a summary with its counts.
 */
class CsvToSmsProgressTest extends CsvToSmsTestSupport {

    private static final String PROGRESS = "INFO io.camelmessaging.examples.bridge.FileProgress ";
    private CapturedLogs logs;

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = super.useOverridePropertiesWithPropertiesComponent();
        properties.put("csv.progressInterval", "200");
        return properties;
    }

    @BeforeEach
    void captureLogs() {
        logs = CapturedLogs.install(Level.INFO);
    }

    @AfterEach
    void stopCapturing() {
        logs.close();
    }

    private DevConsole console() {
        return context.getCamelContextExtension().getContextPlugin(DevConsoleResolver.class)
                .resolveDevConsole("file-progress");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> consoleJson(String list) {
        return (List<Map<String, Object>>) ((Map<String, Object>) console().call(DevConsole.MediaType.JSON)).get(list);
    }

    @Test
    void aSlowFileReportsItsProgressAndEndsWithASummaryOfItsCounts() throws Exception {
        sandbox.faults().next(5, Fault.delay(Duration.ofMillis(400)));
        drop("slow.csv", """
                phone,text,media
                +12065550101,first,
                +12065550102,second,
                not-a-number,never sent,
                +12065550104,"fourth, with a
                line break",
                +12065550105,fifth,
                +12065550106,sixth,
                """);

        await().atMost(10, TimeUnit.SECONDS).until(() -> consoleJson("inProgress").stream()
                .anyMatch(file -> "slow.csv".equals(file.get("file")) && Long.valueOf(6).equals(file.get("lines"))));
        await().atMost(20, TimeUnit.SECONDS).until(() -> !logs.linesContaining(PROGRESS + "slow.csv done").isEmpty());

        assertThat(logs.linesContaining(PROGRESS + "slow.csv: ")).isNotEmpty().allSatisfy(line -> assertThat(line)
                .matches(".* slow\\.csv: [0-6] of 6 lines \\(\\d+\\.\\d%\\), [\\d.,]+ lines/s now, [\\d.,]+ lines/s "
                         + "overall, [01] failed, (about [\\d.]+ s left|time left unknown)"));
        assertThat(logs.linesContaining(PROGRESS + "slow.csv done")).singleElement().asString()
                .matches(".* slow\\.csv done: 6 lines in [\\d.]+ s \\([\\d.]+ lines/s\\), 5 sent, 1 failed");
        assertThat(Files.readAllLines(inbox.resolve("results/slow.results.csv")).stream()
                .filter(line -> line.contains(",FAILED,"))).hasSize(1);
        assertThat(consoleJson("inProgress")).isEmpty();
        assertThat(consoleJson("done")).singleElement().satisfies(file -> assertThat(file)
                .containsEntry("file", "slow.csv").containsEntry("outcome", "done").containsEntry("lines", 6L)
                .containsEntry("done", 6L).containsEntry("sent", 5L).containsEntry("failed", 1L)
                .containsEntry("percent", 100.0));
        assertThat((String) console().call(DevConsole.MediaType.TEXT)).contains("slow.csv done: 6 lines");
    }

    @Test
    void afterARestartTheLinesWithAResultCountAsSkipped() throws Exception {
        resultsOfAKilledRun("batch.csv", "1,+12065550101,SENT,m-1\r\n2,+12065550102,FAILED,refused\r\n");
        drop("batch.csv", "phone,text,media\n+12065550101,first,\n+12065550102,second,\n+12065550103,third,\n");

        await().atMost(20, TimeUnit.SECONDS).until(() -> !logs.linesContaining(PROGRESS + "batch.csv done").isEmpty());

        assertThat(logs.linesContaining(PROGRESS + "batch.csv done")).singleElement().asString().matches(
                ".* batch\\.csv done: 3 lines in .*, 1 sent, 0 failed, 2 skipped \\(a result from an earlier run\\)");
    }
}
