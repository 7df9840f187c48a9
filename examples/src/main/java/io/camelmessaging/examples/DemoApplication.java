package io.camelmessaging.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;

import io.camelmessaging.sandbox.MessagingSandbox;
import io.camelmessaging.sandbox.RecordedMessage;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.main.Main;

/**
 * The README's demo: starts the embedded sandbox, runs the routes of {@code routes/} in Camel Main with
 * {@code examples/application.properties}, drops {@code examples/data/contacts.csv} into the inbox, waits until every
 * line is handled, and prints what the sandbox's outbox received. System properties: {@code demo.port} (sandbox port,
 * default 8088), {@code demo.linger} (seconds to keep the outbox page up afterwards, default 0).
 */
public final class DemoApplication {

    private DemoApplication() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.getInteger("demo.port", 8088);
        int linger = Integer.getInteger("demo.linger", 0);
        Path inbox = Path.of("examples/work/inbox");
        Files.createDirectories(inbox);

        try (MessagingSandbox sandbox = MessagingSandbox.start(port)) {
            Main main = new Main();
            main.setPropertyPlaceholderLocations("file:examples/application.properties");
            main.addInitialProperty("camel.component.messaging.access-key", MessagingSandbox.AWS_ACCESS_KEY_ID);
            main.addInitialProperty("camel.component.messaging.secret-key", MessagingSandbox.AWS_SECRET_ACCESS_KEY);
            main.addInitialProperty("camel.component.messaging.override-endpoint", "true");
            main.addInitialProperty("camel.component.messaging.uri-endpoint-override", sandbox.baseUri().toString());
            main.start();
            try {
                NotifyBuilder fileDone = new NotifyBuilder(main.getCamelContext()).fromRoute("csv-to-sms").whenDone(1)
                        .create();
                Files.copy(Path.of("examples/data/contacts.csv"), inbox.resolve("contacts.csv"),
                        StandardCopyOption.REPLACE_EXISTING);
                if (!fileDone.matches(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("The CSV file was not processed within 60 seconds");
                }
                System.out.println();
                System.out.println("The sandbox's outbox received " + sandbox.messages().size() + " messages:");
                for (RecordedMessage m : sandbox.messages()) {
                    System.out.printf("  %-14s %-17s %s%s%n", m.to(), m.operation(), m.body(),
                            m.mediaUrls().isEmpty() ? "" : " " + m.mediaUrls());
                }
                System.out.println("Outbox page: " + sandbox.baseUri() + "/sandbox/");
                if (linger > 0) {
                    System.out.println("Keeping the sandbox up for " + linger + " s (-Ddemo.linger)");
                    Thread.sleep(linger * 1000L);
                }
            } finally {
                main.stop();
            }
        }
    }
}
