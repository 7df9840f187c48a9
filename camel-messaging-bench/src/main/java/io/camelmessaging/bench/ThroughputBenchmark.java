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
 * System properties: those of {@link HarnessSettings#fromSystemProperties()}, {@code bench.rawClient}
 * ({@code factory} or {@code sdk}, see {@link AwsSenders}) and {@code bench.azure} ({@code false} to skip Azure).
 */
public final class ThroughputBenchmark {

    private ThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        HarnessSettings settings = HarnessSettings.fromSystemProperties();
        String rawClient = System.getProperty("bench.rawClient", "factory");
        SandboxConfig sandboxConfig = SandboxConfig.defaults().port(0)
                .maxRecorded(Math.max(settings.sends(), AzureFanOut.RECIPIENTS) + 1_000);
        try (MessagingSandbox sandbox = MessagingSandbox.start(sandboxConfig);
             AwsSenders aws = new AwsSenders(sandbox, rawClient)) {
            HarnessReport report = new LoadHarness(settings, sandbox, 1).run(aws.senders());
            System.out.printf(Locale.ROOT, "%nSendTextMessage, %d per round, %d warm-up rounds then %d measured rounds "
                                           + "per side and window, medians; raw client: %s; %d processors; CPU and "
                                           + "allocation of the whole JVM (sandbox included)%n%n", settings.sends(),
                    settings.warmup(), settings.rounds(), rawClient, Runtime.getRuntime().availableProcessors());
            System.out.print(ReportTable.format(report, "msg"));
            System.out.printf("%nEvery measured round:%n%n%s", ReportTable.rounds(report, "msg"));
            if (settings.jfr() != null) {
                System.out.printf("%nJFR recording of the measured rounds: %s%n", settings.jfr().toAbsolutePath());
            }
            if (Boolean.parseBoolean(System.getProperty("bench.azure", "true"))) {
                AzureFanOut.run(aws.camel(), sandbox, settings.warmup(), settings.rounds());
            }
        }
    }
}
