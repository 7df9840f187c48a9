package io.camelmessaging.bench;

import java.util.Locale;

import io.camelmessaging.sandbox.MessagingSandbox;
import io.camelmessaging.sandbox.SandboxConfig;

/**
 * The load harness of issue 14: {@code SendTextMessage} through the component's async producer ({@code ours}) and
 * through a {@code direct:} route to it ({@code direct}) against the raw {@code PinpointSmsVoiceV2AsyncClient}
 * ({@code raw}, see {@link AwsSenders}) on a sandbox in the same JVM, at each window of sends in flight, in warm-up
 * rounds and then alternating measured rounds ({@link LoadHarness}); prints the medians of throughput, CPU time and
 * allocation per message and each side's ratio to the raw client's ({@link ReportTable}). Then {@link AzureFanOut}.
 * <p>
 * It runs in a JVM of its own, started with a fixed heap of {@code bench.heap} (default {@code 2g}, {@code -Xms} equal
 * to {@code -Xmx}, pre-touched), so that neither Maven's JVM nor a growing heap weighs on one side more than the other.
 * <p>
 * System properties: those of {@link HarnessSettings#fromSystemProperties()}, {@code bench.rawClient}
 * ({@code factory} or {@code sdk}, see {@link AwsSenders}), {@code bench.aws} and {@code bench.azure} ({@code false}
 * to skip either), {@code bench.azureWarmup} (the Azure comparison's warm-up rounds, default 20, each a single send)
 * and {@code bench.heap}; every {@code bench.*} property is passed on to the measuring JVM.
 */
public final class ThroughputBenchmark {

    private ThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (!ForkedJvm.isForked()) {
            System.exit(ForkedJvm.runBench(ThroughputBenchmark.class));
        }
        HarnessSettings settings = HarnessSettings.fromSystemProperties();
        String rawClient = System.getProperty("bench.rawClient", "factory");
        SandboxConfig sandboxConfig = SandboxConfig.defaults().port(0)
                .maxRecorded(Math.max(settings.sends(), AzureFanOut.RECIPIENTS) + 1_000);
        try (MessagingSandbox sandbox = MessagingSandbox.start(sandboxConfig);
             AwsSenders aws = new AwsSenders(sandbox, rawClient)) {
            if (Boolean.parseBoolean(System.getProperty("bench.aws", "true"))) {
                compareAws(settings, sandbox, aws, rawClient);
            }
            if (Boolean.parseBoolean(System.getProperty("bench.azure", "true"))) {
                AzureFanOut.run(aws.camel(), sandbox, Integer.getInteger("bench.azureWarmup", 20), settings.rounds());
            }
        }
    }

    /** The three sides of {@link AwsSenders} in the {@link LoadHarness}, printed. */
    private static void compareAws(HarnessSettings settings, MessagingSandbox sandbox, AwsSenders aws,
                                   String rawClient) throws Exception {
        HarnessReport report = new LoadHarness(settings, sandbox, 1).run(aws.senders());
        System.out.printf(Locale.ROOT, "%nSendTextMessage, %d per round in turns of %d, %d warm-up rounds then %d "
                                       + "measured rounds per side and window, medians (a ratio: the median of the "
                                       + "rounds' ratios); raw client: %s; %d processors; heap %s; CPU and "
                                       + "allocation of the whole JVM (sandbox included)%n%n", settings.sends(),
                settings.slice(), settings.warmup(), settings.rounds(), rawClient,
                Runtime.getRuntime().availableProcessors(), System.getProperty("bench.heap", "2g"));
        System.out.print(ReportTable.format(report, "msg"));
        System.out.printf("%nEvery measured round:%n%n%s", ReportTable.rounds(report, "msg"));
        if (settings.jfr() != null) {
            System.out.printf("%nJFR recording of the measured rounds: %s%n", settings.jfr().toAbsolutePath());
        }
    }
}
