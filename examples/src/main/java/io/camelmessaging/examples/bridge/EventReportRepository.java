package io.camelmessaging.examples.bridge;

import java.io.IOException;
import java.io.StringReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.List;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The idempotent repository of the events bridge: an event is handled once the route has appended its record, whose
 * last cell is the event id, to the report file ({@link EventLines}). That one append is the event's checkpoint, so a
 * consumer killed after it, before the provider forgot the event, drops the event when it comes again instead of
 * writing a second record. At start it reads the ids of the report's records; a last record torn by a kill mid-write
 * (without its line break) is cut off the file, as if never written. It remembers the last {@code maxEvents} ids.
 */
public class EventReportRepository extends ServiceSupport implements IdempotentRepository {

    private final Path report;
    private final int maxEvents;
    private final LinkedHashSet<String> handled = new LinkedHashSet<>();

    /**
     * @param reportFile the report file the route appends each event's record to
     * @param maxEvents  how many event ids are remembered, the oldest forgotten first
     */
    public EventReportRepository(String reportFile, int maxEvents) {
        this.report = Path.of(reportFile);
        this.maxEvents = maxEvents;
    }

    /** A repository remembering the last 100,000 events. */
    public EventReportRepository(String reportFile) {
        this(reportFile, 100_000);
    }

    @Override
    public synchronized boolean contains(String eventId) {
        return handled.contains(eventId);
    }

    /** Marks the event handled, once the route has appended its record; the record is what lasts. */
    @Override
    public synchronized boolean add(String eventId) {
        boolean added = handled.add(eventId);
        if (handled.size() > maxEvents) {
            handled.remove(handled.iterator().next());
        }
        return added;
    }

    @Override
    public synchronized boolean remove(String eventId) {
        return handled.remove(eventId);
    }

    @Override
    public boolean confirm(String eventId) {
        return true;
    }

    @Override
    public synchronized void clear() {
        handled.clear();
    }

    @Override
    protected synchronized void doStart() throws IOException {
        handled.clear();
        if (!Files.exists(report)) {
            return;
        }
        String content = Files.readString(report, StandardCharsets.UTF_8);
        int end = content.lastIndexOf('\n') + 1;
        if (end < content.length()) {
            try (FileChannel channel = FileChannel.open(report, StandardOpenOption.WRITE)) {
                channel.truncate(content.substring(0, end).getBytes(StandardCharsets.UTF_8).length);
            }
        }
        try (StringReader records = new StringReader(content.substring(0, end))) {
            for (CSVRecord record : CSVFormat.DEFAULT.parse(records)) {
                List<String> cells = record.toList();
                add(cells.get(cells.size() - 1));
            }
        }
    }
}
