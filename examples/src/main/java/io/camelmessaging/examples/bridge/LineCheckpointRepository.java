package io.camelmessaging.examples.bridge;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The idempotent repository of the file bridge, for keys {@code <result file>@<version>:<line number>}: a line is
 * handled once the route has appended its result record, a CSV record that starts with the line number, to the result
 * file. That one append is the line's checkpoint, so a kill leaves every line with one result record or none, and a
 * line with a record is never sent again. The version stands for the input file (e.g. its modification time): a new
 * version starts after the records already in the result file. The store file keeps, per result file, its version and
 * the offset where its records start, written before the version's first line is sent.
 * <p>
 * In memory it keeps one bit per line (a file of a million lines takes 125 KB), read from the result file when a
 * version is first used after a start: a torn last record, written by a process killed mid-write, is cut off, as if
 * never written. Lines may be added in any order, so parallel splits work too. The {@code maxFiles} result files whose
 * versions started last are kept; the store is compacted to them at start. This holds for a killed process, whose
 * writes the operating system keeps; nothing is forced to disk, so a power failure can lose the last records.
 */
public class LineCheckpointRepository extends ServiceSupport implements IdempotentRepository {

    private final Path store;
    private final Map<String, Version> files;
    private BufferedWriter writer;

    /**
     * @param storeFile where the versions of the result files are kept across restarts
     * @param maxFiles  how many result files are kept, the one whose version started longest ago dropped first
     */
    public LineCheckpointRepository(String storeFile, int maxFiles) {
        this.store = Path.of(storeFile);
        this.files = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Version> eldest) {
                return size() > maxFiles;
            }
        };
    }

    /** A repository keeping the 1,000 result files whose versions started last. */
    public LineCheckpointRepository(String storeFile) {
        this(storeFile, 1000);
    }

    /** Whether the line has a result record; the first line asked of a new version records where the version starts. */
    @Override
    public synchronized boolean contains(String key) {
        Line line = Line.of(key);
        return lines(line).get(line.number());
    }

    /** Marks the line handled, once the route has appended its result record; the record is what lasts. */
    @Override
    public synchronized boolean add(String key) {
        Line line = Line.of(key);
        BitSet lines = lines(line);
        boolean added = !lines.get(line.number());
        lines.set(line.number());
        return added;
    }

    /** Marks the line unhandled until the next start, which reads its result record, if any, again. */
    @Override
    public synchronized boolean remove(String key) {
        Line line = Line.of(key);
        BitSet lines = lines(line);
        boolean removed = lines.get(line.number());
        lines.clear(line.number());
        return removed;
    }

    @Override
    public boolean confirm(String key) {
        return true;
    }

    /** Forgets every version: the records already in the result files then count for no line. */
    @Override
    public synchronized void clear() {
        files.clear();
        compact();
    }

    @Override
    protected synchronized void doStart() throws IOException {
        if (Files.exists(store)) {
            String content = Files.readString(store, StandardCharsets.UTF_8);
            // a last record without its line break was torn by a kill: its version had sent nothing yet
            for (String record : content.substring(0, content.lastIndexOf('\n') + 1).lines().toList()) {
                String[] fields = record.split(" ", 3);
                if (fields.length != 3 || !fields[1].matches("\\d{1,18}")) {
                    throw new IllegalStateException("Line checkpoint store " + store + " has a bad record: " + record);
                }
                Version version = new Version(URLDecoder.decode(fields[2], StandardCharsets.UTF_8), fields[0],
                        Long.parseLong(fields[1]));
                keep(version);
            }
        }
        compact();
    }

    @Override
    protected synchronized void doStop() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }

    /** The handled lines of the key's version of its result file, which starts now if it is new. */
    private BitSet lines(Line line) {
        Version version = files.get(line.resultFile());
        return version != null && version.name.equals(line.version()) ? version.lines() : begin(line, version).lines;
    }

    /** Starts a new version after the records already in the result file, a torn last record cut off first. */
    private Version begin(Line line, Version previous) {
        try {
            Path resultFile = Path.of(line.resultFile());
            ResultRecords.read(resultFile, previous == null ? 0 : previous.start);
            Version version = new Version(line.resultFile(), line.version(),
                    Files.exists(resultFile) ? Files.size(resultFile) : 0);
            version.lines = new BitSet();
            keep(version);
            append(version.record());
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start line checkpoints of " + line.resultFile(), e);
        }
    }

    /** Keeps the version as the one started last. */
    private void keep(Version version) {
        files.remove(version.resultFile);
        files.put(version.resultFile, version);
    }

    private void append(String record) {
        try {
            writer.write(record);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write line checkpoint to " + store, e);
        }
    }

    /** Rewrites the store with just the kept versions, atomically, and reopens it for appending. */
    private void compact() {
        try {
            if (writer != null) {
                writer.close();
            }
            Path parent = store.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path compacted = Files.createTempFile(parent, store.getFileName().toString(), ".tmp");
            try (BufferedWriter out = Files.newBufferedWriter(compacted, StandardCharsets.UTF_8)) {
                for (Version version : files.values()) {
                    out.write(version.record());
                }
            }
            Files.move(compacted, store, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            writer = Files.newBufferedWriter(store, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot compact line checkpoints in " + store, e);
        }
    }

    /** A version of a result file: its name, where its records start, and its handled lines once read. */
    private static final class Version {
        private final String resultFile;
        private final String name;
        private final long start;
        private BitSet lines;

        Version(String resultFile, String name, long start) {
            this.resultFile = resultFile;
            this.name = name;
            this.start = start;
        }

        /** Its store record, the file name URL-encoded, so that no character of it can end the record. */
        String record() {
            return name + ' ' + start + ' ' + URLEncoder.encode(resultFile, StandardCharsets.UTF_8) + '\n';
        }

        /** The handled lines, read from the result file the first time. */
        BitSet lines() {
            if (lines == null) {
                try {
                    lines = ResultRecords.read(Path.of(resultFile), start);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read the result records of " + resultFile, e);
                }
            }
            return lines;
        }
    }

    /** A key split into its result file, version and line number. */
    private record Line(String resultFile, String version, int number) {

        static Line of(String key) {
            int colon = key == null ? -1 : key.lastIndexOf(':');
            int at = colon < 0 ? -1 : key.lastIndexOf('@', colon);
            if (at <= 0 || !key.substring(at + 1, colon).matches("\\S+")
                || !key.substring(colon + 1).matches("\\d{1,9}")) {
                throw new IllegalArgumentException("Line checkpoint key '" + key + "' must be <result file>@<version>:"
                                                   + "<line number>, e.g. results/contacts.results.csv@1700000000:17");
            }
            return new Line(key.substring(0, at), key.substring(at + 1, colon),
                    Integer.parseInt(key.substring(colon + 1)));
        }
    }
}
