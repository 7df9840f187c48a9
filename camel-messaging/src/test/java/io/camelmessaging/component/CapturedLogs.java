package io.camelmessaging.component;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/**
 * Captures log events while installed: every logger at the given level, and the component's own loggers at every
 * level, TRACE included.
 */
public final class CapturedLogs extends AbstractAppender implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final LoggerContext context = (LoggerContext) LogManager.getContext(false);
    private final LoggerConfig root = context.getConfiguration().getRootLogger();
    private final LoggerConfig component = context.getConfiguration().getLoggerConfig("io.camelmessaging");
    private final Level previousRootLevel = root.getLevel();
    private final Level previousComponentLevel = component.getLevel();

    private CapturedLogs(Level level) {
        super("captured", null, null, true, Property.EMPTY_ARRAY);
        start();
        root.addAppender(this, Level.ALL, null);
        root.setLevel(level);
        component.setLevel(Level.ALL);
        context.updateLoggers();
    }

    /** Starts capturing everything logged at {@code level} or above, and everything the component logs. */
    public static CapturedLogs install(Level level) {
        return new CapturedLogs(level);
    }

    @Override
    public void append(LogEvent event) {
        StringBuilder line = new StringBuilder(event.getLevel().name()).append(' ').append(event.getLoggerName())
                .append(' ').append(event.getMessage().getFormattedMessage());
        for (Throwable t = event.getThrown(); t != null; t = t.getCause()) {
            line.append(" | ").append(t);
        }
        lines.add(line.toString());
    }

    /** Every captured line: level, logger, message and the thrown exceptions. */
    public List<String> lines() {
        return lines;
    }

    /** The captured lines that contain {@code text}, shortened for a readable failure. */
    public List<String> linesContaining(String text) {
        return lines.stream().filter(line -> line.contains(text))
                .map(line -> line.substring(0, Math.min(line.length(), 220))).toList();
    }

    /** Level and logger ({@code "DEBUG io.netty..."}) of every captured line that contains {@code text}. */
    public Set<String> printers(String text) {
        return lines.stream().filter(line -> line.contains(text))
                .map(line -> line.substring(0, line.indexOf(' ', line.indexOf(' ') + 1)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public void close() {
        root.removeAppender(getName());
        root.setLevel(previousRootLevel);
        component.setLevel(previousComponentLevel);
        context.updateLoggers();
        stop();
    }
}
