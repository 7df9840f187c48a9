package io.camelmessaging.routes;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.camelmessaging.sandbox.RecordedMessage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The file to SMS bridge fed hostile cells: its result file stays one CSV record per input line, with no formula, and
 * its log one line per input line.
 */
class CsvToSmsSecurityTest extends CsvToSmsTestSupport {

    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")";
    private static final String FORGERY = "+12065550101\n5,+12065550199,SENT,forged";

    private final List<String> logged = new CopyOnWriteArrayList<>();

    @Override
    protected void doPostSetup() throws Exception {
        Configurator.setLevel("demo", Level.INFO);
        context.getCamelContextExtension().addLogListener((exchange, logger, message) -> {
            logged.add(message);
            return message;
        });
        super.doPostSetup();
    }

    /** Drops the level set above, so the demo log inherits the root level again, as other tests expect. */
    @AfterEach
    void restoreDemoLog() {
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        logging.getConfiguration().removeLogger("demo");
        logging.updateLoggers();
    }

    @Test
    void hostileCellsCanNeitherForgeRecordsNorBecomeFormulas() throws Exception {
        drop("hostile.csv", "phone,text,media\r\n"
                            + "\"" + FORMULA.replace("\"", "\"\"") + "\",formula,\r\n"
                            + "\"" + FORGERY + "\",forgery,\r\n"
                            + "+12065550102,genuine,\r\n");

        await().atMost(20, TimeUnit.SECONDS).until(() -> Files.exists(inbox.resolve("done/hostile.csv")));

        List<CSVRecord> results;
        try (Reader reader = Files.newBufferedReader(inbox.resolve("results/hostile.results.csv"))) {
            results = CSVFormat.DEFAULT.parse(reader).getRecords();
        }
        assertThat(results).extracting(CSVRecord::toList).extracting(cells -> cells.subList(0, 3)).containsExactly(
                List.of("1", "'" + FORMULA, "FAILED"),
                List.of("2", "'" + FORGERY, "FAILED"),
                List.of("3", "+12065550102", "SENT"));
        assertThat(results).noneMatch(r -> r.get(1).equals("+12065550199") && r.get(2).equals("SENT"));
        assertThat(logged).hasSize(3).noneMatch(line -> line.contains("\n") || line.contains("\r"));
        assertThat(logged.get(1)).startsWith("2,\"'+12065550101 5,+12065550199,SENT,forged\",FAILED,");
        assertThat(sandbox.messages()).extracting(RecordedMessage::to).containsExactly("+12065550102");
    }

    @Test
    void mediaCellsReadNoLocalFileNorProperty() throws Exception {
        Path secret = Files.writeString(work.resolve("csv-secret.txt"), "CSV-SECRET-4711");
        System.setProperty("csv.security.secret", "CSV-PROPERTY-SECRET");
        drop("media.csv", "phone,text,media\r\n"
                          + "+12065550101,local file,file:" + secret + "\r\n"
                          + "+12065550102,classpath,classpath:log4j2-test.properties\r\n"
                          + "+12065550103,placeholder,file:{{sys:csv.security.secret}}\r\n"
                          + "+12065550104,s3,s3://bucket-1/photo.jpg\r\n");

        await().atMost(20, TimeUnit.SECONDS).until(() -> Files.exists(inbox.resolve("done/media.csv")));

        String results = Files.readString(inbox.resolve("results/media.results.csv"));
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new java.io.StringReader(results)).getRecords();
        assertThat(records).extracting(r -> r.get(2)).containsExactly("FAILED", "FAILED", "FAILED", "SENT");
        assertThat(records.subList(0, 3)).allSatisfy(r -> assertThat(r.get(3))
                .contains("MediaUrls").contains("allowedMediaSchemes"));
        assertThat(results + logged).doesNotContain("CSV-SECRET-4711").doesNotContain("CSV-PROPERTY-SECRET");
        assertThat(sandbox.messages()).extracting(RecordedMessage::to).containsExactly("+12065550104");
    }
}
