package io.github.soc2kit.core.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.assess.Judge;
import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.evidence.EvidenceReader;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.expr.Conditions;
import io.github.soc2kit.core.history.ParameterTimeline;
import io.github.soc2kit.core.load.RepositoryLoader;
import io.github.soc2kit.core.load.SchemaValidator;
import io.github.soc2kit.core.model.PolicyRepository;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every check kind judges a record against the policy parameters in force on the record's day (its {@code at}
 * field), and says which value applied. The access control policy changed twice in the period: on 1 March
 * (revocation within 1 day instead of 5, backups kept 35 days instead of 7, contractors' offboarding tracked) and
 * on 1 April (access reviews cover 5 systems instead of 3, low-urgency incidents written up too).
 */
class TemporalChecksTest {

    private static final Map<String, Object> JANUARY = Map.of(
            "revocation_days",
            5L,
            "review_min_systems",
            3L,
            "backup_retention_days",
            7L,
            "write_up_low_urgency",
            false,
            "contractor_offboarding_tracked",
            false);
    private static final Map<String, Object> MARCH = Map.of(
            "revocation_days",
            1L,
            "review_min_systems",
            3L,
            "backup_retention_days",
            35L,
            "write_up_low_urgency",
            false,
            "contractor_offboarding_tracked",
            true);
    private static final Map<String, Object> APRIL = Map.of(
            "revocation_days",
            1L,
            "review_min_systems",
            5L,
            "backup_retention_days",
            35L,
            "write_up_low_urgency",
            true,
            "contractor_offboarding_tracked",
            true);

    @TempDir
    Path temp;

    private final Map<String, List<EvidenceRecord>> evidence = new HashMap<>();
    private PolicyRepository repo;
    private Path root;

    @BeforeEach
    void repository() {
        root = Fixtures.repository(
                temp.resolve("repo"), Fixtures.resource("drift/basic"), Fixtures.resource("drift/temporal"));
        repo = new RepositoryLoader(new SchemaValidator()).load(root).repository();
    }

    private void add(String source, String key, @Nullable String timestamp, Object... fieldsAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            fields.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        List<EvidenceRecord> records = evidence.computeIfAbsent(source, s -> new ArrayList<>());
        records.add(new EvidenceRecord(
                key, timestamp, null, fields, new SourcePosition("evidence/" + source, records.size() + 1, 1)));
    }

    private List<String> deviations(String rule, Map<String, ParameterTimeline> timelines) {
        EvidenceReader fake = (source, context, sink) ->
                evidence.getOrDefault(source.id(), List.of()).forEach(sink);
        Judge.Result result = Judge.judge(
                repo,
                new DriftEngine(new Conditions(), format -> fake).run(repo, root, timelines, Fixtures.AFTER_PERIOD),
                Fixtures.AFTER_PERIOD);
        return result.findings().stream()
                .filter(f -> f.ruleId().equals(rule))
                .map(Finding::format)
                .toList();
    }

    private static Map<String, ParameterTimeline> history() {
        return Map.of(
                "access-control",
                new ParameterTimeline(List.of(
                        new ParameterTimeline.Entry(LocalDate.MIN, JANUARY),
                        new ParameterTimeline.Entry(LocalDate.parse("2026-03-01"), MARCH),
                        new ParameterTimeline.Entry(LocalDate.parse("2026-04-01"), APRIL))));
    }

    @Test
    void timeliness_takes_the_limit_and_the_trigger_condition_in_force_on_the_termination_day() {
        add(
                "hris",
                "a",
                null,
                "workEmail",
                "a@tiny.example",
                "employmentHistoryStatus",
                "Full-Time",
                "terminationDate",
                "2026-02-10");
        add(
                "hris",
                "b",
                null,
                "workEmail",
                "b@tiny.example",
                "employmentHistoryStatus",
                "Full-Time",
                "terminationDate",
                "2026-03-02");
        add(
                "hris",
                "c",
                null,
                "workEmail",
                "c@tiny.example",
                "employmentHistoryStatus",
                "Contractor",
                "terminationDate",
                "2026-02-10");
        add(
                "hris",
                "d",
                null,
                "workEmail",
                "d@tiny.example",
                "employmentHistoryStatus",
                "Contractor",
                "terminationDate",
                "2026-03-16");
        add(
                "okta-users",
                "a",
                null,
                "status",
                "DEPROVISIONED",
                "statusChanged",
                "2026-02-13T08:00:00.000Z",
                "profile",
                Map.of("email", "a@tiny.example"));
        add(
                "okta-users",
                "b",
                null,
                "status",
                "DEPROVISIONED",
                "statusChanged",
                "2026-03-05T08:00:00.000Z",
                "profile",
                Map.of("email", "b@tiny.example"));

        assertThat(deviations("timeliness-deviation", history()))
                .containsExactly("controls/IAM-01.yaml:8:1: error: IAM-01:"
                        + " 2 of 3 triggers (66.7 %) deviate: leavers lose access in time: b@tiny.example (3 days after 2026-03-02"
                        + " (limit 1) under contractor_offboarding_tracked=true), d@tiny.example (no response in 'okta-users' from"
                        + " 2026-03-16 to 2026-06-30 (limit 1) under"
                        + " contractor_offboarding_tracked=true) [timeliness-deviation]");
    }

    @Test
    void periodic_evidence_meets_the_condition_in_force_on_the_day_it_was_done() {
        // done within Q1's grace but after 1 April, when reviews had to cover 5 systems
        add("reviews", "AR-2026-Q1", null, "completed_on", "2026-04-05", "systems", List.of("okta", "github", "aws"));

        assertThat(deviations("periodic-deviation", history()))
                .containsExactly("controls/IAM-05.yaml:8:1: error: IAM-05: 1 of 1 quarter (100.0 %) deviate (1 missed,"
                        + " 0 late): quarterly access review; 1 more not yet due: 2026-Q1 (missed: no evidence dated"
                        + " 2026-01-01 to 2026-04-15 under review_min_systems=3, then review_min_systems=5 from"
                        + " 2026-04-01) [periodic-deviation]");
    }

    @Test
    void periodic_evidence_done_before_a_change_meets_the_value_of_its_day() {
        add("reviews", "AR-2026-Q1", null, "completed_on", "2026-03-20", "systems", List.of("okta", "github", "aws"));

        assertThat(deviations("periodic-deviation", history())).isEmpty();
        assertThat(deviations("periodic-deviation", Map.of()))
                .singleElement()
                .asString()
                .contains("1 of 1 quarter (100.0 %) deviate (1 missed, 0 late)");
    }

    @Test
    void continuity_counts_a_day_by_the_condition_in_force_on_it_and_names_both_values_across_a_change() {
        for (LocalDate day = LocalDate.parse("2026-01-01");
                !day.isAfter(LocalDate.parse("2026-06-30"));
                day = day.plusDays(1)) {
            boolean beforeGap = day.isBefore(LocalDate.parse("2026-02-26"));
            boolean oldPlan = day.isBefore(LocalDate.parse("2026-03-11"));
            if (beforeGap || !day.isBefore(LocalDate.parse("2026-03-01"))) {
                add(
                        "backups",
                        "job-" + day,
                        null,
                        "resource_type",
                        "RDS",
                        "status",
                        "COMPLETED",
                        "completed_at",
                        day + "T02:10:00Z",
                        "delete_after_days",
                        oldPlan ? 7L : 35L);
            }
        }

        assertThat(deviations("continuity-deviation", history()))
                .containsExactly(
                        "controls/BCP-01.yaml:8:1: error: BCP-01:"
                                + " 13 of 181 days (7.2 %) deviate: daily backups: 2026-02-26..2026-03-10 (13 days without a record (limit 2)"
                                + " under backup_retention_days=7, then backup_retention_days=35 from 2026-03-01) [continuity-deviation]");
    }

    @Test
    void reconciliation_selects_the_records_that_need_a_counterpart_by_the_condition_in_force_on_their_day() {
        add("pagerduty", "1184", "2026-02-02T14:00:00Z", "incident_number", 1184L, "urgency", "high");
        add("pagerduty", "1191", "2026-02-20T09:00:00Z", "incident_number", 1191L, "urgency", "low");
        add("pagerduty", "1195", "2026-04-15T09:00:00Z", "incident_number", 1195L, "urgency", "low");

        assertThat(deviations("reconciliation-deviation", history()))
                .containsExactly("controls/IR-02.yaml:8:1: error:"
                        + " IR-02: 1 of 2 records (50.0 %) deviate: incidents are written up: 1195 (has no counterpart in"
                        + " 'incidents' under write_up_low_urgency=true) [reconciliation-deviation]");
    }
}
