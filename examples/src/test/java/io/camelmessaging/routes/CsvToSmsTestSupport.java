package io.camelmessaging.routes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Properties;

import io.camelmessaging.component.SandboxTestSupport;
import io.camelmessaging.examples.bridge.LineCheckpointRepository;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file to SMS bridge {@code routes/csv-to-sms.yaml}, loaded as Camel Main loads it, with a fresh inbox for each
 * test's CamelContext.
 */
abstract class CsvToSmsTestSupport extends SandboxTestSupport {

    protected static final FileTime MODIFIED = FileTime.fromMillis(1_700_000_000_000L);

    @TempDir
    static Path work;

    protected Path inbox;

    private Path inbox() throws Exception {
        if (inbox == null) {
            inbox = Files.createTempDirectory(work, "inbox");
        }
        return inbox;
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        try {
            properties.put("csv.inbox", inbox().toString());
            properties.put("csv.from", "RAW(+12065550100)");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

    @Override
    protected void bindToRegistry(Registry registry) throws Exception {
        registry.bind("sentLines", new LineCheckpointRepository(inbox().resolve(".sent-lines").toString()));
    }

    @Override
    protected void doPostSetup() throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(
                PluginHelper.getResourceLoader(context).resolveResource("file:../routes/csv-to-sms.yaml"));
    }

    /**
     * The result file of {@code name} as a killed run left it: the repository saw the file (with {@link #MODIFIED}),
     * the result file holds {@code records}, and the repository is restarted, as by a new process.
     */
    protected Path resultsOfAKilledRun(String name, String records) throws Exception {
        LineCheckpointRepository sentLines = context.getRegistry().lookupByNameAndType("sentLines",
                LineCheckpointRepository.class);
        Path results = inbox.resolve("results/" + name.replaceFirst("\\.csv$", "") + ".results.csv");
        sentLines.contains(results + "@" + MODIFIED.toMillis() + ":1");
        Files.createDirectories(results.getParent());
        Files.writeString(results, records);
        sentLines.stop();
        sentLines.start();
        return results;
    }

    /** Writes a file elsewhere and moves it into the inbox, so that the route never reads it half written. */
    protected void drop(String name, String content) throws Exception {
        Path temp = work.resolve(name + ".tmp");
        Files.writeString(temp, content);
        Files.setLastModifiedTime(temp, MODIFIED);
        Files.move(temp, inbox.resolve(name));
    }
}
