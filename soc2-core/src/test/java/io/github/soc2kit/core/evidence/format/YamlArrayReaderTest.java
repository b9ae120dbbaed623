package io.github.soc2kit.core.evidence.format;

import static io.github.soc2kit.core.evidence.TestSources.FIXTURES;
import static io.github.soc2kit.core.evidence.TestSources.bytes;
import static io.github.soc2kit.core.evidence.TestSources.failure;
import static io.github.soc2kit.core.evidence.TestSources.read;
import static io.github.soc2kit.core.evidence.TestSources.source;
import static io.github.soc2kit.core.evidence.TestSources.withFields;
import static io.github.soc2kit.core.evidence.TestSources.withRecords;
import static io.github.soc2kit.core.evidence.TestSources.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.evidence.TestSources;
import io.github.soc2kit.core.model.EvidenceSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlArrayReaderTest {

    private static final EvidenceSource ACCESS_REVIEWS = withFields(
            withRecords(source("access-reviews", "yaml", "evidence/yaml/access-reviews.yaml"), "/reviews"),
            "id",
            "completed_on",
            "signed_off_by");

    @TempDir
    Path repo;

    @Test
    void refuses_a_byte_that_is_no_utf_8_and_says_to_save_the_file_as_utf_8() {
        write(repo, "evidence/tests.yaml", bytes("tests:\n  - id: RT-1\n    by: J", 0xFF, "rg\n"));

        assertThat(failure(repo, withRecords(source("restore-tests", "yaml", "evidence/tests.yaml"), "/tests")))
                .isEqualTo("""
                        evidence/tests.yaml: 'evidence/tests.yaml' is not UTF-8 text: invalid UTF-8 start byte 0xff (at \
                        char #30, byte #30)
                        hint: export or save the file again as UTF-8""");
    }

    @Test
    void reads_the_mappings_of_the_sequence_at_the_records_pointer() {
        List<EvidenceRecord> records = read(FIXTURES, ACCESS_REVIEWS);

        assertThat(records)
                .extracting(
                        EvidenceRecord::key, EvidenceRecord::timestamp, EvidenceRecord::identity, EvidenceRecord::at)
                .containsExactly(
                        tuple(
                                "UAR-2025-Q1",
                                "2025-03-28",
                                "priya.raman@acme.example",
                                new SourcePosition("evidence/yaml/access-reviews.yaml", 3, 5)),
                        tuple(
                                "UAR-2024-Q4",
                                "2024-12-19",
                                "priya.raman@acme.example",
                                new SourcePosition("evidence/yaml/access-reviews.yaml", 10, 5)));
        assertThat(records.get(0).fields())
                .containsExactly(
                        entry("id", "UAR-2025-Q1"),
                        entry("quarter", "2025-Q1"),
                        entry("systems", List.of("aws", "okta", "github")),
                        entry("ticket", "SEC-212"),
                        entry("completed_on", "2025-03-28"),
                        entry("signed_off_by", "priya.raman@acme.example"),
                        entry("removed_accounts", 3L));
    }

    @Test
    void rejects_aliases() {
        write(repo, "evidence/tests.yaml", """
                tests:
                  - id: RT-1
                    systems: &core [ledger-db, reporting-db]
                  - id: RT-2
                    systems: *core
                """);

        assertThat(failure(repo, withRecords(source("restore-tests", "yaml", "evidence/tests.yaml"), "/tests")))
                .isEqualTo("""
                evidence/tests.yaml:5:14: YAML aliases ('*core') are not supported inside record 2
                hint: write the value out in full; evidence must not depend on anchors and aliases""");
    }

    @Test
    void rejects_a_key_written_twice_in_a_hand_kept_log() {
        write(repo, "evidence/tests.yaml", """
                tests:
                  - id: RT-1
                    performed_on: 2025-02-10
                    performed_on: 2025-02-11
                """);

        assertThat(failure(repo, withRecords(source("restore-tests", "yaml", "evidence/tests.yaml"), "/tests")))
                .isEqualTo("""
                evidence/tests.yaml:4:5: field 'performed_on' appears twice inside record 1
                hint: remove one of the two, or export the file again""");
    }

    @Test
    void mappings_beside_the_records_may_share_names_but_none_may_repeat_one() {
        EvidenceSource tests = withRecords(source("restore-tests", "yaml", "evidence/tests.yaml"), "/tests");
        write(repo, "evidence/tests.yaml", """
                primary: {region: eu-west-1, owner: sre}
                replica: {region: eu-central-1, owner: sre}
                tests:
                  - {id: RT-1, region: eu-west-1}
                """);

        assertThat(read(repo, tests)).extracting(r -> r.fields().get("id")).containsExactly("RT-1");

        write(repo, "evidence/tests.yaml", """
                primary: {region: eu-west-1, owner: sre}
                replica: {region: eu-central-1, owner: sre, region: us-east-1}
                tests: []
                """);

        assertThat(failure(repo, tests)).isEqualTo("""
                evidence/tests.yaml:2:45: field 'region' appears twice before the first record
                hint: remove one of the two, or export the file again""");
    }

    @Test
    void rejects_invalid_yaml_with_its_line() {
        write(repo, "evidence/tests.yaml", "tests:\n  - id: RT-1\n    outcome: success\n   - id: RT-2\n");

        assertThat(failure(repo, withRecords(source("restore-tests", "yaml", "evidence/tests.yaml"), "/tests")))
                .isEqualTo("""
                evidence/tests.yaml:4:4: invalid YAML after record 1: expected <block end>, but found \
                '<block sequence start>' (while parsing a block collection)
                hint: check the indentation and punctuation of this line and the one before""");
    }

    @Test
    void rejects_a_records_pointer_that_leads_to_a_mapping() {
        write(repo, "evidence/vendors.yaml", "vendors:\n  aws: {tier: 1}\n");

        assertThat(failure(repo, withRecords(source("vendors", "yaml", "evidence/vendors.yaml"), "/vendors")))
                .isEqualTo("""
                evidence/vendors.yaml:2:3: '/vendors' is an object, not an array of records
                hint: fix 'records' of source 'vendors' in evidence/sources.yaml""");
    }

    @Test
    void rejects_a_second_document() {
        write(repo, "evidence/tests.yaml", "tests: []\n---\ntests: []\n");

        assertThat(failure(repo, withRecords(source("restore-tests", "yaml", "evidence/tests.yaml"), "/tests")))
                .isEqualTo("""
                evidence/tests.yaml:3:1: file holds more than one YAML document
                hint: keep one document per file""");
    }

    @Test
    void refuses_a_scalar_past_the_value_limit_at_its_record() {
        write(repo, "evidence/access-reviews.yaml", """
                reviews:
                  - id: UAR-2025-Q1
                    completed_on: 2025-03-28
                    signed_off_by: priya.raman@acme.example
                    ticket: %s
                """.formatted("x".repeat(ValueLimits.MAX_TEXT_CHARS + 1)));

        assertThat(failure(
                        repo,
                        withRecords(source("access-reviews", "yaml", "evidence/access-reviews.yaml"), "/reviews")))
                .isEqualTo("""
                evidence/access-reviews.yaml:2:5: 'evidence/access-reviews.yaml' holds a value longer than 1,048,576 \
                characters inside record 1
                hint: no system of record writes values this large: check that the file is the export the source \
                declares, and export it again""");
    }

    @Test
    void reads_a_folder_of_files_that_each_hold_one_record() {
        EvidenceSource writeUps = TestSources.withRecordPerFile(withFields(
                source("write-ups", "yaml", "evidence/yaml/incidents/*.yaml"), "id", "written_on", "commander"));

        List<EvidenceRecord> records = read(FIXTURES, writeUps);

        assertThat(records)
                .extracting(
                        EvidenceRecord::key,
                        EvidenceRecord::timestamp,
                        EvidenceRecord::identity,
                        r -> r.get("root cause"),
                        EvidenceRecord::at)
                .containsExactly(
                        tuple(
                                "INC-2026-003",
                                "2026-02-13",
                                "priya.raman@acme.example",
                                "A connection-pool limit was lowered in a configuration change that skipped load"
                                        + " testing.\n",
                                new SourcePosition("evidence/yaml/incidents/INC-2026-003.yaml", 2, 1)),
                        tuple(
                                "INC-2026-007",
                                "2026-04-09",
                                "sam.okafor@acme.example",
                                "The certificate was issued by hand and had no renewal reminder.",
                                new SourcePosition("evidence/yaml/incidents/INC-2026-007.yaml", 1, 1)));
    }

    @Test
    void a_file_of_a_one_record_per_file_source_that_holds_a_list_says_so() {
        write(repo, "incidents/INC-1.yaml", "- id: INC-1\n- id: INC-2\n");

        assertThat(failure(repo, TestSources.withRecordPerFile(source("write-ups", "yaml", "incidents/*.yaml"))))
                .isEqualTo("""
                incidents/INC-1.yaml:1:1: the document is an array, not one record
                hint: each file of source 'write-ups' holds one object, as 'one_record_per_file' says; remove \
                'one_record_per_file' for files that hold arrays of records""");
    }
}
