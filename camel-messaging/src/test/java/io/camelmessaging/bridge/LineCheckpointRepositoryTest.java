package io.camelmessaging.bridge;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The file bridge's line checkpoints: kept across restarts, in any order, compacted, bounded by file count.
 */
class LineCheckpointRepositoryTest {

    @TempDir
    Path work;

    @Test
    void linesAddedInAnyOrderAreKnownAgainAfterARestart() throws Exception {
        String store = work.resolve("sent-lines").toString();
        LineCheckpointRepository before = new LineCheckpointRepository(store);
        before.start();
        assertThat(before.add("a.csv@1:3")).isTrue();
        assertThat(before.add("a.csv@1:1")).isTrue();
        assertThat(before.add("a.csv@1:3")).as("already handled").isFalse();
        assertThat(before.add("b:c.csv@2:7")).as("a file name with a colon").isTrue();

        LineCheckpointRepository after = new LineCheckpointRepository(store);
        after.start();

        assertThat(after.contains("a.csv@1:1")).isTrue();
        assertThat(after.contains("a.csv@1:2")).isFalse();
        assertThat(after.contains("a.csv@1:3")).isTrue();
        assertThat(after.contains("b:c.csv@2:7")).isTrue();
        assertThat(after.handledLines("a.csv@1")).isEqualTo(2);
        assertThat(Files.readAllLines(Path.of(store))).as("compacted at start")
                .containsExactlyInAnyOrder("a.csv@1:1", "a.csv@1:3", "b:c.csv@2:7");
    }

    @Test
    void theLeastRecentlyUsedFilesAreDroppedBeyondMaxFiles() throws Exception {
        String store = work.resolve("sent-lines").toString();
        LineCheckpointRepository repository = new LineCheckpointRepository(store, 2);
        repository.start();
        repository.add("old.csv:1");
        repository.add("middle.csv:1");
        repository.add("old.csv:2");
        repository.add("new.csv:1");

        assertThat(repository.contains("old.csv:1")).as("first added, but used since").isTrue();
        assertThat(repository.contains("middle.csv:1")).as("the least recently used").isFalse();
        assertThat(repository.contains("new.csv:1")).isTrue();
        repository.stop();
        repository.start();
        assertThat(repository.contains("old.csv:2")).as("after a restart").isTrue();
        assertThat(repository.contains("middle.csv:1")).isFalse();
        assertThat(repository.contains("new.csv:1")).isTrue();
    }

    @Test
    void removeAndClearForgetLines() throws Exception {
        LineCheckpointRepository repository = new LineCheckpointRepository(work.resolve("s").toString());
        repository.start();
        repository.add("f.csv:1");
        repository.add("f.csv:2");

        assertThat(repository.remove("f.csv:1")).isTrue();
        assertThat(repository.remove("f.csv:9")).isFalse();
        assertThat(repository.contains("f.csv:1")).isFalse();
        repository.clear();
        assertThat(repository.contains("f.csv:2")).isFalse();
        assertThat(Files.readAllLines(work.resolve("s"))).isEmpty();
    }

    @Test
    void aKeyWithoutALineNumberIsRefusedWithTheExpectedShape() {
        LineCheckpointRepository repository = new LineCheckpointRepository(work.resolve("s").toString());
        repository.start();

        assertThatThrownBy(() -> repository.add("contacts.csv")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Line checkpoint key 'contacts.csv' must be <file>:<line number>, e.g. contacts.csv:17");
        assertThatThrownBy(() -> repository.contains("contacts.csv:x")).hasMessageContaining("'contacts.csv:x'");
    }
}
