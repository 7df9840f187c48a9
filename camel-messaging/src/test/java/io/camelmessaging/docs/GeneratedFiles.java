package io.camelmessaging.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;

/**
 * Compares a committed generated file with what the catalog gives now, or rewrites it when the system property
 * {@value #UPDATE_PROPERTY} is {@code true}.
 */
public final class GeneratedFiles {

    /** Set to {@code true} to rewrite the generated files instead of checking them. */
    public static final String UPDATE_PROPERTY = "messaging.docs.update";

    /** The one command that regenerates every file rendered from {@code messaging.json}. */
    public static final String REGENERATE = "mvn -o -B -q -pl camel-messaging,camel-messaging-spring-boot-starter test"
                                            + " -Dtest='Generated*Test' -Dsurefire.failIfNoSpecifiedTests=false -D"
                                            + UPDATE_PROPERTY + "=true";

    private GeneratedFiles() {
    }

    /** The directory of the Maven module under test. */
    public static Path moduleDir() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    }

    /**
     * Fails, with a unified diff and the command that regenerates, when {@code file} is not {@code expected}; in update
     * mode writes it instead.
     */
    public static void checkOrUpdate(Path file, String expected) throws IOException {
        String actual = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        if (actual.equals(expected)) {
            return;
        }
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, expected, StandardCharsets.UTF_8);
            return;
        }
        throw new AssertionError(file + " differs from what messaging.json gives. Regenerate with:\n  " + REGENERATE
                                 + "\n" + diff(file.getFileName().toString(), actual, expected));
    }

    /**
     * {@code text} with the lines between the line {@code start} and the line {@code end} replaced by
     * {@code generated}.
     */
    public static String replaceBetween(String text, String start, String end, String generated) {
        int from = text.indexOf(start + "\n");
        int to = text.indexOf(end + "\n", Math.max(from, 0));
        if (from < 0 || to < 0) {
            throw new IllegalArgumentException("markers not found, each on its own line: " + start + " ... " + end);
        }
        return text.substring(0, from + start.length() + 1) + generated + text.substring(to);
    }

    private static String diff(String name, String actual, String expected) {
        List<String> committed = actual.lines().toList();
        List<String> generated = expected.lines().toList();
        return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff("committed/" + name, "generated/" + name,
                committed, DiffUtils.diff(committed, generated), 2));
    }
}
