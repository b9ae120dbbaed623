package io.github.soc2kit.core.report;

import io.github.soc2kit.core.assess.Assessment;
import io.github.soc2kit.core.assess.ControlResult;
import io.github.soc2kit.core.assess.ControlResults;
import io.github.soc2kit.core.assess.ControlStatus;
import io.github.soc2kit.core.assess.Opinion;
import io.github.soc2kit.core.assess.VerifyReport;
import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.Report;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.diag.Severity;
import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.drift.SourceProvenance;
import io.github.soc2kit.core.evidence.ReadContext.FileDigest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Verify reports built in code, as the drift stage would hand them to the report writers. */
final class SampleReports {

    static final String PRS_SHA = "3f2a9c4e1b7d8a6f0e5c2b9d4a1f7e3c8b6d0a2f9e4c1b7d5a8f3e6c0b2d9a4f";
    static final String ROSTER_SHA = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90";
    static final String LEAVERS_SHA = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";

    /** A policy repository in the sub-folder {@code compliance/soc2/} of the git repository that tracks it. */
    static final ReportOrigin IN_GIT = new ReportOrigin("0.9.0", "compliance/soc2/");

    /** A policy repository that no git repository tracks. */
    static final ReportOrigin OUTSIDE_GIT = new ReportOrigin("0.9.0", null);

    private SampleReports() {}

    /** Four controls, one of each status (worst first), findings with and without hints, two sources. */
    static VerifyReport northwind() {
        List<String> prs =
                IntStream.rangeClosed(1, 12).mapToObj(i -> "#" + (1000 + i * 7)).toList();
        ControlResult changes = ControlResults.finished(
                "CHG-01",
                "Change approval",
                "alice",
                "high",
                "population",
                new SourcePosition("controls/CHG-01.yaml", 1, 5),
                412,
                61,
                9,
                0.05,
                ControlStatus.DEVIATION,
                prs,
                List.of("#1003", "#1101"),
                "61 of 412 merged changes lacked 2 independent approvals",
                Map.entry("#1007", "https://github.com/northwind/ledger/pull/1007"),
                Map.entry("#1003", "https://github.com/northwind/ledger/pull/1003"));
        ControlResult leavers = ControlResults.finished(
                "ACC-03",
                "Access revocation",
                "bob",
                "high",
                "timeliness",
                new SourcePosition("controls/ACC-03.yaml", 1, 5),
                25,
                0,
                2,
                0.0,
                ControlStatus.EXCEPTIONS_NOTED,
                List.of(),
                List.of("dana@northwind.example", "eve@northwind.example"),
                "2 of 25 leavers lost access after 1 day, covered by documented exceptions");
        ControlResult tabletop = ControlResults.finished(
                "IR-04",
                "Tabletop exercise",
                "carol",
                "medium",
                "manual",
                new SourcePosition("controls/IR-04.yaml", 1, 5),
                0,
                0,
                0,
                0.1,
                ControlStatus.NOT_TESTED,
                List.of(),
                List.of(),
                "tested by people, not by soc2kit");
        ControlResult training = ControlResults.finished(
                "HR-02",
                "Security training",
                "dave",
                "low",
                "population",
                new SourcePosition("controls/HR-02.yaml", 1, 5),
                40,
                0,
                0,
                0.1,
                ControlStatus.EFFECTIVE,
                List.of(),
                List.of(),
                "40 of 40 people completed security training");
        Report findings = new Report(List.of(
                Finding.error(
                        RuleId.PERSON_UNKNOWN,
                        new SourcePosition("controls/CHG-01.yaml", 4, 8),
                        "owner 'mallory' is not a person in the roster",
                        "add 'mallory' to the roster or name another owner"),
                Finding.warning(
                        RuleId.FILE_NAME_MISMATCH,
                        new SourcePosition("controls/acc-03.yaml", 1, 5),
                        "control 'ACC-03' is in file 'acc-03.yaml'",
                        null),
                new Finding(
                        RuleId.CONTINUITY_DEVIATION,
                        Severity.NOTE,
                        new SourcePosition("evidence/sources.yaml", 12, 5),
                        "source 'github-prs' has no records between 2025-03-02 and 2025-03-23",
                        null),
                Finding.error(
                        RuleId.FILE_MISSING,
                        SourcePosition.of("people/roster.csv"),
                        "the roster 'people/roster.csv' does not exist",
                        "export the roster from the HR system")));
        Assessment assessment = new Assessment(
                Opinion.QUALIFIED_RISK,
                List.of(
                        "CHG-01: 14.8 % of 412 merged changes lacked two independent approvals; 9 of those 61 were documented emergencies"));
        List<SourceProvenance> sources = List.of(
                new SourceProvenance(
                        "github-prs",
                        "github-pull-requests",
                        List.of(new FileDigest("evidence/prs-2025.json", PRS_SHA, 482113)),
                        412,
                        "2025-01-03",
                        "2025-12-30",
                        2,
                        null,
                        7,
                        false,
                        null),
                new SourceProvenance(
                        "hris",
                        "csv",
                        List.of(
                                new FileDigest("evidence/hris/leavers.csv", LEAVERS_SHA, 2210),
                                new FileDigest("evidence/hris/roster.csv", ROSTER_SHA, 5120)),
                        65,
                        null,
                        null,
                        0,
                        LocalDate.parse("2025-12-19"),
                        7,
                        false,
                        null));
        return new VerifyReport(
                "Northwind Ledger",
                "Ledger Platform",
                "2025-01-01",
                "2025-12-31",
                "2025-12-31",
                findings,
                List.of(changes, leavers, tabletop, training),
                assessment,
                sources);
    }

    /** A report of organization "Org" for 2025 with these findings and controls, and a qualified risk. */
    static VerifyReport of(List<Finding> findings, List<ControlResult> controls) {
        return new VerifyReport(
                "Org",
                "Sys",
                "2025-01-01",
                "2025-12-31",
                "2025-12-31",
                new Report(findings),
                controls,
                new Assessment(Opinion.QUALIFIED_RISK, List.of()),
                List.of());
    }

    static final String HOSTILE_ORGANIZATION = "Acme <\"Q&A\"> | 'Ops'";
    static final String HOSTILE_TITLE = "Reviews <b>&amp; | \"quoted\" `code`";
    static final String HOSTILE_SUMMARY = "1 of 3 <script>alert('x')</script> | & \"done\"";
    static final String HOSTILE_KEY = "a|b`c<d>&e";
    static final String HOSTILE_MESSAGE = "value '<x>' & \"y\" | z is *not* [allowed]";
    static final String HOSTILE_HINT = "write '<y>' & 'z' instead";
    static final String HOSTILE_PATH = "controls/A&B <1>.yaml";

    /** User text full of markup characters, in every field that reaches a report. */
    static VerifyReport hostile() {
        ControlResult control = ControlResults.finished(
                "X-1",
                HOSTILE_TITLE,
                "o'neil",
                "high",
                "population",
                new SourcePosition(HOSTILE_PATH, 2, 3),
                3,
                1,
                1,
                0.0,
                ControlStatus.DEVIATION,
                List.of(HOSTILE_KEY),
                List.of("x\"y"),
                HOSTILE_SUMMARY);
        ControlResult noted = ControlResults.finished(
                "X-2",
                "Noted",
                "o'neil",
                "low",
                "population",
                new SourcePosition(HOSTILE_PATH, 9, 3),
                3,
                0,
                1,
                0.5,
                ControlStatus.EXCEPTIONS_NOTED,
                List.of(),
                List.of("<exc>&"),
                "noted & <fine>");
        Report findings = new Report(List.of(
                Finding.error(RuleId.SCHEMA, new SourcePosition(HOSTILE_PATH, 2, 3), HOSTILE_MESSAGE, HOSTILE_HINT)));
        return new VerifyReport(
                HOSTILE_ORGANIZATION,
                "Sys | <tem>",
                "2025-01-01",
                "2025-06-30",
                "2025-06-30",
                findings,
                List.of(control, noted),
                new Assessment(Opinion.ADVERSE_RISK, List.of("X-1: " + HOSTILE_SUMMARY)),
                List.of(new SourceProvenance(
                        "src|1",
                        "csv",
                        List.of(new FileDigest("evidence/a|b.csv", PRS_SHA, 1)),
                        3,
                        "<first>",
                        null,
                        0,
                        null,
                        7,
                        false,
                        null)));
    }

    /** The northwind report with one source instead of its own, read from {@code files}. */
    static VerifyReport northwindWithSource(String id, String format, List<FileDigest> files, long records) {
        VerifyReport sample = northwind();
        return new VerifyReport(
                sample.organization(),
                sample.system(),
                sample.periodStart(),
                sample.periodEnd(),
                sample.asOf(),
                sample.findings(),
                sample.controls(),
                sample.assessment(),
                List.of(new SourceProvenance(id, format, files, records, null, null, 0, null, 0, false, null)));
    }
}
