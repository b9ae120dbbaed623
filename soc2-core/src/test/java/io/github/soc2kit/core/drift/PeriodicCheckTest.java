package io.github.soc2kit.core.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.expr.Conditions;
import io.github.soc2kit.core.history.ParameterTimeline;
import io.github.soc2kit.core.model.Cadence;
import io.github.soc2kit.core.model.ControlTest;
import io.github.soc2kit.core.model.DayLimit;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Occurrences of a periodic test on an as-of date, and the periods a record's {@code covers} text names. */
class PeriodicCheckTest {

    private static Outcome run(
            String start, String end, String asOf, Cadence every, @Nullable String covers, String... daysAndLabels) {
        CheckContext context = new CheckContext(
                LocalDate.parse(start),
                LocalDate.parse(end),
                LocalDate.parse(asOf),
                ZoneId.of("UTC"),
                Map.of(),
                ParameterTimeline.constant(Map.of()),
                new SourceFacts(Map.of(), (source, record) -> null, (source, email) -> true),
                Set.of());
        PeriodicCheck check = new PeriodicCheck(
                new ControlTest.Periodic("reviews", null, "done", every, null, new DayLimit.Days(15), covers, null),
                context,
                new Conditions());
        for (int i = 0; i < daysAndLabels.length; i += 2) {
            check.accept("reviews", record(daysAndLabels[i], daysAndLabels[i + 1]));
        }
        return check.finish();
    }

    private static EvidenceRecord record(String day, String label) {
        return new EvidenceRecord(
                label, day, null, Map.of("done", day, "campaign", label), new SourcePosition("evidence/r.csv", 2, 1));
    }

    private static List<String> statuses(Outcome outcome) {
        return outcome.occurrences().stream()
                .map(o -> o.period() + " " + o.brief())
                .toList();
    }

    @Test
    void nothing_not_yet_due_is_judged_and_a_due_date_on_the_as_of_date_is_still_due() {
        Outcome outcome = run("2026-01-01", "2026-12-31", "2026-04-15", Cadence.QUARTER, null);
        assertThat(statuses(outcome))
                .containsExactly(
                        "2026-Q1 due by 2026-04-15",
                        "2026-Q2 due by 2026-07-15",
                        "2026-Q3 upcoming",
                        "2026-Q4 upcoming");
        assertThat(outcome.population()).isZero();
        assertThat(outcome.open()).isEqualTo(4);

        assertThat(statuses(run("2026-01-01", "2026-12-31", "2026-04-16", Cadence.QUARTER, null)))
                .startsWith("2026-Q1 missed");
    }

    @Test
    void covers_reads_the_period_written_in_any_usual_form() {
        for (String label : List.of(
                "2026-Q1 User Access Review",
                "Q1 2026 user access review - AWS production",
                "q1-2026",
                "2026Q1",
                "2026-02",
                "2026-02-14",
                "Access review 2026-W07")) {
            assertThat(statuses(run(
                            "2026-01-01",
                            "2026-12-31",
                            "2026-08-01",
                            Cadence.QUARTER,
                            "campaign",
                            "2026-05-02",
                            label)))
                    .as(label)
                    .startsWith("2026-Q1 late by 17 days", "2026-Q2 missed");
        }
        assertThat(statuses(run(
                        "2026-01-01",
                        "2026-12-31",
                        "2026-09-30",
                        Cadence.HALF,
                        "campaign",
                        "2026-09-02",
                        "H1 2026 review")))
                .containsExactly("2026-01-01..2026-06-30 late by 49 days", "2026-07-01..2026-12-31 due by 2027-01-15");
    }

    @Test
    void a_period_named_before_a_date_wins_and_a_quarter_clipped_by_the_period_start_keeps_its_evidence() {
        assertThat(statuses(run(
                        "2026-02-15",
                        "2027-02-14",
                        "2026-08-01",
                        Cadence.QUARTER,
                        "campaign",
                        "2026-04-10",
                        "kick-off 2026-04-02 of the Q1 2026 review")))
                .startsWith("2026-Q1 on time", "2026-Q2 missed");
    }

    @Test
    void rows_of_one_campaign_make_one_occurrence_done_on_its_last_day_and_one_late_campaign_never_covers_the_next() {
        Outcome outcome = run(
                "2026-01-01",
                "2026-12-31",
                "2026-08-01",
                Cadence.QUARTER,
                "campaign",
                "2026-04-28",
                "2026-Q1 User Access Review",
                "2026-05-12",
                "2026-Q1 User Access Review",
                "2026-05-06",
                "2026-Q1 User Access Review",
                "2025-12-20",
                "2025-Q4 User Access Review");
        assertThat(statuses(outcome))
                .containsExactly(
                        "2026-Q1 late by 27 days", "2026-Q2 missed", "2026-Q3 due by 2026-10-15", "2026-Q4 upcoming");
        assertThat(outcome.deviations()).extracting(Deviation::key).containsExactly("2026-Q1", "2026-Q2");
    }

    @Test
    void a_covers_value_that_names_no_period_stops_the_check_with_the_record_and_the_forms_it_takes() {
        assertThatThrownBy(() -> run(
                        "2026-01-01",
                        "2026-12-31",
                        "2026-08-01",
                        Cadence.QUARTER,
                        "campaign",
                        "2026-05-02",
                        "Spring review"))
                .isInstanceOf(CheckException.class)
                .hasMessage(
                        "'campaign' of record 'Spring review' names no period: 'Spring review' (write a period such as"
                                + " 2026-Q1, Q1 2026, 2026-H1, 2026-03 or 2026-W07, or a date)");
        assertThatThrownBy(() -> run(
                        "2026-01-01",
                        "2026-12-31",
                        "2026-08-01",
                        Cadence.QUARTER,
                        "campaign",
                        "2026-05-02",
                        "2026-02-30 review"))
                .isInstanceOf(CheckException.class);
        assertThatThrownBy(() -> run(
                        "2026-01-01",
                        "2026-12-31",
                        "2026-08-01",
                        Cadence.QUARTER,
                        "campaign",
                        "2026-05-02",
                        "x".repeat(100_000)))
                .as("a value from the export is quoted clipped")
                .hasMessageContaining("names no period: '" + "x".repeat(80) + "…' (write");
    }
}
