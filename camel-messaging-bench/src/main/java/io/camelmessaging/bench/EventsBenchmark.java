package io.camelmessaging.bench;

import java.util.Locale;

import io.camelmessaging.sandbox.MessagingSandbox;
import io.camelmessaging.sandbox.SandboxConfig;

/**
 * The events benchmark of issue 16: AWS delivery events consumed per second through {@code messaging:events}
 * ({@code ours}) against a raw SQS receive and delete loop ({@code raw}, see {@link EventSides}) on the events queue of
 * a sandbox in the same JVM, at each number of concurrent consumers, in warm-up rounds and then alternating measured
 * rounds ({@link LoadHarness}); prints the medians of events per second, CPU time and allocation per event and
 * {@code ours}'s ratios to {@code raw}'s ({@link ReportTable}).
 * <p>
 * It runs in a JVM of its own ({@link ForkedJvm#runBench}). System properties: {@code bench.consumers} (default
 * {@code 1,4}), {@code bench.events} (events per round, default 5,000), {@code bench.slice} (events per turn, default
 * 1,000), {@code bench.warmup}, {@code bench.rounds} and {@code bench.jfr} as for {@link HarnessSettings}, and
 * {@code bench.heap}.
 */
public final class EventsBenchmark {

    private EventsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (!ForkedJvm.isForked()) {
            System.exit(ForkedJvm.runBench(EventsBenchmark.class));
        }
        HarnessSettings settings = HarnessSettings.fromSystemProperties("bench.consumers", "1,4", "bench.events",
                5_000, 1_000);
        try (MessagingSandbox sandbox = MessagingSandbox.start(SandboxConfig.defaults().port(0));
             EventSides sides = new EventSides(sandbox)) {
            HarnessReport report = run(settings, sandbox, sides);
            System.out.printf(Locale.ROOT, "%nAWS delivery events (SNS notifications) from the sandbox's SQS queue, %d "
                                           + "per round in turns of %d, %d warm-up rounds then %d measured rounds per "
                                           + "side and consumer count, long poll %d s, up to 10 per receive, medians "
                                           + "(a ratio: the median of the rounds' ratios); %d processors; heap %s; CPU "
                                           + "and allocation of the whole JVM (sandbox included)%n%n", settings.sends(),
                    settings.slice(), settings.warmup(), settings.rounds(), EventSides.WAIT_TIME_SECONDS,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("bench.heap", "2g"));
            System.out.print(ReportTable.format(report, "event", "consumers"));
            System.out.printf("%nEvery measured round:%n%n%s", ReportTable.rounds(report, "event", "consumers"));
            if (settings.jfr() != null) {
                System.out.printf("%nJFR recording of the measured rounds: %s%n", settings.jfr().toAbsolutePath());
            }
        }
    }

    /** Both sides of {@code sides} in the {@link LoadHarness}. */
    static HarnessReport run(HarnessSettings settings, MessagingSandbox sandbox, EventSides sides) throws Exception {
        return new LoadHarness(settings, sandbox, 1).compare(sides.sides());
    }
}
