package io.camelmessaging.component;


import io.camelmessaging.bench.BenchCamel;
import io.camelmessaging.bench.BenchInputs;
import io.camelmessaging.bench.MicroBenchmark;
import io.camelmessaging.bench.StubSmsVoiceClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Everything the producer does for one AWS text message besides the SDK's own work: a new typical exchange through
 * {@code messaging:sendTextMessage} on a client that answers at once, so resolving, validating, counting parts,
 * building the request, the delivery ledger, mapping the answer and setting the result headers. Variants add
 * libphonenumber ({@code defaultRegion=US&phoneNumberCheck=valid}) and Micrometer metrics (a
 * {@link SimpleMeterRegistry} in the registry). Baselines: creating the exchange alone, and the raw client building and
 * sending the same request. {@code processRecipientOnly} sends an exchange that overrides no endpoint option (body and
 * recipient only), whose options are the endpoint's, resolved and validated once.
 */
public class MessagingProducerBenchmark extends MicroBenchmark {

    private CamelContext camel;
    private CamelContext metered;
    private AsyncProducer producer;
    private AsyncProducer libphonenumberProducer;
    private AsyncProducer meteredProducer;
    private StubSmsVoiceClient client;

    @Setup
    public void setUp() throws Exception {
        camel = BenchCamel.start();
        producer = started(camel, BenchCamel.TEXT_ENDPOINT);
        libphonenumberProducer = started(camel, BenchCamel.TEXT_ENDPOINT + "&defaultRegion=US&phoneNumberCheck=valid");
        metered = BenchCamel.start();
        metered.getRegistry().bind("meterRegistry", MeterRegistry.class, new SimpleMeterRegistry());
        meteredProducer = started(metered, BenchCamel.TEXT_ENDPOINT);
        client = camel.getRegistry().lookupByNameAndType("stub", StubSmsVoiceClient.class);
    }

    @TearDown
    public void tearDown() {
        metered.stop();
        camel.stop();
    }

    @Benchmark
    public Exchange process() {
        return send(producer, camel);
    }

    @Benchmark
    public Exchange processRecipientOnly() {
        Exchange exchange = BenchInputs.recipientOnlyExchange(camel);
        producer.process(exchange, doneSync -> {
        });
        return exchange;
    }

    @Benchmark
    public Exchange processWithLibphonenumber() {
        return send(libphonenumberProducer, camel);
    }

    @Benchmark
    public Exchange processWithMicrometer() {
        return send(meteredProducer, metered);
    }

    /** Baseline: the part of every {@code process} benchmark that creates the exchange. */
    @Benchmark
    public Exchange newExchange() {
        return BenchInputs.textExchange(camel);
    }

    /** Baseline: the raw client building and sending the request {@link #process()} sends. */
    @Benchmark
    public String rawSdk() {
        return client.sendTextMessage(BenchInputs.sdkTextRequest()).join().messageId();
    }

    /** The client {@link #process()} and {@link #rawSdk()} send with, for checks. */
    public StubSmsVoiceClient stub() {
        return client;
    }

    private static AsyncProducer started(CamelContext camel, String uri) throws Exception {
        AsyncProducer producer = camel.getEndpoint(uri).createAsyncProducer();
        producer.start();
        return producer;
    }

    private static Exchange send(AsyncProducer producer, CamelContext camel) {
        Exchange exchange = BenchInputs.textExchange(camel);
        producer.process(exchange, doneSync -> {
        });
        return exchange;
    }
}
