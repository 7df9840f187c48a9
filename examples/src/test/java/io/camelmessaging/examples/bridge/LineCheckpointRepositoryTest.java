package io.camelmessaging.examples.bridge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The file bridge's line checkpoints: the result records themselves, read again after a restart, a torn last record
 * cut off, each version of an input file after the records of the one before, bounded by file count.
 */
class LineCheckpointRepositoryTest {

    @TempDir
    Path work;

    private String store;
    private Path results;

    @BeforeEach
    void paths() {
        store = work.resolve("sent-lines").toString();
        results = work.resolve("results/a.results.csv");
    }

    private LineCheckpointRepository started(int maxFiles) {
        LineCheckpointRepository repository = new LineCheckpointRepository(store, maxFiles);
        repository.start();
        return repository;
    }

    private static void append(Path file, String records) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, records, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private String key(String version, int line) {
        return results + "@" + version + ":" + line;
    }

    @Test
    void aLineWhoseResultRecordWasWrittenIsHandledAfterARestartEvenUnadded() throws Exception {
        LineCheckpointRepository before = started(1000);
        assertThat(before.contains(key("1", 1))).isFalse();
        append(results, "3,+12065550103,SENT,m-3\r\n1,\"a \"\"quoted\"\"\r\n3,+1 cell\",FAILED,\"x\ny\"\r\n");
        assertThat(before.add(key("1", 3))).isTrue();
        assertThat(before.add(key("1", 3))).as("already handled").isFalse();

        LineCheckpointRepository after = started(1000);

        assertThat(after.contains(key("1", 1))).as("never added, but its record was written").isTrue();
        assertThat(after.contains(key("1", 2))).as("the 3 inside a quoted cell").isFalse();
        assertThat(after.contains(key("1", 3))).isTrue();
    }

    @Test
    void aTornLastRecordIsCutOffAndItsLineIsNotHandled() throws Exception {
        String written = "1,+12065550101,SENT,m-1\r\n2,\"two\r\nlines\",SENT,m-2\r\n";
        for (String torn : new String[] {"3", "3,+1206555", "3,\"an open\r\nquote", "3,+12065550103,SENT,m-3\r"}) {
            Files.deleteIfExists(Path.of(store));
            Files.deleteIfExists(results);
            started(1000).contains(key("1", 1));
            append(results, written + torn);

            LineCheckpointRepository after = started(1000);

            assertThat(after.contains(key("1", 2))).isTrue();
            assertThat(after.contains(key("1", 3))).as(torn).isFalse();
            assertThat(Files.readString(results)).as(torn).isEqualTo(written);
        }
    }

    @Test
    void aNewVersionStartsAfterTheRecordsOfTheOneBefore() throws Exception {
        LineCheckpointRepository repository = started(1000);
        repository.contains(key("1", 1));
        append(results, "1,+12065550101,SENT,m-1\r\n2,+12065550102,SENT,m-2\r\n3,+120655");

        assertThat(repository.contains(key("2", 1))).isFalse();
        assertThat(Files.readString(results)).as("the torn record of version 1 cut off")
                .isEqualTo("1,+12065550101,SENT,m-1\r\n2,+12065550102,SENT,m-2\r\n");
        append(results, "2,+12065550102,SENT,m-4\r\n");
        LineCheckpointRepository after = started(1000);

        assertThat(after.contains(key("2", 1))).isFalse();
        assertThat(after.contains(key("2", 2))).isTrue();
        assertThat(after.contains(key("2", 3))).isFalse();
    }

    @Test
    void theResultFilesWhoseVersionsStartedLongestAgoAreDroppedBeyondMaxFiles() throws Exception {
        Path old = work.resolve("old.results.csv");
        Path middle = work.resolve("middle.results.csv");
        LineCheckpointRepository before = started(2);
        before.contains(old + "@1:1");
        before.contains(middle + "@1:1");
        append(old, "1,a,SENT,m\r\n");
        append(middle, "1,b,SENT,m\r\n");
        before.add(old + "@1:1");
        assertThat(before.contains(old + "@1:1")).as("used last, but started first").isTrue();
        before.contains(work.resolve("new.results.csv") + "@1:1");

        LineCheckpointRepository after = started(2);

        assertThat(after.contains(middle + "@1:1")).isTrue();
        assertThat(after.contains(old + "@1:1")).as("dropped: its record counts for no line").isFalse();
    }

    @Test
    void aFileNameWithLineBreaksAndSpacesStaysOneStoreRecord() throws Exception {
        results = work.resolve("results/a b\n1 0 x.results.csv");
        started(1000).contains(key("7", 1));
        append(results, "1,+12065550101,SENT,m-1\r\n");

        assertThat(started(1000).contains(key("7", 1))).isTrue();
        assertThat(Files.readAllLines(Path.of(store))).hasSize(1);
    }

    @Test
    void removeAndClearForgetLines() throws Exception {
        LineCheckpointRepository repository = started(1000);
        repository.add(key("1", 1));
        repository.add(key("1", 2));

        assertThat(repository.remove(key("1", 1))).isTrue();
        assertThat(repository.remove(key("1", 9))).isFalse();
        assertThat(repository.contains(key("1", 1))).isFalse();
        repository.clear();
        assertThat(Files.readAllLines(Path.of(store))).isEmpty();
        assertThat(repository.contains(key("1", 2))).isFalse();
    }

    @Test
    void aKeyWithoutVersionOrLineNumberIsRefusedWithTheExpectedShape() {
        LineCheckpointRepository repository = started(1000);

        assertThatThrownBy(() -> repository.add("contacts.results.csv:1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Line checkpoint key 'contacts.results.csv:1' must be <result file>@<version>:<line "
                            + "number>, e.g. results/contacts.results.csv@1700000000:17");
        assertThatThrownBy(() -> repository.contains("contacts.results.csv@1:x")).hasMessageContaining("@1:x'");
    }

    @Test
    void aFileThatIsNoResultFileIsRefused() throws Exception {
        append(results, "phone,text\r\n");

        assertThatThrownBy(() -> started(1000).contains(key("1", 1))).isInstanceOf(IllegalStateException.class)
                .hasMessage(results + " is not a result file of the file bridge: the record at byte 0 does not start "
                            + "with a number");
    }
}
