package io.github.soc2kit.core.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.assess.Assessment;
import io.github.soc2kit.core.assess.Assessor;
import io.github.soc2kit.core.assess.ControlResult;
import io.github.soc2kit.core.assess.ControlStatus;
import io.github.soc2kit.core.assess.Judge;
import io.github.soc2kit.core.assess.Opinion;
import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.evidence.EvidenceReader;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.evidence.ReadContext;
import io.github.soc2kit.core.expr.Conditions;
import io.github.soc2kit.core.load.CatalogueLoader;
import io.github.soc2kit.core.load.RepositoryLoader;
import io.github.soc2kit.core.load.SchemaValidator;
import io.github.soc2kit.core.model.EvidenceSource;
import io.github.soc2kit.core.model.PolicyRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drift checks on the base repository plus {@code drift/basic}, with records supplied by a fake reader so
 * that each case states exactly what the evidence holds. Period: 2026-01-01 to 2026-06-30, Europe/Berlin.
 */
class DriftEngineTest {

    @TempDir
    Path temp;

    private final Map<String, List<EvidenceRecord>> evidence = new HashMap<>();
    private EvidenceReader.Keys keys = EvidenceReader.Keys.REPEAT;
    private boolean accounts;
    private PolicyRepository repository;
    private Path root;

    @BeforeEach
    void load() {
        root = Fixtures.repository(temp.resolve("repo"), Fixtures.resource("drift/basic"));
        RepositoryLoader.Result loaded = new RepositoryLoader(new SchemaValidator()).load(root);
        assertThat(loaded.findings()).isEmpty();
        repository = loaded.repository();
    }

    private void add(String source, String key, Object... fieldsAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            fields.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        List<EvidenceRecord> records = evidence.computeIfAbsent(source, s -> new ArrayList<>());
        records.add(new EvidenceRecord(
                key, null, null, fields, new SourcePosition("evidence/" + source, records.size() + 1, 1)));
    }

    private Judge.Result run() {
        EvidenceReader fake = new EvidenceReader() {
            @Override
            public void read(EvidenceSource source, ReadContext context, Consumer<EvidenceRecord> sink) {
                evidence.getOrDefault(source.id(), List.of()).forEach(sink);
            }

            @Override
            public Keys keys() {
                return keys;
            }

            @Override
            public boolean aboutPeople() {
                return accounts;
            }
        };
        Function<String, EvidenceReader> readers = format -> fake;
        return Judge.judge(
                repository,
                new DriftEngine(new Conditions(), readers).run(repository, root, Fixtures.AFTER_PERIOD),
                Fixtures.AFTER_PERIOD);
    }

    private static ControlResult control(Judge.Result result, String id) {
        return result.controls().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> messages(Judge.Result result, String rule) {
        return result.findings().stream()
                .filter(f -> f.ruleId().equals(rule))
                .map(Finding::format)
                .toList();
    }

    @Test
    void population_counts_deviations_and_documented_exceptions() {
        add(
                "github-pulls",
                "1",
                "base",
                Map.of("ref", "main"),
                "merged_at",
                "2026-02-01T10:00:00Z",
                "independent_approvals",
                2L);
        add(
                "github-pulls",
                "2",
                "base",
                Map.of("ref", "main"),
                "merged_at",
                "2026-02-02T10:00:00Z",
                "independent_approvals",
                1L);
        add(
                "github-pulls",
                "3",
                "base",
                Map.of("ref", "release"),
                "merged_at",
                "2026-02-03T10:00:00Z",
                "independent_approvals",
                0L);
        add(
                "github-pulls",
                "412",
                "base",
                Map.of("ref", "main"),
                "merged_at",
                "2026-03-01T10:00:00Z",
                "independent_approvals",
                1L);
        ControlResult chg01 = control(run(), "CHG-01");
        assertThat(chg01.population()).isEqualTo(3);
        assertThat(chg01.deviationKeys()).containsExactly("2");
        assertThat(chg01.exceptionKeys()).containsExactly("412");
        assertThat(chg01.status()).isEqualTo(ControlStatus.DEVIATION);
        assertThat(chg01.summary())
                .isEqualTo(
                        "1 of 3 records (33.3 %) deviate: changes are approved before merge; 1 more covered by documented exceptions");
    }

    @Test
    void a_pull_request_listed_twice_counts_once_and_is_reported() {
        keys = EvidenceReader.Keys.UNIQUE;
        for (String number : List.of("1", "2", "2")) { // the second page of the export repeats the end of the first
            add(
                    "github-pulls",
                    number,
                    "base",
                    Map.of("ref", "main"),
                    "merged_at",
                    "2026-02-01T10:00:00Z",
                    "independent_approvals",
                    number.equals("1") ? 2L : 1L);
        }

        Judge.Result result = run();

        ControlResult chg01 = control(result, "CHG-01");
        assertThat(chg01.population()).isEqualTo(2);
        assertThat(chg01.deviationKeys()).containsExactly("2");
        assertThat(messages(result, "evidence-duplicate"))
                .containsExactly("evidence/github-pulls:3:1: error: a second record with the key '2' (the first is at"
                        + " line 2); only the first is counted [evidence-duplicate]");
    }

    @Test
    void a_deviation_within_the_tolerable_rate_is_an_exception_noted() {
        for (int i = 1; i <= 60; i++) {
            add(
                    "github-pulls",
                    Integer.toString(i),
                    "base",
                    Map.of("ref", "main"),
                    "merged_at",
                    "2026-02-01T10:00:00Z",
                    "independent_approvals",
                    i == 7 ? 1L : 2L);
        }
        Judge.Result result = run();
        assertThat(control(result, "CHG-01").status()).isEqualTo(ControlStatus.EXCEPTIONS_NOTED);
        assertThat(messages(result, "population-deviation"))
                .containsExactly(
                        "controls/CHG-01.yaml:9:1: warning: CHG-01: 1 of 60 records (1.7 %) deviate: changes are approved before merge:"
                                + " 7 (does not meet 'record.independent_approvals >= policy.required_approvals') [population-deviation]");
    }

    @Test
    void an_exception_approved_too_late_does_not_count() {
        add(
                "github-pulls",
                "412",
                "base",
                Map.of("ref", "main"),
                "merged_at",
                "2026-01-05T10:00:00Z",
                "independent_approvals",
                1L);
        Judge.Result result = run();
        assertThat(control(result, "CHG-01").deviationKeys()).containsExactly("412");
        assertThat(messages(result, "exception-invalid"))
                .containsExactly(
                        "registers/exceptions.yaml:4:13: error: exception 'EXC-2026-01' for record '412' of control 'CHG-01' does not"
                                + " count: it was approved on 2026-03-02, more than 30 days after the event on 2026-01-05 [exception-invalid]");
    }

    @Test
    void an_exception_that_names_no_deviation_is_a_warning_that_names_the_key_it_likely_meant() {
        add(
                "github-pulls",
                "tiny-co/tiny#412",
                "base",
                Map.of("ref", "main"),
                "merged_at",
                "2026-02-20T10:00:00Z",
                "independent_approvals",
                1L);
        Judge.Result result = run();
        assertThat(control(result, "CHG-01").deviationKeys()).containsExactly("tiny-co/tiny#412");
        assertThat(result.findings())
                .filteredOn(f -> f.ruleId().equals("exception-unused"))
                .extracting(f -> f.format() + " | " + f.hint())
                .containsExactly(
                        "registers/exceptions.yaml:4:13: warning: exception 'EXC-2026-01' names record '412' of control"
                                + " 'CHG-01', which is not one of its deviations [exception-unused] | name the record by its"
                                + " key, as the finding does: 'tiny-co/tiny#412'");
    }

    @Test
    void an_exception_from_another_period_or_for_an_untested_control_is_left_alone() throws IOException {
        add(
                "github-pulls",
                "1",
                "base",
                Map.of("ref", "main"),
                "merged_at",
                "2026-02-01T10:00:00Z",
                "independent_approvals",
                2L);
        assertThat(messages(run(), "exception-unused"))
                .containsExactly(
                        "registers/exceptions.yaml:4:13: warning: exception"
                                + " 'EXC-2026-01' names record '412' of control 'CHG-01', which is not one of its deviations [exception-unused]");

        approvedOn("2025-12-01");
        assertThat(messages(run(), "exception-unused")).isEmpty();

        // the period ends on 2026-06-30 and the window is 30 days: approved on 2026-07-30 it may still cover the
        // period, approved on 2026-07-31 it is for a later one
        approvedOn("2026-07-30");
        assertThat(messages(run(), "exception-unused")).hasSize(1);
        approvedOn("2026-07-31");
        assertThat(messages(run(), "exception-unused")).isEmpty();

        evidence.clear(); // no pull request in the period: CHG-01 is not tested
        approvedOn("2026-03-02");
        assertThat(messages(run(), "exception-unused")).isEmpty();
    }

    /** Sets approved_on of the one exception of the base repository, and reloads the repository. */
    private void approvedOn(String day) throws IOException {
        Path register = root.resolve("registers/exceptions.yaml");
        Files.writeString(
                register, Files.readString(register).replaceFirst("approved_on: \\S+", "approved_on: " + day));
        repository = new RepositoryLoader(new SchemaValidator()).load(root).repository();
    }

    @Test
    void a_renewal_of_a_covering_exception_is_not_unused_and_an_ambiguous_number_lists_every_key() throws IOException {
        Files.writeString(root.resolve("registers/exceptions.yaml"), """
                exceptions:
                  - id: EXC-2026-01
                    control: CHG-01
                    record: 'tiny-co/api#9'
                    reason: Hotfix during an outage
                    approved_by: ana@tiny.example
                    approved_on: 2026-02-02
                  - id: EXC-2026-02
                    control: CHG-01
                    record: 'tiny-co/api#9'
                    reason: The same hotfix, approved again by the new CTO
                    approved_by: ben@tiny.example
                    approved_on: 2026-02-03
                  - id: EXC-2026-03
                    control: CHG-01
                    record: 12
                    reason: A second hotfix
                    approved_by: ana@tiny.example
                    approved_on: 2026-02-03
                """);
        repository = new RepositoryLoader(new SchemaValidator()).load(root).repository();
        add(
                "github-pulls",
                "tiny-co/web#12",
                "base",
                Map.of("ref", "main"),
                "merged_at",
                "2026-02-01T10:00:00Z",
                "independent_approvals",
                1L);
        add(
                "github-pulls",
                "tiny-co/api#9",
                "base",
                Map.of("ref", "main"),
                "merged_at",
                "2026-02-01T10:00:00Z",
                "independent_approvals",
                1L);
        add(
                "github-pulls",
                "tiny-co/api#12",
                "base",
                Map.of("ref", "main"),
                "merged_at",
                "2026-02-01T10:00:00Z",
                "independent_approvals",
                1L);

        Judge.Result result = run();

        assertThat(control(result, "CHG-01").exceptionKeys()).containsExactly("tiny-co/api#9");
        assertThat(result.findings())
                .filteredOn(f -> f.ruleId().startsWith("exception-"))
                .extracting(f -> f.format() + " | " + f.hint())
                .containsExactly(
                        "registers/exceptions.yaml:16:13: warning: exception 'EXC-2026-03' names record '12' of control"
                                + " 'CHG-01', which is not one of its deviations [exception-unused] | name the record by its"
                                + " key, as the finding does: one of 'tiny-co/api#12', 'tiny-co/web#12'");
    }

    @Test
    void timeliness_finds_late_and_missing_responses_in_company_days() {
        add("hris", "a", "workEmail", "A@tiny.example", "terminationDate", "2026-02-10");
        add("hris", "b", "workEmail", "b@tiny.example", "terminationDate", "2026-03-01");
        add("hris", "c", "workEmail", "c@tiny.example", "terminationDate", "2025-12-01");
        add("hris", "d", "workEmail", "d@tiny.example", "terminationDate", "2026-04-01");
        add("hris", "e", "workEmail", "e@tiny.example", "terminationDate", null);
        add(
                "okta-users",
                "a",
                "status",
                "DEPROVISIONED",
                "statusChanged",
                "2026-02-11T22:30:00.000Z",
                "profile",
                Map.of("email", "a@tiny.example"));
        add(
                "okta-users",
                "b",
                "status",
                "DEPROVISIONED",
                "statusChanged",
                "2026-03-05T08:00:00.000Z",
                "profile",
                Map.of("email", "b@tiny.example"));
        add(
                "okta-users",
                "d",
                "status",
                "ACTIVE",
                "statusChanged",
                "2025-01-01T08:00:00.000Z",
                "profile",
                Map.of("email", "d@tiny.example"));
        ControlResult iam01 = control(run(), "IAM-01");
        assertThat(iam01.population())
                .as("c left before the period, e has not left")
                .isEqualTo(3);
        assertThat(iam01.deviationKeys())
                .as("a: 23:30 UTC is 00:30 next day in Berlin, 1 day, on time")
                .containsExactly("b@tiny.example", "d@tiny.example");
    }

    @Test
    void periodic_judges_only_the_periods_whose_due_date_has_passed() {
        add("reviews", "r1", "completed_on", "2026-04-10");
        ControlResult iam05 = control(run(), "IAM-05");
        assertThat(iam05.population()).as("Q1, on time").isEqualTo(1);
        assertThat(iam05.open())
                .as("Q2 is due by 15 July, after the period's end")
                .isEqualTo(1);
        assertThat(iam05.deviationKeys()).isEmpty();
        assertThat(iam05.occurrences()).extracting(Occurrence::brief).containsExactly("on time", "due by 2026-07-15");
    }

    @Test
    void periodic_reports_a_missed_period_and_counts_each_record_for_one_period() {
        add("reviews", "r1", "completed_on", "2026-06-20");
        Judge.Result result = run();
        ControlResult iam05 = control(result, "IAM-05");
        assertThat(iam05.deviationKeys()).containsExactly("2026-Q1");
        assertThat(iam05.occurrences()).extracting(Occurrence::brief).containsExactly("missed", "on time");
        assertThat(messages(result, "periodic-deviation"))
                .singleElement()
                .asString()
                .contains("2026-Q1 (missed: no evidence dated 2026-01-01 to 2026-04-15)");
    }

    @Test
    void periodic_calls_a_review_after_the_grace_late() {
        add("reviews", "r1", "completed_on", "2026-05-12");
        add("reviews", "r2", "completed_on", "2026-06-20");
        ControlResult iam05 = control(run(), "IAM-05");
        assertThat(iam05.deviationKeys()).containsExactly("2026-Q1");
        assertThat(iam05.status()).isEqualTo(ControlStatus.DEVIATION);
    }

    @Test
    void continuity_finds_gaps_longer_than_allowed() {
        for (var day = java.time.LocalDate.of(2026, 1, 1);
                !day.isAfter(java.time.LocalDate.of(2026, 6, 30));
                day = day.plusDays(1)) {
            boolean migration = day.getMonthValue() == 3 && day.getDayOfMonth() <= 10;
            boolean skipped = day.equals(java.time.LocalDate.of(2026, 5, 5));
            if (!migration && !skipped) {
                add("backups", day.toString(), "completed_at", day + "T02:00:00Z");
            }
        }
        ControlResult bcp01 = control(run(), "BCP-01");
        assertThat(bcp01.population()).isEqualTo(181);
        assertThat(bcp01.deviationKeys()).containsExactly("2026-03-01..2026-03-10");
        assertThat(bcp01.deviations()).isEqualTo(10);
    }

    @Test
    void a_number_of_days_may_be_a_policy_parameter_so_the_policy_states_it_once() throws IOException {
        Path policy = root.resolve("policies/access-control.yaml");
        Files.writeString(
                policy,
                Files.readString(policy)
                        .replace("  revocation_days: 1\n", "  revocation_days: 1\n  backup_gap_days: 9\n"));
        Path bcp01 = root.resolve("controls/BCP-01.yaml");
        Files.writeString(
                bcp01, Files.readString(bcp01).replace("max_gap_days: 2", "max_gap_days: policy.backup_gap_days"));
        repository = new RepositoryLoader(new SchemaValidator()).load(root).repository();
        for (var day = java.time.LocalDate.of(2026, 1, 1);
                !day.isAfter(java.time.LocalDate.of(2026, 6, 30));
                day = day.plusDays(1)) {
            if (!(day.getMonthValue() == 3 && day.getDayOfMonth() <= 10)) {
                add("backups", day.toString(), "completed_at", day + "T02:00:00Z");
            }
        }

        Judge.Result result = run();

        assertThat(control(result, "BCP-01").deviationKeys())
                .as("a 10-day gap where 9 are allowed")
                .containsExactly("2026-03-01..2026-03-10");
        assertThat(messages(result, "continuity-deviation"))
                .singleElement()
                .asString()
                .contains("2026-03-01..2026-03-10 (10 days without a record (limit 9))");
    }

    @Test
    void a_cadence_may_be_a_policy_parameter_as_a_period_or_a_frequency() throws IOException {
        Path policy = root.resolve("policies/access-control.yaml");
        String text = Files.readString(policy);
        Path iam05 = root.resolve("controls/IAM-05.yaml");
        Files.writeString(iam05, Files.readString(iam05).replace("every: quarter", "every: policy.review_cadence"));
        add("reviews", "r1", "completed_on", "2026-05-12");

        Files.writeString(
                policy, text.replace("  revocation_days: 1\n", "  revocation_days: 1\n  review_cadence: quarterly\n"));
        repository = new RepositoryLoader(new SchemaValidator()).load(root).repository();
        assertThat(control(run(), "IAM-05").occurrences())
                .extracting(Occurrence::brief)
                .hasSize(2);

        Files.writeString(
                policy, text.replace("  revocation_days: 1\n", "  revocation_days: 1\n  review_cadence: half\n"));
        repository = new RepositoryLoader(new SchemaValidator()).load(root).repository();
        assertThat(control(run(), "IAM-05").occurrences())
                .extracting(Occurrence::brief)
                .containsExactly("on time");
    }

    @Test
    void continuity_counts_days_in_the_time_zone_the_source_names() throws Exception {
        // a daily backup at noon UTC; no backup from 1 to 21 March, then the first one at 01:00 UTC on 22 March,
        // which is the evening of 21 March in New York
        for (var day = java.time.LocalDate.of(2026, 1, 1);
                !day.isAfter(java.time.LocalDate.of(2026, 6, 30));
                day = day.plusDays(1)) {
            if (day.isBefore(java.time.LocalDate.of(2026, 3, 1)) || day.isAfter(java.time.LocalDate.of(2026, 3, 21))) {
                String time = day.equals(java.time.LocalDate.of(2026, 3, 22)) ? "T01:00:00Z" : "T12:00:00Z";
                add("backups", day.toString(), "completed_at", day + time);
            }
        }
        Path soc2 = root.resolve("soc2.yaml");
        Files.writeString(soc2, Files.readString(soc2).replace("Europe/Berlin", "America/New_York"));
        assertThat(gap(reload()))
                .as("New York days: the 22 March run counts for 21 March")
                .isEqualTo(20);

        Path sources = root.resolve("evidence/sources.yaml");
        Files.writeString(
                sources,
                Files.readString(sources)
                        .replace(
                                "    path: evidence/backups.ndjson\n",
                                "    path: evidence/backups.ndjson\n    timezone: UTC\n"));
        assertThat(gap(reload()))
                .as("UTC days, as the job counts them: 1 to 21 March")
                .isEqualTo(21);
    }

    private Judge.Result reload() {
        RepositoryLoader.Result loaded = new RepositoryLoader(new SchemaValidator()).load(root);
        assertThat(loaded.findings()).isEmpty();
        repository = loaded.repository();
        return run();
    }

    private static long gap(Judge.Result result) {
        return control(result, "BCP-01").deviations();
    }

    @Test
    void reconciliation_needs_a_write_up_for_each_high_urgency_incident() {
        add("pagerduty", "1184", "incident_number", 1184L, "urgency", "high");
        add("pagerduty", "1190", "incident_number", 1190L, "urgency", "high");
        add("pagerduty", "1191", "incident_number", 1191L, "urgency", "low");
        ControlResult ir02 = control(run(), "IR-02");
        assertThat(ir02.population()).isEqualTo(2);
        assertThat(ir02.deviationKeys()).containsExactly("1190");
    }

    @Test
    void config_judges_every_snapshot() {
        add("protection", "main", "enforce_admins", Map.of("enabled", true));
        add("protection", "release", "enforce_admins", Map.of("enabled", false));
        ControlResult chg03 = control(run(), "CHG-03");
        assertThat(chg03.deviationKeys()).containsExactly("release");
        assertThat(chg03.summary()).startsWith("1 of 2 snapshots (50.0 %) deviate");
    }

    @Test
    void service_accounts_are_left_out_of_a_source_of_accounts_unless_the_test_includes_them() throws IOException {
        add("protection", "main", "enforce_admins", Map.of("enabled", true));
        add("protection", "bot", "enforce_admins", Map.of("enabled", false));
        evidence.put(
                "protection",
                evidence.get("protection").stream()
                        .map(r -> new EvidenceRecord(
                                r.key(),
                                null,
                                r.key().equals("bot") ? "tiny-bot[bot]" : "ben@tiny.example",
                                r.fields(),
                                r.at()))
                        .toList());

        assertThat(control(run(), "CHG-03").deviationKeys())
                .as("a source of events: what a bot does counts like what anyone does")
                .containsExactly("bot");
        accounts = true;
        assertThat(control(run(), "CHG-03").population())
                .as("a source of accounts: the bot's account left out")
                .isEqualTo(1);

        Path chg03 = root.resolve("controls/CHG-03.yaml");
        Files.writeString(
                chg03,
                Files.readString(chg03).replace("  kind: config\n", "  kind: config\n  service_accounts: include\n"));
        repository = new RepositoryLoader(new SchemaValidator()).load(root).repository();
        assertThat(control(run(), "CHG-03").deviationKeys()).containsExactly("bot");
    }

    @Test
    void absent_evidence_is_a_deviation_not_a_pass() {
        Judge.Result result = run();
        ControlResult vul02 = control(result, "VUL-02");
        assertThat(vul02.status()).isEqualTo(ControlStatus.DEVIATION);
        assertThat(messages(result, "evidence-missing"))
                .contains(
                        "controls/VUL-02.yaml:8:1: error: control 'VUL-02' has no evidence: evidence source 'pentests' has no file"
                                + " matching 'evidence/pentests.yaml' [evidence-missing]");
    }

    @Test
    void a_condition_that_fails_on_a_record_leaves_the_control_not_tested() {
        add("github-pulls", "9", "base", Map.of("ref", "main"), "merged_at", "2026-02-01T10:00:00Z");
        Judge.Result result = run();
        assertThat(control(result, "CHG-01").status()).isEqualTo(ControlStatus.NOT_TESTED);
        assertThat(messages(result, "check-failed"))
                .singleElement()
                .asString()
                .contains(
                        "cannot evaluate 'record.independent_approvals >= policy.required_approvals' on record '9': key"
                                + " 'independent_approvals' is not present in map (evidence/github-pulls:1:1)");
    }

    @Test
    void a_field_that_no_record_has_leaves_the_control_not_tested_and_lists_the_fields_the_records_have() {
        add("reviews", "r1", "Completed On", "2026-04-10", "Reviewer", "ana@tiny.example");
        add("reviews", "r2", "Completed On", "2026-06-20", "Reviewer", "ben@tiny.example");
        Judge.Result result = run();
        assertThat(control(result, "IAM-05").status()).isEqualTo(ControlStatus.NOT_TESTED);
        assertThat(messages(result, "check-failed"))
                .singleElement()
                .asString()
                .contains("control 'IAM-05' could not be tested: no record of 'reviews' has the field 'completed_on'"
                        + " that test/at names; its records have 'Completed On', 'Reviewer'");
    }

    @Test
    void a_field_that_some_records_have_is_not_reported_as_missing() {
        add("reviews", "r1", "note", "the Q1 review was skipped");
        add("reviews", "r2", "completed_on", "2026-06-20");
        ControlResult iam05 = control(run(), "IAM-05");
        assertThat(iam05.deviationKeys()).containsExactly("2026-Q1");
    }

    @Test
    void an_unreadable_date_is_quoted_clipped() {
        add("reviews", "r1", "completed_on", "x".repeat(10_000));
        assertThat(messages(run(), "check-failed"))
                .singleElement()
                .asString()
                .contains("'completed_on' of record 'r1' is not a date or time: '" + "x".repeat(80) + "…'")
                .hasSizeLessThan(400);
    }

    @Test
    void an_unreadable_date_names_the_record() {
        add("reviews", "r1", "completed_on", "last Tuesday");
        Judge.Result result = run();
        assertThat(control(result, "IAM-05").status()).isEqualTo(ControlStatus.NOT_TESTED);
        assertThat(messages(result, "check-failed"))
                .singleElement()
                .asString()
                .contains("'completed_on' of record 'r1' is not a date or time: 'last Tuesday' (evidence/reviews:1:1)");
    }

    @Test
    void each_source_is_read_once_however_many_controls_read_it() {
        Map<String, Integer> reads = new HashMap<>();
        EvidenceReader counting = (source, context, sink) -> reads.merge(source.id(), 1, Integer::sum);
        new DriftEngine(new Conditions(), format -> counting).run(repository, root, Fixtures.AFTER_PERIOD);
        assertThat(reads)
                .containsEntry("github-pulls", 1)
                .containsEntry("hris", 1)
                .containsEntry("okta-users", 1);
        assertThat(reads.values()).allMatch(n -> n == 1);
    }

    @Test
    void assessment_projects_the_opinion_from_deviating_controls() {
        add(
                "github-pulls",
                "2",
                "base",
                Map.of("ref", "main"),
                "merged_at",
                "2026-02-02T10:00:00Z",
                "independent_approvals",
                1L);
        Judge.Result result = run();
        Assessment assessment = Assessor.assess(
                result.controls(),
                repository,
                CatalogueLoader.tsc2017(),
                repository.config().categories());
        assertThat(result.controls().stream()
                        .filter(c -> c.status() == ControlStatus.DEVIATION)
                        .map(ControlResult::id)
                        .collect(Collectors.toList()))
                .containsExactly("BCP-01", "CHG-01", "IAM-05", "VUL-02");
        assertThat(assessment.opinion()).isEqualTo(Opinion.ADVERSE_RISK);
        assertThat(assessment.matters()).last().isEqualTo("criteria affected: A1.2, CC4.1, CC6.2, CC8.1 (4 series)");
    }
}
