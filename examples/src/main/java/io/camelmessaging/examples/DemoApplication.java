package io.camelmessaging.examples;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

import io.camelmessaging.examples.bridge.EventReportRepository;
import io.camelmessaging.examples.bridge.LineCheckpointRepository;
import io.camelmessaging.examples.bridge.MultipartBody;
import io.camelmessaging.sandbox.EventGridSubscription;
import io.camelmessaging.sandbox.MessagingSandbox;
import io.camelmessaging.sandbox.RecordedMessage;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;

/**
 * The README's demo: starts the embedded sandbox, runs the routes of {@code routes/} in Camel Main with
 * {@code examples/application.properties}, drops {@code examples/data/contacts.csv} into the inbox, waits until every
 * line is handled, sends {@code examples/data/pinpoint-message.json} as a Pinpoint direct message, waits for the Azure
 * MMS route, puts two JSON messages on the embedded Artemis broker's queue (one sent, one dead-lettered), posts an MMS to
 * the HTTP bridge on port 8089, waits for the CSV lines' delivery reports, injects a reply and a STOP from phones (the
 * events bridge puts the reply on JMS queue sms.replies and every event in the delivery report), and prints what the
 * sandbox's outbox received. System properties: {@code demo.port} (sandbox port,
 * default 8088), {@code demo.linger} (seconds to keep the outbox page up afterwards, default 0).
 */
public final class DemoApplication {

    private DemoApplication() {
    }

    /** The route moves the file to done/ once every line is handled. */
    private static void awaitFile(Path file, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Files.exists(file)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The CSV file was not processed within " + timeout);
            }
            Thread.sleep(100);
        }
    }

    /** The events bridge appends each event's record to the report: waits until {@code times} records hold the text. */
    private static void awaitReport(Path report, String text, int times, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Files.exists(report) || Files.readAllLines(report).stream().filter(l -> l.contains(text)).count() < times) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(times + " records with " + text + " not in " + report + " within "
                                                + timeout);
            }
            Thread.sleep(100);
        }
    }

    /** The Azure MMS route sends once, on a timer. */
    private static void awaitMessage(MessagingSandbox sandbox, String api, Duration timeout)
            throws InterruptedException {
        awaitMessage(sandbox, api, m -> true, timeout);
    }

    private static void awaitMessage(MessagingSandbox sandbox, String api, Predicate<RecordedMessage> which,
                                     Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (sandbox.messages().stream().noneMatch(m -> api.equals(m.api()) && which.test(m))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("No " + api + " message within " + timeout);
            }
            Thread.sleep(100);
        }
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.getInteger("demo.port", 8088);
        int linger = Integer.getInteger("demo.linger", 0);
        // Every run sends the same example file again, so it starts with an empty record of sent lines.
        Path inbox = Path.of("examples/work/inbox");
        Files.createDirectories(inbox);

        try (MessagingSandbox sandbox = MessagingSandbox.start(port);
             EmbeddedBroker broker = new EmbeddedBroker("demo", 0)) {
            Main main = new Main();
            main.setPropertyPlaceholderLocations("file:examples/application.properties");
            sandbox.componentProperties().forEach(main::addInitialProperty);
            main.bind("connectionFactory", broker.connectionFactory());
            Files.deleteIfExists(inbox.resolve(".sent-lines"));
            main.bind("sentLines", new LineCheckpointRepository(inbox.resolve(".sent-lines").toString()));
            Path report = inbox.resolve("results/delivery-report.csv");
            Files.deleteIfExists(report);
            main.bind("eventReport", new EventReportRepository(report.toString()));
            main.bind("suppressed", MemoryIdempotentRepository.memoryIdempotentRepository());
            main.addInitialProperty("events.queueUrl", sandbox.eventsQueueUrl());
            main.start();
            String secret = main.getCamelContext().resolvePropertyPlaceholders("{{events.webhookSecret}}");
            sandbox.events().subscribe(EventGridSubscription.webhook(
                    "http://127.0.0.1:8089/events/acs?secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8)));
            try {
                Path done = inbox.resolve("done/contacts.csv");
                Files.deleteIfExists(done);
                Files.deleteIfExists(inbox.resolve("results/contacts.results.csv"));
                Files.copy(Path.of("examples/data/contacts.csv"), inbox.resolve("contacts.csv"),
                        StandardCopyOption.REPLACE_EXISTING);
                Path pinpointInbox = Path.of("examples/work/pinpoint");
                Files.createDirectories(pinpointInbox);
                Files.deleteIfExists(pinpointInbox.resolve("done/pinpoint-message.json"));
                Files.copy(Path.of("examples/data/pinpoint-message.json"), pinpointInbox.resolve("pinpoint-message.json"),
                        StandardCopyOption.REPLACE_EXISTING);
                awaitFile(done, Duration.ofSeconds(60));
                awaitFile(pinpointInbox.resolve("done/pinpoint-message.json"), Duration.ofSeconds(60));
                awaitMessage(sandbox, "acs-mms", Duration.ofSeconds(30));
                ProducerTemplate jms = main.getCamelContext().createProducerTemplate();
                jms.sendBody("jms:queue:sms.outbox", "{\"to\":\"+12065550109\",\"text\":\"Sent from a JMS queue\"}");
                jms.sendBody("jms:queue:sms.outbox", "{\"to\":\"call-me-maybe\",\"text\":\"Dead-lettered with its reason\"}");
                awaitMessage(sandbox, "sms-voice", m -> "+12065550109".equals(m.to()), Duration.ofSeconds(30));
                Exchange dead = main.getCamelContext().createConsumerTemplate().receive("jms:queue:sms.failed", 30_000);
                System.out.println("Dead-letter queue sms.failed: " + (dead == null ? "empty"
                        : dead.getMessage().getBody(String.class) + " because " + dead.getMessage().getHeader("MessagingError")));
                String apiKey = main.getCamelContext().resolvePropertyPlaceholders("{{http.apiKey}}");
                String boundary = "demo-boundary";
                byte[] multipart = MultipartBody.of(boundary, Map.of("to", "+12065550110,+12065550111",
                        "text", "Posted over HTTP"), "photo", "parcel.png", Path.of("examples/data/parcel.png"));
                HttpResponse<String> http = post(apiKey, "multipart/form-data; boundary=" + boundary, multipart);
                System.out.println("HTTP POST /messages/mms answered " + http.statusCode() + ": " + http.body());
                HttpResponse<String> hostile = post(apiKey, "application/json", ("{\"to\":\"+12065550112\","
                        + "\"text\":\"x\",\"mediaUrls\":[\"file:/etc/passwd\"]}").getBytes(StandardCharsets.UTF_8));
                System.out.println("HTTP POST with a local file as media answered " + hostile.statusCode() + ": "
                                   + hostile.body());
                // the six lines sent (the seventh fails validation) are delivered
                awaitReport(report, ",DELIVERED,", 6, Duration.ofSeconds(30));
                sandbox.events().inbound("aws", "+12065550101", "+12065550100", "Thanks, got it!");
                sandbox.events().inbound("aws", "+12065550102", "+12065550100", "STOP");
                Exchange reply = main.getCamelContext().createConsumerTemplate().receive("jms:queue:sms.replies", 30_000);
                System.out.println("Reply on JMS queue sms.replies: " + (reply == null ? "none"
                        : reply.getMessage().getBody(String.class)));
                awaitReport(report, ",OPTED_OUT,", 1, Duration.ofSeconds(30));
                System.out.println("Delivery report " + report + ":");
                Files.readAllLines(report).forEach(line -> System.out.println("  " + line));
                System.out.println();
                System.out.println("The sandbox's outbox received " + sandbox.messages().size() + " messages:");
                for (RecordedMessage m : sandbox.messages()) {
                    System.out.printf("  %-14s %-17s %s%s%n", m.to(), m.api() + " " + m.operation(), m.body(),
                            m.mediaUrls().isEmpty() ? "" : " + " + m.mediaUrls().size() + " media");
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

    private static HttpResponse<String> post(String apiKey, String contentType, byte[] body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:8089/messages/mms"))
                .header("X-Api-Key", apiKey).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
