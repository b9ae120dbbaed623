package io.github.soc2kit.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.assess.Assessment;
import io.github.soc2kit.core.assess.ControlResult;
import io.github.soc2kit.core.assess.ControlResults;
import io.github.soc2kit.core.assess.ControlStatus;
import io.github.soc2kit.core.assess.Opinion;
import io.github.soc2kit.core.assess.VerifyReport;
import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.LogEntry;
import io.github.soc2kit.core.diag.Report;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.diag.Severity;
import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.drift.Occurrence;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What the Maven log and the command line print after a verification: one entry per control that is not effective,
 * worst first, in aligned columns with the finding that states its status; the other findings; the opinion; the tally.
 */
class ConsoleReportTest {

    static final String DETAILS = "target/soc2/verify.md";
    static final String DISCLAIMER = " (" + Assessment.DISCLAIMER + ")";

    @Test
    void prints_each_control_not_effective_once_in_aligned_columns_with_its_finding_then_the_others_and_the_tally() {
        ControlResult changes = control(
                "CHG-01",
                ControlStatus.DEVIATION,
                List.of("#1", "#2", "#3", "#4", "#5", "#6", "#7"),
                List.of("#8", "#9"),
                "7 of 412 records (1.7 %) deviate: changes are approved");
        ControlResult availability = control(
                "MON-03",
                ControlStatus.EXCEPTIONS_NOTED,
                List.of("2025-11"),
                List.of(),
                "1 of 12 records (8.3 %) deviate: availability met the SLA");
        ControlResult tabletop =
                control("IR-04", ControlStatus.NOT_TESTED, List.of(), List.of(), "tested by people: run a tabletop");
        ControlResult training =
                control("HR-02", ControlStatus.EFFECTIVE, List.of(), List.of(), "all 40 records meet the test");
        Finding approvals = Finding.error(
                RuleId.POPULATION_DEVIATION,
                new SourcePosition("controls/CHG-01.yaml", 9, 1),
                "CHG-01: 7 of 412 records (1.7 %) deviate: changes are approved: #1, #2, #3, #4, #5, #6, #7",
                "fix the practice, or document approved exceptions in registers/exceptions.yaml");
        Finding sla = Finding.warning(
                RuleId.POPULATION_DEVIATION,
                new SourcePosition("controls/MON-03.yaml", 12, 1),
                "MON-03: 1 of 12 records (8.3 %) deviate: availability met the SLA: 2025-11",
                "within the tolerable rate of 10.0 % for low risk");
        Finding owner = Finding.error(
                RuleId.OWNER_INACTIVE,
                new SourcePosition("controls/CHG-01.yaml", 4, 8),
                "owner 'alice' of control 'CHG-01' left on 2025-06-30, during the observation period",
                "record the handoff in registers/handoffs.yaml and make the successor the owner");
        Finding export = Finding.error(
                RuleId.EVIDENCE_MISSING,
                new SourcePosition("evidence/sources.yaml", 12, 11),
                "evidence source 'prs' has no file matching 'evidence/prs.json'",
                "export the evidence to evidence/prs.json, or correct the path");

        List<LogEntry> log = ConsoleReport.log(
                report(List.of(changes, availability, tabletop, training), List.of(approvals, sla, owner, export)),
                DETAILS);

        assertThat(log)
                .containsExactly(
                        new LogEntry(
                                Severity.ERROR,
                                List.of(
                                        "controls/CHG-01.yaml:9:1: error:    CHG-01  deviation         7 of 412 records (1.7 %) deviate: changes are approved [population-deviation]",
                                        "    deviations: #1, #2, #3, #4, #5 and 2 more — see target/soc2/verify.md",
                                        "    exceptions: #8, #9")),
                        new LogEntry(
                                Severity.WARNING,
                                List.of(
                                        "controls/MON-03.yaml:12:1: warning: MON-03  exceptions noted  1 of 12 records (8.3 %) deviate: availability met the SLA [population-deviation]",
                                        "    deviations: 2025-11")),
                        new LogEntry(
                                Severity.NOTE,
                                List.of(
                                        "controls/IR-04.yaml:1:5:            IR-04   not tested        tested by people: run a tabletop")),
                        LogEntry.of(owner),
                        LogEntry.of(export),
                        LogEntry.info(RuleId.EVIDENCE_MISSING.seeAlso()),
                        LogEntry.info(RuleId.OWNER_INACTIVE.seeAlso()),
                        LogEntry.info(RuleId.POPULATION_DEVIATION.seeAlso()),
                        LogEntry.info("projected opinion as of 2025-12-31: qualified risk" + DISCLAIMER),
                        LogEntry.info("1 deviation · 1 exceptions noted · 1 not tested · 1 effective"));
    }

    @Test
    void a_control_of_several_tests_is_one_line_with_each_rule_at_its_worst_severity() {
        ControlResult leavers = control(
                "IAM-11",
                ControlStatus.DEVIATION,
                List.of("dora@tiny.example"),
                List.of(),
                "test 1: 1 of 3 triggers (33.3 %) deviate: ...; test 2: 0 of 2 snapshots (0.0 %) deviate: ...");
        SourcePosition test = new SourcePosition("controls/IAM-11.yaml", 8, 1);
        List<Finding> findings = List.of(
                Finding.error(RuleId.TIMELINESS_DEVIATION, test, "IAM-11: 1 of 3 triggers", null),
                Finding.warning(RuleId.EVIDENCE_MISSING, test, "control 'IAM-11' has no evidence", null));

        assertThat(ConsoleReport.log(report(List.of(leavers), findings), DETAILS)
                        .get(0))
                .isEqualTo(new LogEntry(
                        Severity.ERROR,
                        List.of(
                                "controls/IAM-11.yaml:8:1: error: IAM-11  deviation  test 1: 1 of 3 triggers (33.3 %) deviate: ...; test 2: 0 of 2 snapshots (0.0 %) deviate: ... [evidence-missing, timeliness-deviation]",
                                "    deviations: dora@tiny.example")));
    }

    @Test
    void occurrences_are_capped_like_the_other_lists() {
        LocalDate monday = LocalDate.of(2025, 12, 1);
        List<Occurrence> weeks = IntStream.range(0, 7)
                .mapToObj(i -> new Occurrence(
                        "2025-W" + (49 + i),
                        monday.plusWeeks(i),
                        monday.plusWeeks(i).plusDays(6),
                        monday.plusWeeks(i).plusDays(6),
                        i == 1 ? Occurrence.Status.MISSED : Occurrence.Status.ON_TIME,
                        i == 1 ? null : monday.plusWeeks(i)))
                .toList();
        ControlResult weekly = new ControlResult(
                "OPS-01",
                "Weekly review",
                "alice",
                "low",
                "periodic",
                new SourcePosition("controls/OPS-01.yaml", 1, 5),
                7,
                1,
                0,
                0.1,
                ControlStatus.EXCEPTIONS_NOTED,
                List.of("2025-W50"),
                List.of(),
                "1 of 7 weeks (14.3 %) deviate (1 missed, 0 late): a review every week",
                0,
                7,
                weeks,
                Map.of(),
                0);

        assertThat(ConsoleReport.log(report(List.of(weekly), List.of()), DETAILS)
                        .get(0)
                        .lines())
                .containsExactly(
                        "controls/OPS-01.yaml:1:5: OPS-01  exceptions noted  1 of 7 weeks (14.3 %) deviate (1 missed, 0"
                                + " late): a review every week",
                        "    deviations: 2025-W50",
                        "    occurrences: 2025-W49 on time, 2025-W50 missed, 2025-W51 on time, 2025-W52 on time,"
                                + " 2025-W53 on time and 2 more — see target/soc2/verify.md");
    }

    @Test
    void every_deviation_rule_states_a_controls_status() {
        assertThat(Reports.VERDICTS)
                .containsAll(Arrays.stream(RuleId.values())
                        .filter(rule -> rule.id().endsWith("-deviation"))
                        .toList());
    }

    @Test
    void without_controls_there_is_no_tally() {
        Finding schema = Finding.error(
                RuleId.SCHEMA,
                new SourcePosition("controls/CHG-01.yaml", 1, 1),
                "missing required property 'owner'",
                "add 'owner:'");
        VerifyReport stopped = new VerifyReport(
                "Org",
                "Sys",
                "2025-01-01",
                "2025-12-31",
                "",
                new Report(List.of(schema)),
                List.of(),
                new Assessment(Opinion.NOT_ASSESSABLE, List.of()),
                List.of());

        assertThat(ConsoleReport.log(stopped, DETAILS))
                .containsExactly(
                        LogEntry.of(schema),
                        LogEntry.info(RuleId.SCHEMA.seeAlso()),
                        LogEntry.info("projected opinion: not assessable" + DISCLAIMER));
    }

    @Test
    void formats_numbers_the_same_in_every_default_locale() {
        ControlResult control = ControlResults.finished(
                "CHG-01",
                "Change approval",
                "alice",
                "high",
                "population",
                SourcePosition.of("controls/CHG-01.yaml"),
                412,
                3,
                0,
                0.02,
                ControlStatus.DEVIATION,
                List.of(),
                List.of(),
                "3 of 412 changes lacked approvals");
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(ConsoleReport.log(report(List.of(control), List.of()), DETAILS))
                    .contains(
                            LogEntry.info("1 deviation · 0 exceptions noted · 0 not tested · 0 effective"),
                            new LogEntry(
                                    Severity.NOTE,
                                    List.of(
                                            "controls/CHG-01.yaml: CHG-01  deviation  3 of 412 changes lacked approvals")));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void a_line_break_in_user_text_cannot_forge_a_log_line() {
        ControlResult control = control(
                "C-1", ControlStatus.DEVIATION, List.of("k\n[ERROR] fake"), List.of(), "bad\r\n[INFO] BUILD SUCCESS");

        assertThat(ConsoleReport.log(report(List.of(control), List.of()), DETAILS)
                        .get(0)
                        .lines())
                .containsExactly(
                        "controls/C-1.yaml:1:5: C-1  deviation  bad [INFO] BUILD SUCCESS",
                        "    deviations: k [ERROR] fake");
    }

    private static ControlResult control(
            String id, ControlStatus status, List<String> deviations, List<String> exceptions, String summary) {
        return ControlResults.finished(
                id,
                "title",
                "alice",
                "low",
                "population",
                new SourcePosition("controls/" + id + ".yaml", 1, 5),
                100,
                deviations.size(),
                exceptions.size(),
                0.1,
                status,
                deviations,
                exceptions,
                summary);
    }

    private static VerifyReport report(List<ControlResult> controls, List<Finding> findings) {
        return SampleReports.of(findings, controls);
    }
}
