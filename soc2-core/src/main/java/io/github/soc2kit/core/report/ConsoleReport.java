package io.github.soc2kit.core.report;

import io.github.soc2kit.core.assess.Assessment;
import io.github.soc2kit.core.assess.ControlResult;
import io.github.soc2kit.core.assess.ControlStatus;
import io.github.soc2kit.core.assess.VerifyReport;
import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.LogEntry;
import io.github.soc2kit.core.diag.Severity;
import io.github.soc2kit.core.diag.Wording;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * What an adapter prints after {@code soc2:verify}. First one entry per control that is not effective, worst first,
 * in aligned columns: where it is, its status and its summary, with the finding that states that status on the same
 * line (the finding is not printed again), and its evidence below, at most {@value #MAX_LISTED} items a list:
 *
 * <pre>
 * controls/CHG-01.yaml:17:1: error:  CHG-01  deviation         10 of 122 records (8.2 %) deviate: ... [population-deviation]
 *     deviations: acme/app#676, acme/app#691, acme/app#713, acme/app#742, acme/app#754 and 5 more — see target/soc2/verify.md
 * controls/IAM-05.yaml:17:1: error:  IAM-05  deviation         2 of 4 quarters (50.0 %) deviate (1 missed, 1 late): ... [periodic-deviation]
 *     deviations: 2026-Q1, 2026-Q2
 *     occurrences: 2025-Q4 on time, 2026-Q1 late by 27 days, 2026-Q2 missed, 2026-Q3 on time
 * controls/MON-03.yaml:1:5:          MON-03  exceptions noted  0 of 12 records (0.0 %) deviate: ...; 1 more covered by documented exceptions
 *     exceptions: 2025-11
 * controls/OPS-04.yaml:1:5:          OPS-04  not tested        tested by people: ...
 * </pre>
 *
 * Then every other finding with its hint, one "see" line per rule, the projected opinion, and the tally of the
 * controls: {@code 8 deviation · 1 exceptions noted · 13 not tested · 23 effective}. Core never prints: the adapter
 * sends these entries to its log.
 */
public final class ConsoleReport {

    /** How many items of a list of evidence are printed before "and N more". */
    static final int MAX_LISTED = 5;

    static final String INDENT = "    ";

    private ConsoleReport() {}

    /**
     * @param details where the whole report is, as the user knows it ({@code target/soc2/verify.md}): a capped list
     *     points there
     */
    public static List<LogEntry> log(VerifyReport report, String details) {
        Map<String, List<Finding>> verdicts = report.findings().findings().stream()
                .filter(f -> Reports.VERDICTS.contains(f.rule()))
                .collect(Collectors.groupingBy(f -> f.at().path(), LinkedHashMap::new, Collectors.toList()));
        List<Row> rows = report.controls().stream()
                .filter(c -> c.status() != ControlStatus.EFFECTIVE)
                .map(c -> new Row(c, verdicts.getOrDefault(c.at().path(), List.of())))
                .toList();
        int where = width(rows, Row::where);
        int id = width(rows, row -> oneLine(row.control().id()));
        int status = width(rows, row -> row.control().status().label());
        List<LogEntry> log = new ArrayList<>();
        Set<Finding> onRows = new HashSet<>();
        for (Row row : rows) {
            ControlResult c = row.control();
            List<String> lines = new ArrayList<>();
            lines.add(pad(row.where(), where) + " " + pad(oneLine(c.id()), id) + "  "
                    + pad(c.status().label(), status) + "  " + oneLine(c.summary()) + row.rules());
            listed(lines, "deviations", c.deviationKeys(), c.unlistedDeviations(), details);
            listed(lines, "exceptions", c.exceptionKeys(), 0, details);
            listed(lines, "occurrences", Text.occurrenceList(c, UnaryOperator.identity()), 0, details);
            log.add(new LogEntry(row.level(), lines));
            onRows.addAll(row.findings());
        }
        report.findings().findings().stream()
                .filter(f -> !onRows.contains(f))
                .map(LogEntry::of)
                .forEach(log::add);
        report.findings().seeAlso().stream().map(LogEntry::info).forEach(log::add);
        log.add(LogEntry.info("projected opinion" + (report.asOf().isEmpty() ? "" : " as of " + report.asOf()) + ": "
                + report.assessment().opinion().label() + " (" + Assessment.DISCLAIMER + ")"));
        if (!report.controls().isEmpty()) {
            log.add(LogEntry.info(tally(report.controls())));
        }
        return List.copyOf(log);
    }

    /** How many controls have each status, worst first: "8 deviation · 1 exceptions noted · 13 not tested · ...". */
    static String tally(List<ControlResult> controls) {
        return tally(controls, " · ");
    }

    /** How many controls have each status, worst first, joined by {@code separator}. */
    static String tally(List<ControlResult> controls, String separator) {
        return Arrays.stream(ControlStatus.values())
                .map(s -> controls.stream().filter(c -> c.status() == s).count() + " " + s.label())
                .collect(Collectors.joining(separator));
    }

    /** A control's line and the findings of its status: where the first one is, and its severity and rule. */
    private record Row(ControlResult control, List<Finding> findings) {

        Severity level() {
            return findings.stream()
                    .map(Finding::severity)
                    .min(Comparator.naturalOrder())
                    .orElse(Severity.NOTE);
        }

        /** "controls/CHG-01.yaml:17:1: error:", or the control's own position when no finding states its status. */
        String where() {
            return findings.isEmpty() ? control.at() + ":" : findings.get(0).at() + ": " + level().label() + ":";
        }

        String rules() {
            return findings.isEmpty()
                    ? ""
                    : findings.stream().map(Finding::ruleId).distinct().collect(Collectors.joining(", ", " [", "]"));
        }
    }

    /**
     * An indented line "label: a, b, c, d, e and 3 more — see target/soc2/verify.md", unless there are no items; the
     * "more" include {@code unlisted}, counted but not in {@code items}.
     */
    private static void listed(List<String> lines, String label, List<String> items, long unlisted, String details) {
        if (items.isEmpty() && unlisted == 0) {
            return;
        }
        long total = items.size() + unlisted;
        lines.add(INDENT + label + ": " + Wording.capped(items, total, MAX_LISTED, ConsoleReport::oneLine)
                + (total > MAX_LISTED ? " — see " + details : ""));
    }

    private static int width(List<Row> rows, Function<Row, String> column) {
        return rows.stream().mapToInt(row -> column.apply(row).length()).max().orElse(0);
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    /** User text on one log line: a line break in a summary must not forge a line of its own. */
    private static String oneLine(String text) {
        return text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
    }
}
