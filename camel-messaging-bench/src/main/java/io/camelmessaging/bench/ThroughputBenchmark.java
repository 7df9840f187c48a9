package io.camelmessaging.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.sun.management.OperatingSystemMXBean;
import io.camelmessaging.component.MessagingConstants;
import io.camelmessaging.sandbox.MessagingSandbox;
import io.camelmessaging.sandbox.SandboxConfig;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pinpointsmsvoicev2.PinpointSmsVoiceV2AsyncClient;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.SendTextMessageRequest;

/**
 * Messages per second through {@code messaging:sendTextMessage} against the sandbox versus the raw
 * {@link PinpointSmsVoiceV2AsyncClient} on the same sandbox, with the same number of requests in flight, measured in
 * one run. The two are measured in rounds that alternate which goes first, so that drift of the machine and the
 * sandbox's warm state affect both alike.
 * <p>
 * System properties: {@code bench.concurrency} (comma-separated, default {@code 1,16,64}), {@code bench.seconds}
 * (per round, default 5), {@code bench.rounds} (default 3), {@code bench.warmupSeconds} (default 5). CPU per message
 * is the process's CPU time (sandbox included, the same for both sides) over the messages completed. Then
 * {@link AzureFanOut} runs in the same JVM.
 */
public final class ThroughputBenchmark {

    private static final String TO = "+12065550123";
    private static final String FROM = "+12065550100";
    private static final String TEXT = "Your verification code is 123456";

    private ThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 5);
        int rounds = Integer.getInteger("bench.rounds", 3);
        int warmup = Integer.getInteger("bench.warmupSeconds", 5);
        List<Integer> levels = new ArrayList<>();
        for (String level : System.getProperty("bench.concurrency", "1,16,64").split(",")) {
            levels.add(Integer.parseInt(level.trim()));
        }
        try (MessagingSandbox sandbox = MessagingSandbox.start(SandboxConfig.defaults().port(0).maxRecorded(20_000));
             PinpointSmsVoiceV2AsyncClient raw = rawClient(sandbox);
             CamelContext camel = new DefaultCamelContext()) {
            camel.start();
            AsyncProducer producer = camel.getEndpoint("messaging:sendTextMessage?region=us-east-1&accessKey="
                                                       + MessagingSandbox.AWS_ACCESS_KEY_ID + "&secretKey=RAW("
                                                       + MessagingSandbox.AWS_SECRET_ACCESS_KEY
                                                       + ")&overrideEndpoint=true&uriEndpointOverride="
                                                       + sandbox.baseUri() + "&originationIdentity=RAW(" + FROM + ")")
                    .createAsyncProducer();
            producer.start();
            Sender viaCamel = () -> sendViaProducer(camel, producer);
            Sender viaSdk = () -> raw.sendTextMessage(SendTextMessageRequest.builder().destinationPhoneNumber(TO)
                    .originationIdentity(FROM).messageBody(TEXT).build()).thenApply(r -> null);

            run(viaCamel, 16, warmup);
            run(viaSdk, 16, warmup);
            System.out.printf("%n%-12s %12s %12s %8s %16s %16s%n", "concurrency", "camel msg/s", "SDK msg/s",
                    "ratio", "camel CPU us/msg", "SDK CPU us/msg");
            for (int concurrency : levels) {
                Run camelTotal = new Run(0, 0);
                Run sdkTotal = new Run(0, 0);
                for (int round = 0; round < rounds; round++) {
                    if (round % 2 == 0) {
                        camelTotal = camelTotal.plus(run(viaCamel, concurrency, seconds));
                        sdkTotal = sdkTotal.plus(run(viaSdk, concurrency, seconds));
                    } else {
                        sdkTotal = sdkTotal.plus(run(viaSdk, concurrency, seconds));
                        camelTotal = camelTotal.plus(run(viaCamel, concurrency, seconds));
                    }
                }
                System.out.printf(Locale.ROOT, "%-12d %12.0f %12.0f %8.3f %16.1f %16.1f%n", concurrency,
                        camelTotal.rate() / rounds, sdkTotal.rate() / rounds, camelTotal.rate() / sdkTotal.rate(),
                        camelTotal.cpuMicrosPerMessage() / rounds, sdkTotal.cpuMicrosPerMessage() / rounds);
            }
            producer.stop();
            AzureFanOut.run(camel, sandbox);
        }
    }

    /** Sends one message asynchronously. */
    private interface Sender extends Supplier<CompletableFuture<Void>> {
    }

    private static CompletableFuture<Void> sendViaProducer(CamelContext camel, AsyncProducer producer) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setBody(TEXT);
        exchange.getMessage().setHeader(MessagingConstants.DESTINATION_PHONE_NUMBER, TO);
        CompletableFuture<Void> done = new CompletableFuture<>();
        producer.process(exchange, sync -> {
            if (exchange.getException() != null) {
                done.completeExceptionally(exchange.getException());
            } else {
                done.complete(null);
            }
        });
        return done;
    }

    /** Completed sends per second, and the process CPU time per send (the sandbox's share included, alike for both). */
    private record Run(double rate, double cpuMicrosPerMessage) {
        Run plus(Run other) {
            return new Run(rate + other.rate, cpuMicrosPerMessage + other.cpuMicrosPerMessage);
        }
    }

    /** Keeps {@code concurrency} sends in flight for {@code seconds}. */
    private static Run run(Sender sender, int concurrency, int seconds) throws InterruptedException {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        Semaphore inFlight = new Semaphore(concurrency);
        AtomicLong completed = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            if (!inFlight.tryAcquire(10, TimeUnit.MILLISECONDS)) {
                continue;
            }
            sender.get().whenComplete((ok, error) -> {
                (error == null ? completed : failed).incrementAndGet();
                inFlight.release();
            });
        }
        inFlight.acquire(concurrency);
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " sends failed during the benchmark");
        }
        return new Run(completed.get() / elapsed, (os.getProcessCpuTime() - cpuStart) / 1e3 / completed.get());
    }

    private static PinpointSmsVoiceV2AsyncClient rawClient(MessagingSandbox sandbox) {
        return PinpointSmsVoiceV2AsyncClient.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        MessagingSandbox.AWS_ACCESS_KEY_ID, MessagingSandbox.AWS_SECRET_ACCESS_KEY)))
                .endpointOverride(sandbox.baseUri())
                .httpClient(NettyNioAsyncHttpClient.builder().build())
                .build();
    }
}
