package io.camelmessaging.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * A {@link HarnessReport} as Markdown tables, one row per window: the medians of each side's throughput, CPU time and
 * allocation per unit, and each side's median divided by the baseline's.
 */
final class ReportTable {

    private ReportTable() {
    }

    /** {@link #format(HarnessReport, String, String)} with windows of sends {@code in flight}. */
    static String format(HarnessReport report, String unit) {
        return format(report, unit, "in flight");
    }

    /**
     * The throughput and CPU table, the allocation table and the order the rounds ran in.
     *
     * @param unit   what a send delivers per unit, e.g. {@code msg} or {@code recipient}
     * @param windowHeading the first column's heading: what a window counts, e.g. {@code in flight} or
     *                      {@code consumers}
     */
    static String format(HarnessReport report, String unit, String windowHeading) {
        List<String> others = report.sides().subList(0, report.sides().size() - 1);
        String raw = report.baseline();
        List<String> head = new ArrayList<>(List.of(windowHeading));
        report.sides().forEach(side -> head.add(side + " " + unit + "/s"));
        others.forEach(side -> head.add(side + "/" + raw));
        report.sides().forEach(side -> head.add(side + " CPU us/" + unit));
        others.forEach(side -> head.add("CPU " + side + "/" + raw));
        StringBuilder out = new StringBuilder();
        header(out, head);
        for (int window : report.windows()) {
            List<String> cells = new ArrayList<>(List.of(Integer.toString(window)));
            ToDoubleFunction<Round> throughput = r -> r.rate() * r.units();
            report.sides().forEach(side -> cells.add(number("%,.0f", report.median(side, window, throughput))));
            others.forEach(side -> cells.add(number("%.3f", report.ratio(side, window, throughput))));
            report.sides().forEach(side -> cells.add(number("%.1f",
                    report.median(side, window, Round::cpuMicrosPerUnit))));
            others.forEach(side -> cells.add(number("%.3f", report.ratio(side, window, Round::cpuMicrosPerUnit))));
            row(out, cells);
        }
        out.append('\n');
        List<String> allocationHead = new ArrayList<>(List.of(windowHeading));
        report.sides().forEach(side -> allocationHead.add(side + " KB/" + unit));
        others.forEach(side -> allocationHead.add("alloc " + side + "/" + raw));
        header(out, allocationHead);
        for (int window : report.windows()) {
            List<String> cells = new ArrayList<>(List.of(Integer.toString(window)));
            report.sides().forEach(side -> cells.add(number("%.2f",
                    report.median(side, window, Round::bytesPerUnit) / 1024)));
            others.forEach(side -> cells.add(number("%.3f", report.ratio(side, window, Round::bytesPerUnit))));
            row(out, cells);
        }
        List<String> order = report.order(report.windows().get(0));
        List<String> rounds = new ArrayList<>();
        for (int i = 0; i < order.size(); i += report.sides().size()) {
            rounds.add(String.join(" ", order.subList(i, i + report.sides().size())));
        }
        out.append("\nround order at each window: ").append(String.join(" | ", rounds)).append('\n');
        return out.toString();
    }

    /** {@link #rounds(HarnessReport, String, String)} with windows of sends {@code in flight}. */
    static String rounds(HarnessReport report, String unit) {
        return rounds(report, unit, "in flight");
    }

    /**
     * Every measured round, in the order they ran: the figures the medians are taken from, and the requests that
     * reached the sandbox per unit.
     */
    static String rounds(HarnessReport report, String unit, String windowHeading) {
        StringBuilder out = new StringBuilder();
        header(out, List.of(windowHeading, "side", unit + "/s", "CPU us/" + unit, "KB/" + unit,
                "requests/" + unit));
        for (Round round : report.rounds()) {
            row(out, List.of(Integer.toString(round.window()), round.side(),
                    number("%,.0f", round.rate() * round.units()), number("%.1f", round.cpuMicrosPerUnit()),
                    number("%.2f", round.bytesPerUnit() / 1024),
                    number("%.3f", round.requests() / ((double) round.sends() * round.units()))));
        }
        return out.toString();
    }

    private static void header(StringBuilder out, List<String> cells) {
        row(out, cells);
        out.append("|").append(" --- |".repeat(cells.size())).append('\n');
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    private static String number(String format, double value) {
        return String.format(Locale.ROOT, format, value);
    }
}
