package io.camelmessaging.bench;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.stream.IntStream;

import io.camelmessaging.component.MessagingConstants;
import io.camelmessaging.sandbox.MessagingSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * Azure SMS to 10,000 recipients: one exchange with every recipient (requests of 100) versus 10,000 one-recipient
 * exchanges with 16 in flight, both through {@code messaging:sendTextMessage?provider=azure} on the same sandbox.
 * Reports the requests each made and the time each took.
 */
final class AzureFanOut {

    private static final int RECIPIENTS = 10_000;

    private AzureFanOut() {
    }

    static void run(CamelContext camel, MessagingSandbox sandbox) throws InterruptedException {
        String uri = "messaging:sendTextMessage?provider=azure&originationIdentity=RAW(+18005550100)"
                     + "&maxRecipients=" + RECIPIENTS + "&trustAllCertificates=true&connectionString=RAW("
                     + sandbox.acsConnectionString() + ")";
        List<String> recipients = IntStream.range(0, RECIPIENTS)
                .mapToObj(i -> String.format("+1206%07d", 5_000_000 + i)).toList();
        ProducerTemplate template = camel.createProducerTemplate();
        template.requestBodyAndHeader(uri, "warm-up", MessagingConstants.DESTINATION_PHONE_NUMBER, recipients.get(0));

        sandbox.clear();
        long start = System.nanoTime();
        Exchange batch = template.request(uri, e -> {
            e.getMessage().setBody("Hello everyone");
            e.getMessage().setHeader(MessagingConstants.DESTINATION_PHONE_NUMBER, recipients);
        });
        double batchSeconds = (System.nanoTime() - start) / 1e9;
        int batchRequests = sandbox.requests().size();
        requireSuccess(batch);

        sandbox.clear();
        Semaphore inFlight = new Semaphore(16);
        start = System.nanoTime();
        CompletableFuture<?>[] singles = new CompletableFuture<?>[RECIPIENTS];
        for (int i = 0; i < RECIPIENTS; i++) {
            inFlight.acquire();
            String to = recipients.get(i);
            singles[i] = template.asyncRequestBodyAndHeader(uri, "Hello you", MessagingConstants.DESTINATION_PHONE_NUMBER,
                    to).whenComplete((ok, error) -> inFlight.release());
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
    }

    private static void requireSuccess(Exchange exchange) {
        if (exchange.getException() != null) {
            throw new IllegalStateException("The batch send failed", exchange.getException());
        }
    }
}
