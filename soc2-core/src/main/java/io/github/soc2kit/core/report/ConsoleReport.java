package io.github.soc2kit.core.report;

import io.github.soc2kit.core.assess.Assessment;
import io.github.soc2kit.core.assess.ControlResult;
import io.github.soc2kit.core.assess.ControlStatus;
import io.github.soc2kit.core.assess.VerifyReport;
import io.github.soc2kit.core.diag.Wording;
import java.util.ArrayList;
import java.util.List;

/**
 * The summary an adapter prints after {@code soc2:verify}, one control per line, worst first:
 *
 * <pre>
 * CHG-01  deviation (tolerable 2.0 %): 3 of 412 records (0.7 %) deviate: merged changes have 2 independent approvals
 *     deviations: #101, #205, #311
 * IAM-05  deviation (tolerable 2.0 %): 2 of 3 quarters (66.7 %) deviate (1 missed, 1 late): ...; 1 more not yet due
 *     occurrences: 2025-Q4 on time, 2026-Q1 late by 41 days, 2026-Q2 missed, 2026-Q3 due by 2026-10-15
 * OPS-04  not tested: reviewed by people, not by soc2kit
 * projected opinion as of 2026-09-30: qualified risk (this is an estimate from the evidence in the repository, not an auditor's opinion)
 * </pre>
 *
 * <p>Findings are printed separately, with {@link io.github.soc2kit.core.diag.Finding#format()}. Core never prints:
 * the adapter sends these lines to its log.
 */
public final class ConsoleReport {

    static final String INDENT = "    ";

    private ConsoleReport() {}

    public static List<String> lines(VerifyReport report) {
        List<String> lines = new ArrayList<>();
        for (ControlResult c : report.controls()) {
            String numbers = c.status() == ControlStatus.NOT_TESTED
                    ? ""
                    : " (tolerable " + Wording.percent(c.tolerableRate()) + ")";
            lines.add(oneLine(c.id()) + "  " + c.status().label() + numbers + ": " + oneLine(c.summary()));
            if (!c.deviationKeys().isEmpty()) {
                lines.add(INDENT + "deviations: " + Wording.capped(c.deviationKeys(), ConsoleReport::oneLine));
            }
            if (!c.exceptionKeys().isEmpty()) {
                lines.add(INDENT + "exceptions: " + Wording.capped(c.exceptionKeys(), ConsoleReport::oneLine));
            }
            if (!c.occurrences().isEmpty()) {
                lines.add(INDENT + "occurrences: " + Text.occurrences(c, ConsoleReport::oneLine));
            }
        }
        lines.add("projected opinion" + (report.asOf().isEmpty() ? "" : " as of " + report.asOf()) + ": "
                + report.assessment().opinion().label() + " (" + Assessment.DISCLAIMER + ")");
        return List.copyOf(lines);
    }

    /** User text on one log line: a line break in a summary must not forge a line of its own. */
    private static String oneLine(String text) {
        return text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
    }
}
