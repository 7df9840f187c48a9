package io.camelmessaging.component;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import io.camelmessaging.bench.BenchCamel;
import io.camelmessaging.bench.BenchInputs;
import io.camelmessaging.bench.MicroBenchmark;
import io.camelmessaging.component.provider.RecipientOutcome;
import io.camelmessaging.component.request.OutboundMessage;
import io.camelmessaging.component.request.SendRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the producer does with the accepted outcomes of a send: the exchange's delivery ledger (found or created, the
 * pending recipients, the accepted ones recorded) and the result headers. The ledger property is removed before each
 * operation, as on a new exchange; the result, the error to raise, is null.
 */
public class ResultMapperBenchmark extends MicroBenchmark {

    @Param({"1", "10"})
    public int recipients;

    private CamelContext camel;
    private Exchange exchange;
    private SendRequest<String> request;
    private List<String> to;
    private List<RecipientOutcome> outcomes;

    @Setup
    public void setUp() {
        camel = BenchCamel.start();
        exchange = BenchInputs.textExchange(camel);
        to = IntStream.range(0, recipients).mapToObj(i -> "+1206555" + (1000 + i)).toList();
        request = new SendRequest<>(new OutboundMessage(MessagingOperation.sendTextMessage, MessagingProvider.aws,
                BenchInputs.FROM, to, BenchInputs.GSM7, List.of(), false, "idempotency-key", Instant.now()),
                "options");
        outcomes = to.stream()
                .map(number -> RecipientOutcome.accepted(MessagingResult.accepted(number, "id-" + number, "aws")))
                .toList();
    }

    @TearDown
    public void tearDown() {
        camel.stop();
    }

    @Benchmark
    public MessagingException ledgerAndResults(Blackhole blackhole) {
        exchange.removeProperty(MessagingConstants.ACCEPTED_PROPERTY);
        DeliveryLedger ledger = DeliveryLedger.of(exchange, BenchCamel.TEXT_ENDPOINT, request);
        blackhole.consume(ledger.pending(to));
        return ResultMapper.apply(exchange.getMessage(), "aws", to, outcomes, ledger);
    }

    /** The exchange the results are set on, for checks. */
    public Exchange exchange() {
        return exchange;
    }
}
