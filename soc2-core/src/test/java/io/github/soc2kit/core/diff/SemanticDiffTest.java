package io.github.soc2kit.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.history.Base;
import io.github.soc2kit.core.load.Snapshots;
import io.github.soc2kit.core.model.Control;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The documented direction rule and the control-level changes, on documents in memory. */
class SemanticDiffTest {

    private final Snapshots snapshots = new Snapshots();

    @Test
    void time_limits_loosen_when_they_grow_other_numbers_when_they_shrink_booleans_from_true_to_false() {
        assertThat(SemanticDiff.direction("revocation_days", 1L, 3L)).isEqualTo("loosens");
        assertThat(SemanticDiff.direction("response_hours", 4L, 2L)).isEqualTo("tightens");
        assertThat(SemanticDiff.direction("ack_minutes", 15L, 30L)).isEqualTo("loosens");
        assertThat(SemanticDiff.direction("required_approvals", 2L, 1L)).isEqualTo("loosens");
        assertThat(SemanticDiff.direction(
                        "min_coverage", new java.math.BigDecimal("0.8"), new java.math.BigDecimal("0.9")))
                .isEqualTo("tightens");
        assertThat(SemanticDiff.direction("mfa_required", true, false)).isEqualTo("loosens");
        assertThat(SemanticDiff.direction("mfa_required", false, true)).isEqualTo("tightens");
        assertThat(SemanticDiff.direction("region", "eu", "us")).isEmpty();
    }

    private Control control(String id, String criteria, String test) {
        return snapshots
                .control("controls/" + id + ".yaml", """
                id: %s
                title: A control
                policy: change-management
                owner: ben@tiny.example
                risk: moderate
                criteria: [%s]
                test:
                %s
                """.formatted(id, criteria, test.indent(2)))
                .orElseThrow();
    }

    @Test
    void a_lower_risk_and_a_rarer_cadence_loosen() {
        String quarterly = "kind: periodic\nsource: reviews\nat: completed_on\nevery: %s";
        Base base = new Base(
                "main",
                "0123456789abcdef",
                List.of(),
                List.of(
                        control("IAM-05", "CC6.2", quarterly.formatted("quarter")),
                        control("IAM-06", "CC6.2", quarterly.formatted("quarter")),
                        control("IAM-07", "CC6.2", "kind: periodic\nsource: reviews\nat: completed_on"),
                        control("IAM-08", "CC6.2", quarterly.formatted("quarter")),
                        control("IAM-09", "CC6.2", quarterly.formatted("quarter"))));
        List<Control> now = List.of(
                snapshots.control("controls/IAM-05.yaml", """
                        id: IAM-05
                        title: A control
                        policy: change-management
                        owner: ben@tiny.example
                        risk: low
                        criteria: [CC6.2]
                        test:
                          kind: periodic
                          source: reviews
                          at: completed_on
                          every: year
                        """).orElseThrow(),
                control("IAM-06", "CC6.2", quarterly.formatted("month")),
                control("IAM-07", "CC6.2", quarterly.formatted("quarter")),
                control("IAM-08", "CC6.2", quarterly.formatted("quarter") + "\ngrace_days: 60"),
                control(
                        "IAM-09",
                        "CC6.2",
                        quarterly.formatted("quarter") + "\ngrace_days: 0")); // the default, written out

        assertThat(SemanticDiff.compare(base, List.of(), now))
                .extracting(c -> c.effect() + " " + c.detail())
                .containsExactly(
                        "loosens control 'IAM-05' test every: 'quarter' -> 'year'",
                        "loosens control 'IAM-05' risk moderate -> low (its tolerable deviation rate follows)",
                        "tightens control 'IAM-06' test every: 'quarter' -> 'month'",
                        " control 'IAM-07' test every: (none) -> 'quarter'",
                        "loosens control 'IAM-08' test grace_days: (none) -> '60'");
    }

    @Test
    void reports_weakened_and_removed_tests_and_criteria_losing_their_last_control() {
        String population = "kind: population\nsource: github-pulls\nrequire: record.approvals >= 2";
        String continuity = "kind: continuity\nsource: backups\nat: completed_at\nmax_gap_days: %d\nwhere: %s";
        Base base = new Base(
                "main",
                "0123456789abcdef",
                List.of(),
                List.of(
                        control("BCP-01", "A1.2", continuity.formatted(2, "record.ok")),
                        control("BCP-02", "A1.2", continuity.formatted(7, "record.ok")),
                        control("CHG-01", "CC8.1", population),
                        control("CHG-02", "CC8.1", population),
                        control("IAM-01", "CC6.2", population)));
        List<Control> now = List.of(
                control("BCP-01", "A1.2", continuity.formatted(30, "record.ok")),
                control("BCP-02", "A1.2", continuity.formatted(1, "record.ok && record.verified")),
                control("CHG-01", "CC8.1", "kind: manual\nprocedure: someone looks"),
                control("CHG-02", "CC8.1", "kind: population\nsource: github-pulls\nrequire: record.approvals >= 1"));

        assertThat(SemanticDiff.compare(base, List.of(), now))
                .extracting(c -> c.effect() + " " + c.kind() + " " + c.detail())
                .containsExactly(
                        "loosens control-changed control 'BCP-01' test max_gap_days: '2' -> '30'",
                        "tightens control-changed control 'BCP-02' test max_gap_days: '7' -> '1'",
                        " control-changed control 'BCP-02' test where: 'record.ok' -> 'record.ok && record.verified'",
                        "loosens test-weakened control 'CHG-01' test changed from population to manual",
                        " control-changed control 'CHG-02' test require: 'record.approvals >= 2' -> 'record.approvals >= 1'",
                        "loosens control-removed control 'IAM-01' removed",
                        "loosens criterion-uncovered criterion CC6.2 loses its last control");
    }
}
