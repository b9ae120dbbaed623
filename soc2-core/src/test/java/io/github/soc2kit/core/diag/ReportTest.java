package io.github.soc2kit.core.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A report lists at most 100 findings of one rule in one file and counts the rest, however often it is built. */
class ReportTest {

    @Test
    void one_mistake_repeated_40000_times_reads_as_100_lines_and_a_count() {
        List<Finding> findings = new ArrayList<>();
        for (int line = 1; line <= 40_000; line++) {
            findings.add(Finding.error(
                    RuleId.EVIDENCE_DUPLICATE,
                    new SourcePosition("evidence/users.json", line, 3),
                    "listed twice",
                    null));
        }
        findings.add(Finding.error(
                RuleId.EVIDENCE_INVALID, new SourcePosition("evidence/users.json", 7, 1), "bad record", null));
        findings.add(Finding.error(
                RuleId.EVIDENCE_DUPLICATE, new SourcePosition("evidence/other.json", 2, 3), "listed twice", null));

        Report report = new Report(findings);

        assertThat(report.findings()).hasSize(100 + 1 + 1 + 1);
        assertThat(report.findings().get(0).format())
                .isEqualTo("evidence/other.json:2:3: error: listed twice [evidence-duplicate]");
        assertThat(report.findings())
                .extracting(Finding::format)
                .contains(
                        "evidence/users.json: error: 39,900 more findings in this file are not listed (only the first"
                                + " 100 are) [evidence-duplicate]",
                        "evidence/users.json:7:1: error: bad record [evidence-invalid]");
        assertThat(new Report(report.findings()).findings())
                .as("a capped report built again")
                .isEqualTo(report.findings());
    }

    @Test
    void a_finding_prints_as_its_line_then_its_hint_with_control_characters_escaped() {
        Finding f = Finding.error(
                RuleId.OWNER_INACTIVE,
                new SourcePosition("controls/CHG-04.yaml", 9, 8),
                "owner 'sam\n[INFO] BUILD SUCCESS' left",
                "name an active owner");
        assertThat(f.printed())
                .containsExactly(
                        "controls/CHG-04.yaml:9:8: error: owner 'sam\\n[INFO] BUILD SUCCESS' left [owner-inactive]",
                        "    hint: name an active owner");
        assertThat(new Report(List.of(f)).seeAlso())
                .containsExactly("see: soc2kit explain owner-inactive"
                        + " (https://github.com/soc2kit/soc2kit/blob/main/docs/rules/owner-inactive.md)");
    }
}
