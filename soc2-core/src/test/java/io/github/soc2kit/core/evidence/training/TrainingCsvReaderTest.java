package io.github.soc2kit.core.evidence.training;

import static io.github.soc2kit.core.evidence.TestSources.FIXTURES;
import static io.github.soc2kit.core.evidence.TestSources.failure;
import static io.github.soc2kit.core.evidence.TestSources.read;
import static io.github.soc2kit.core.evidence.TestSources.source;
import static io.github.soc2kit.core.evidence.TestSources.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.model.EvidenceSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingCsvReaderTest {

    private static final EvidenceSource TRAINING =
            source("training", "training-csv", "evidence/training-csv/enrollments.csv");

    @TempDir
    Path repo;

    @Test
    void keys_enrollments_by_email_and_module() {
        List<EvidenceRecord> records = read(FIXTURES, TRAINING);

        assertThat(records)
                .extracting(EvidenceRecord::key, EvidenceRecord::timestamp, EvidenceRecord::identity)
                .containsExactly(
                        tuple(
                                "Priya.Raman@acme.example#2025 Security Awareness Training",
                                "2025-01-07T10:52:30.000Z",
                                "priya.raman@acme.example"),
                        tuple(
                                "priya.raman@acme.example#Acceptable Use Policy",
                                "2024-01-08T09:41:12.000Z",
                                "priya.raman@acme.example"),
                        tuple("jordan.ruiz@acme.example#Acceptable Use Policy", null, "jordan.ruiz@acme.example"));
    }

    @Test
    void reads_policy_acknowledged_as_boolean_and_empty_cells_as_null() {
        List<EvidenceRecord> records = read(FIXTURES, TRAINING);

        assertThat(records)
                .extracting(
                        r -> r.get("status"),
                        r -> r.get("content_type"),
                        r -> r.get("start_date"),
                        r -> r.get("policy_acknowledged"))
                .containsExactly(
                        tuple("Passed", "Store Purchase", "2025-01-07T10:11:00.000Z", false),
                        tuple("Passed", "Uploaded Policy", "2024-01-08T09:30:00.000Z", true),
                        tuple("Not Started", "Uploaded Policy", null, false));
    }

    @Test
    void rejects_an_export_without_status() {
        write(
                repo,
                "evidence/enrollments.csv",
                "email,module_name,completion_date,policy_acknowledged\nsam@acme.example,Phishing 101,,false\n");

        assertThat(failure(repo, source("training", "training-csv", "evidence/enrollments.csv")))
                .isEqualTo("""
                evidence/enrollments.csv:1:1: the header of 'evidence/enrollments.csv' has no column 'status'
                hint: it has 'email', 'module_name', 'completion_date', 'policy_acknowledged'; export the file again \
                with the column 'status'""");
    }

    @Test
    void rejects_an_export_without_the_completion_column_once_at_its_header() {
        write(repo, "evidence/enrollments.csv", """
                email,module_name,content_type,campaign_name,enrollment_date,start_date,status,policy_acknowledged
                sam@acme.example,Phishing 101,Store Purchase,New Hire Training,2025-01-06T15:00:00.000Z,,Not Started,false
                li@acme.example,Phishing 101,Store Purchase,New Hire Training,2025-01-06T15:00:00.000Z,,Not Started,false
                """);

        assertThat(failure(repo, source("training", "training-csv", "evidence/enrollments.csv")))
                .isEqualTo("""
                evidence/enrollments.csv:1:1: the header of 'evidence/enrollments.csv' has no column 'completion_date'
                hint: it has 'email', 'module_name', 'content_type', 'campaign_name', 'enrollment_date', 'start_date', \
                'status', 'policy_acknowledged'; export the file again with the column 'completion_date'""");
    }

    @Test
    void rejects_a_policy_acknowledgement_that_is_not_a_boolean() {
        write(
                repo,
                "evidence/enrollments.csv",
                "email,module_name,completion_date,status,policy_acknowledged\nsam@acme.example,AUP,,Passed,Y\n");

        assertThat(failure(repo, source("training", "training-csv", "evidence/enrollments.csv")))
                .isEqualTo("""
                evidence/enrollments.csv:2:1: record 1 of 'evidence/enrollments.csv' has 'Y' in column 'policy_acknowledged', \
                expected 'true' or 'false'
                hint: export the file again; this column holds true or false""");
    }

    @Test
    void reads_the_console_report_with_title_cased_columns_and_keeps_one_identity_per_person_whatever_the_case() {
        List<EvidenceRecord> records =
                read(FIXTURES, source("training", "training-csv", "evidence/training-csv/report.csv"));

        assertThat(records)
                .extracting(
                        EvidenceRecord::identity,
                        EvidenceRecord::timestamp,
                        r -> r.get("module_name"),
                        r -> r.get("status"),
                        r -> r.get("policy_acknowledged"),
                        r -> r.get("time_spent"))
                .containsExactly(
                        tuple(
                                "priya.raman@acme.example",
                                "2025-01-07 10:52:30",
                                "2025 Security Awareness Training",
                                "Passed",
                                false,
                                "2430"),
                        tuple("jordan.ruiz@acme.example", null, "Acceptable Use Policy", "Not Started", false, "0"),
                        tuple(
                                "sam.okafor@acme.example",
                                null,
                                "2025 Security Awareness Training",
                                "In Progress",
                                false,
                                "610"),
                        tuple(
                                "zoe.blaszczykowska@acme.example",
                                "2025-02-17 09:31:45",
                                "Acceptable Use Policy",
                                "Passed",
                                true,
                                "660"));
    }
}
