package io.camelmessaging.bridge;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * The idempotent repository of the file bridge: which lines of which files were handled, for keys
 * {@code <file>:<line number>}. It keeps one bit per line in memory (a file of a million lines takes 125 KB, where a
 * repository of key strings would take over 100 MB) and appends every added key to a store file, flushed at once, so
 * that after the process is killed and restarted the lines already handled are skipped. Lines may be added in any
 * order, so parallel splits work too. The checkpoints of the {@code maxFiles} most recently used files are kept; the
 * store is compacted to them at start.
 */
public class LineCheckpointRepository extends ServiceSupport implements IdempotentRepository {

    private final Path store;
    private final Map<String, BitSet> files;
    private BufferedWriter writer;

    /**
     * @param storeFile where the handled keys are kept across restarts
     * @param maxFiles  how many files' checkpoints are kept, the least recently used dropped first
     */
    public LineCheckpointRepository(String storeFile, int maxFiles) {
        this.store = Path.of(storeFile);
        this.files = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, BitSet> eldest) {
                return size() > maxFiles;
            }
        };
    }

    /** A repository keeping the checkpoints of the 1,000 most recently used files. */
    public LineCheckpointRepository(String storeFile) {
        this(storeFile, 1000);
    }

    @Override
    public synchronized boolean contains(String key) {
        Line line = Line.of(key);
        BitSet handled = files.get(line.file());
        return handled != null && handled.get(line.number());
    }

    @Override
    public synchronized boolean add(String key) {
        Line line = Line.of(key);
        BitSet handled = files.computeIfAbsent(line.file(), file -> new BitSet());
        if (handled.get(line.number())) {
            return false;
        }
        handled.set(line.number());
        append(key);
        return true;
    }

    @Override
    public synchronized boolean remove(String key) {
        Line line = Line.of(key);
        BitSet handled = files.get(line.file());
        if (handled == null || !handled.get(line.number())) {
            return false;
        }
        handled.clear(line.number());
        compact();
        return true;
    }

    @Override
    public boolean confirm(String key) {
        return true;
    }

    @Override
    public synchronized void clear() {
        files.clear();
        compact();
    }

    /** How many lines of {@code file} were handled. */
    public synchronized int handledLines(String file) {
        BitSet handled = files.get(file);
        return handled == null ? 0 : handled.cardinality();
    }

    @Override
    protected synchronized void doStart() throws IOException {
        if (Files.exists(store)) {
            try (BufferedReader reader = Files.newBufferedReader(store, StandardCharsets.UTF_8)) {
                for (String entry = reader.readLine(); entry != null; entry = reader.readLine()) {
                    if (!entry.isEmpty()) {
                        Line line = Line.of(entry);
                        files.computeIfAbsent(line.file(), file -> new BitSet()).set(line.number());
                    }
                }
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

    private void append(String entry) {
        try {
            writer.write(entry);
            writer.newLine();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write line checkpoint to " + store, e);
        }
    }

    /** Rewrites the store with just the kept checkpoints, atomically, and reopens it for appending. */
    private void compact() {
        try {
            if (writer != null) {
                writer.close();
            }
            Path parent = store.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path compacted = Files.createTempFile(parent, store.getFileName().toString(), ".tmp");
            try (BufferedWriter out = Files.newBufferedWriter(compacted, StandardCharsets.UTF_8)) {
                for (Map.Entry<String, BitSet> file : files.entrySet()) {
                    for (int n = file.getValue().nextSetBit(0); n >= 0; n = file.getValue().nextSetBit(n + 1)) {
                        out.write(file.getKey() + ':' + n);
                        out.newLine();
                    }
                }
            }
            Files.move(compacted, store, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            writer = Files.newBufferedWriter(store, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot compact line checkpoints in " + store, e);
        }
    }

    /** A key split into its file and line number. */
    private record Line(String file, int number) {

        static Line of(String key) {
            int colon = key == null ? -1 : key.lastIndexOf(':');
            if (colon <= 0 || colon == key.length() - 1 || !key.substring(colon + 1).matches("\\d{1,9}")) {
                throw new IllegalArgumentException("Line checkpoint key '" + key
                                                   + "' must be <file>:<line number>, e.g. contacts.csv:17");
            }
            return new Line(key.substring(0, colon), Integer.parseInt(key.substring(colon + 1)));
        }
    }
}
