package io.camelmessaging.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.camelmessaging.examples.BridgeApplication;
import io.camelmessaging.sandbox.MessagingSandbox;
import io.camelmessaging.sandbox.SandboxConfig;

/**
 * The file bridge ({@code routes/csv-to-sms.yaml}) on a CSV of {@code bench.lines} lines (default 1,000,000), in a
 * separate JVM with {@code -Xmx256m} ({@code bench.heap}), sending to the sandbox in this JVM. Reports lines per
 * second, the bridge's peak used heap (sampled by {@code jstat} every 500 ms) and whether every line has exactly one
 * result line. {@code bench.parallel=true} sends lines in parallel.
 */
public final class FileBridgeBenchmark {

    private FileBridgeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int lines = Integer.getInteger("bench.lines", 1_000_000);
        String heap = System.getProperty("bench.heap", "256m");
        boolean parallel = Boolean.parseBoolean(System.getProperty("bench.parallel", "true"));
        Path work = Files.createDirectories(Path.of("target", "file-bridge-bench"));
        try (Stream<Path> old = Files.walk(work)) {
            old.sorted((a, b) -> b.compareTo(a)).filter(p -> !p.equals(work)).forEach(p -> p.toFile().delete());
        }
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Path csv = writeCsv(work.resolve("million.csv"), lines);

        try (MessagingSandbox sandbox = MessagingSandbox.start(SandboxConfig.defaults().port(0).maxRecorded(1000))) {
            Process bridge = start(work, inbox, sandbox, heap, parallel);
            HeapSampler heapSampler = new HeapSampler(bridge.pid());
            Thread.sleep(3000);
            long start = System.nanoTime();
            Files.move(csv, inbox.resolve("million.csv"));
            Path done = inbox.resolve("done/million.csv");
            while (!Files.exists(done) && bridge.isAlive()) {
                heapSampler.sample();
                Thread.sleep(500);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            bridge.destroy();
            bridge.waitFor(30, TimeUnit.SECONDS);
            Accounting accounting = Accounting.of(inbox.resolve("results/million.results.csv"), lines);
            System.out.printf("file bridge, %,d lines, -Xmx%s, parallel=%s: %s in %.1f s, %,.0f lines/s, peak used "
                              + "heap %.0f MB; result lines %,d (sent %,d, failed %,d), lines without a result %,d, "
                              + "lines with more than one %,d%n", lines, heap, parallel,
                    Files.exists(done) ? "completed" : "DID NOT COMPLETE (see " + work.resolve("bridge.log") + ")",
                    seconds, lines / seconds, heapSampler.peakMegabytes(), accounting.results(), accounting.sent(),
                    accounting.failed(), accounting.missing(), accounting.repeated());
        }
    }

    private static Path writeCsv(Path csv, int lines) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(csv)) {
            out.write("phone,text,media\n");
            for (int i = 1; i <= lines; i++) {
                out.write("+1206" + (2000000 + i % 8000000) + ",Line " + i + " of the benchmark file,\n");
            }
        }
        return csv;
    }

    private static Process start(Path work, Path inbox, MessagingSandbox sandbox, String heap, boolean parallel)
            throws IOException {
        Path properties = work.resolve("bridge.properties");
        List<String> lines = new ArrayList<>(List.of(
                "camel.main.routes-include-pattern = file:" + Path.of("routes/csv-to-sms.yaml").toAbsolutePath(),
                "camel.beans.sentLines = #class:io.camelmessaging.examples.bridge.LineCheckpointRepository(\""
                + work.resolve("sent-lines").toAbsolutePath() + "\")",
                "csv.inbox = " + inbox.toAbsolutePath(),
                "csv.from = RAW(+12065550100)",
                "csv.parallelProcessing = " + parallel));
        sandbox.componentProperties().forEach((key, value) -> lines.add(key + " = " + value));
        Files.write(properties, lines);
        List<String> command = ForkedJvm.command(List.of("-Xmx" + heap), BridgeApplication.class,
                properties.toString());
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("bridge.log").toFile()).start();
    }

    /** The peak of the used heap (young and old generations) of a JVM, sampled with jstat. */
    private static final class HeapSampler {
        private final long pid;
        private double peakKilobytes;

        HeapSampler(long pid) {
            this.pid = pid;
        }

        void sample() throws IOException, InterruptedException {
            Process jstat = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(),
                    "-gc", String.valueOf(pid)).redirectErrorStream(true).start();
            List<String> output = new String(jstat.getInputStream().readAllBytes()).lines().toList();
            jstat.waitFor();
            if (output.size() < 2 || !output.get(0).contains("EU")) {
                return;
            }
            List<String> names = List.of(output.get(0).trim().split("\\s+"));
            String[] values = output.get(1).trim().split("\\s+");
            double used = 0;
            for (String column : List.of("S0U", "S1U", "EU", "OU")) {
                used += Double.parseDouble(values[names.indexOf(column)]);
            }
            peakKilobytes = Math.max(peakKilobytes, used);
        }

        double peakMegabytes() {
            return peakKilobytes / 1024;
        }
    }

    /** What the result file says of every line: one result line each, sent or failed. */
    private record Accounting(long results, long sent, long failed, long missing, long repeated) {

        static Accounting of(Path resultFile, int lines) throws IOException {
            BitSet seen = new BitSet(lines + 1);
            long results = 0;
            long sent = 0;
            long repeated = 0;
            try (Stream<String> resultLines = Files.lines(resultFile)) {
                for (String line : (Iterable<String>) resultLines::iterator) {
                    results++;
                    int number = Integer.parseInt(line.substring(0, line.indexOf(',')));
                    if (seen.get(number)) {
                        repeated++;
                    }
                    seen.set(number);
                    if (line.contains(",SENT,")) {
                        sent++;
                    }
                }
            }
            return new Accounting(results, sent, results - sent, lines - seen.cardinality(), repeated);
        }
    }
}
