package io.camelmessaging.bench;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.stream.IntStream;

import io.camelmessaging.component.MessagingConstants;
import io.camelmessaging.component.MessagingEndpoint;
import io.camelmessaging.component.provider.azure.AcsConnectionFactory;
import io.camelmessaging.sandbox.MessagingSandbox;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * Azure SMS to 10,000 recipients through {@code messaging:sendTextMessage?provider=azure} on the sandbox. First one
 * exchange with every recipient (requests of 100) against 10,000 one-recipient exchanges with 16 in flight: the
 * requests and time of each. Then, with the {@link LoadHarness}, that one exchange ({@code ours}) against the same
 * JSON sent by hand through an azure-core pipeline ({@code raw}, {@link RawAcsSender}): the CPU time and heap
 * allocation of the whole process per recipient. The raw pipeline is built by the component's own
 * {@link AcsConnectionFactory} from the endpoint's configuration (same policies, HMAC signing and Netty client), so
 * only the per-recipient work around the HTTP calls differs.
 */
final class AzureFanOut {

    static final int RECIPIENTS = 10_000;
    static final String TEXT = "Hello everyone";

    private AzureFanOut() {
    }

    /** The endpoint that sends to the sandbox's ACS resource, with every recipient in one exchange. */
    static String uri(MessagingSandbox sandbox) {
        return "messaging:sendTextMessage?provider=azure&originationIdentity=RAW(" + BenchInputs.FROM + ")"
               + "&maxRecipients=" + RECIPIENTS + "&trustAllCertificates=true&connectionString=RAW("
               + sandbox.acsConnectionString() + ")";
    }

    /** The recipients, distinct E.164 numbers. */
    static List<String> recipients(int count) {
        return IntStream.range(0, count).mapToObj(i -> String.format(Locale.ROOT, "+1206%07d", 5_000_000 + i))
                .toList();
    }

    /** Prints the batch against single exchanges, then the CPU and allocation comparison against the raw pipeline. */
    static void run(CamelContext camel, MessagingSandbox sandbox, int warmup, int rounds) throws Exception {
        String uri = uri(sandbox);
        List<String> recipients = recipients(RECIPIENTS);
        ProducerTemplate template = camel.createProducerTemplate();
        template.requestBodyAndHeader(uri, "warm-up", MessagingConstants.DESTINATION_PHONE_NUMBER, recipients.get(0));

        sandbox.clear();
        long start = System.nanoTime();
        Exchange batch = template.request(uri, e -> {
            e.getMessage().setBody(TEXT);
            e.getMessage().setHeader(MessagingConstants.DESTINATION_PHONE_NUMBER, recipients);
        });
        double batchSeconds = (System.nanoTime() - start) / 1e9;
        int batchRequests = sandbox.requests().size();
        if (batch.getException() != null) {
            throw new IllegalStateException("The batch send failed", batch.getException());
        }

        sandbox.clear();
        Semaphore inFlight = new Semaphore(16);
        start = System.nanoTime();
        CompletableFuture<?>[] singles = new CompletableFuture<?>[RECIPIENTS];
        for (int i = 0; i < RECIPIENTS; i++) {
            inFlight.acquire();
            singles[i] = template.asyncRequestBodyAndHeader(uri, "Hello you",
                    MessagingConstants.DESTINATION_PHONE_NUMBER, recipients.get(i))
                    .whenComplete((ok, error) -> inFlight.release());
        }
        CompletableFuture.allOf(singles).join();
        double singleSeconds = (System.nanoTime() - start) / 1e9;
        int singleRequests = sandbox.requests().size();

        System.out.printf(Locale.ROOT, "%nAzure SMS to %d recipients:%n", RECIPIENTS);
        System.out.printf(Locale.ROOT, "  one exchange, all recipients: %5d requests, %6.2f s%n", batchRequests,
                batchSeconds);
        System.out.printf(Locale.ROOT, "  one exchange per recipient:   %5d requests, %6.2f s (16 in flight)%n",
                singleRequests, singleSeconds);
        System.out.printf(Locale.ROOT, "  time ratio batch/single: %.3f%n", batchSeconds / singleSeconds);

        HarnessReport report = compare(camel, sandbox, new HarnessSettings(List.of(1), 1, 1, warmup, rounds, null),
                recipients);
        System.out.printf(Locale.ROOT, "%nOne exchange to %d recipients (ours) against the same JSON through the raw "
                                       + "azure-core pipeline (raw), %d rounds after %d of warm-up, medians (a ratio: "
                                       + "the median of the rounds' ratios):%n%n",
                RECIPIENTS, rounds, warmup);
        System.out.print(ReportTable.format(report, "recipient"));
        System.out.printf("%nEvery measured round:%n%n%s", ReportTable.rounds(report, "recipient"));
    }

    /** One exchange to all {@code recipients} against the raw pipeline, in the harness. */
    static HarnessReport compare(CamelContext camel, MessagingSandbox sandbox, HarnessSettings settings,
                                 List<String> recipients) throws Exception {
        MessagingEndpoint endpoint = camel.getEndpoint(uri(sandbox), MessagingEndpoint.class);
        AsyncProducer producer = endpoint.createAsyncProducer();
        producer.start();
        try {
            Sender ours = Sender.of("ours", done -> {
                Exchange exchange = endpoint.createExchange();
                exchange.getMessage().setBody(TEXT);
                exchange.getMessage().setHeader(MessagingConstants.DESTINATION_PHONE_NUMBER, recipients);
                producer.process(exchange, doneSync -> done.accept(exchange.getException()));
            });
            Sender raw = new RawAcsSender(AcsConnectionFactory.create(endpoint.getConfiguration()), BenchInputs.FROM,
                    TEXT, recipients);
            return new LoadHarness(settings, sandbox, recipients.size()).run(List.of(ours, raw));
        } finally {
            producer.stop();
        }
    }
}
