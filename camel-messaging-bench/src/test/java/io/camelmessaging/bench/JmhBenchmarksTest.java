package io.camelmessaging.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annotation processor listed every JMH benchmark, and each of them runs through JMH's Runner and produces a
 * score (in this JVM, no warmup, one iteration of 100 ms each).
 */
class JmhBenchmarksTest {

    private static final String PACKAGE = "io.camelmessaging.component.";

    /** Every benchmark, as JMH names it. */
    static final Set<String> EXPECTED = Set.of(
            "validation.TextBenchmark.countSegments",
            "validation.TextBenchmark.messageBodyConstraint",
            "validation.PhoneNumbersBenchmark.normalizeE164",
            "validation.PhoneNumbersBenchmark.normalizeNational",
            "validation.PhoneNumbersBenchmark.normalizeSenderId",
            "validation.PhoneNumbersBenchmark.checkValid",
            "validation.PhoneNumbersBenchmark.patternConstraint",
            "provider.aws.AwsSendTextMessageBenchmark.resolve",
            "provider.aws.AwsSendTextMessageBenchmark.validate",
            "provider.aws.AwsSendTextMessageBenchmark.buildRequest",
            "provider.aws.AwsSendTextMessageBenchmark.sdkBuilder",
            "provider.aws.AwsSendTextMessageBenchmark.send",
            "provider.aws.AwsSendTextMessageBenchmark.sdkSend",
            "provider.azure.AcsSmsBenchmark.requestBody",
            "provider.azure.AcsSmsBenchmark.json",
            "provider.azure.AcsSmsBenchmark.send",
            "ResultMapperBenchmark.ledgerAndResults",
            "MessagingProducerBenchmark.process",
            "MessagingProducerBenchmark.processRecipientOnly",
            "MessagingProducerBenchmark.processWithLibphonenumber",
            "MessagingProducerBenchmark.processWithMicrometer",
            "MessagingProducerBenchmark.newExchange",
            "MessagingProducerBenchmark.rawSdk")
            .stream().map(name -> PACKAGE + name).collect(Collectors.toSet());

    /** One run per benchmark and parameter value: the text benchmarks take three texts, result mapping two. */
    private static final int RUNS = EXPECTED.size() + 2 * 2 + 1;

    @Test
    void benchmarkListNamesEveryBenchmark() {
        Set<String> listed = BenchmarkList.defaultList()
                .getAll(OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT), List.of())
                .stream().map(BenchmarkListEntry::getUsername).collect(Collectors.toSet());

        assertThat(listed).containsExactlyInAnyOrderElementsOf(EXPECTED);
    }

    @Test
    void everyBenchmarkRunsAndScores() throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(PACKAGE.replace(".", "\\.") + ".*")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build(), OutputFormatFactory.createFormatInstance(new PrintStream(OutputStream.nullOutputStream()),
                VerboseMode.SILENT)).run();

        assertThat(results).hasSize(RUNS);
        assertThat(results.stream().map(r -> r.getParams().getBenchmark()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(EXPECTED);
        assertThat(results).allSatisfy(result -> {
            assertThat(result.getPrimaryResult().getSampleCount()).isPositive();
            assertThat(result.getPrimaryResult().getScore()).isPositive().isFinite();
        });
    }
}
