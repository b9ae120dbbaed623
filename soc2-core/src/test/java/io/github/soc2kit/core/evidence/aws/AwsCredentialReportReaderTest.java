package io.github.soc2kit.core.evidence.aws;

import static io.github.soc2kit.core.evidence.TestSources.FIXTURES;
import static io.github.soc2kit.core.evidence.TestSources.failure;
import static io.github.soc2kit.core.evidence.TestSources.read;
import static io.github.soc2kit.core.evidence.TestSources.source;
import static io.github.soc2kit.core.evidence.TestSources.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.model.EvidenceSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwsCredentialReportReaderTest {

    private static final EvidenceSource REPORT = source(
            "aws-credential-report", "aws-credential-report", "evidence/aws-credential-report/credential-report.csv");
    private static final String HEADER = String.join(",", AwsCredentialReportReader.COLUMNS);

    @TempDir
    Path repo;

    @Test
    void reads_one_record_per_iam_user_keyed_by_user_name_and_attributes_the_root_row_to_nobody() {
        List<EvidenceRecord> records = read(FIXTURES, REPORT);

        assertThat(records)
                .extracting(
                        EvidenceRecord::key, EvidenceRecord::identity, EvidenceRecord::timestamp, EvidenceRecord::at)
                .containsExactly(
                        tuple("<root_account>", null, null, at(2)),
                        tuple("priya.ops", "priya.ops", null, at(3)),
                        tuple("ci-deployer", "ci-deployer", null, at(4)),
                        tuple("old.contractor", "old.contractor", null, at(5)),
                        tuple("backup-agent", "backup-agent", null, at(6)));
    }

    @Test
    void turns_not_applicable_markers_into_null_and_flags_into_booleans() {
        List<EvidenceRecord> records = read(FIXTURES, REPORT);

        assertThat(records)
                .extracting(
                        r -> r.key(),
                        r -> r.get("password_enabled"),
                        r -> r.get("password_last_used"),
                        r -> r.get("password_last_changed"),
                        r -> r.get("mfa_active"),
                        r -> r.get("access_key_1_active"),
                        r -> r.get("access_key_1_last_used_region"))
                .containsExactly(
                        tuple(
                                "<root_account>",
                                null,
                                "2024-11-20T19:40:12+00:00",
                                null,
                                true,
                                false,
                                null), // not_supported
                        tuple(
                                "priya.ops",
                                true,
                                "2025-03-01T07:55:41+00:00",
                                "2024-12-15T09:30:00+00:00",
                                true,
                                false,
                                null),
                        tuple("ci-deployer", false, null, null, false, true, "us-east-1"), // N/A
                        tuple(
                                "old.contractor",
                                true,
                                null,
                                "2022-01-05T00:00:00+00:00",
                                false,
                                false,
                                null), // no_information
                        tuple("backup-agent", false, null, null, false, true, "eu-west-1")); // upper-case flags
    }

    @Test
    void derives_the_root_account_and_the_oldest_rotation_of_the_active_keys() {
        List<EvidenceRecord> records = read(FIXTURES, REPORT);

        assertThat(records)
                .extracting(r -> r.key(), r -> r.get("is_root"), r -> r.get("oldest_active_key_rotated"))
                .containsExactly(
                        tuple("<root_account>", true, null),
                        tuple("priya.ops", false, null),
                        tuple("ci-deployer", false, "2024-06-30T10:00:00+00:00"),
                        tuple("old.contractor", false, null),
                        tuple("backup-agent", false, "2024-08-01T09:00:00+00:00"));
    }

    @Test
    void rejects_a_report_without_one_of_the_22_columns() {
        String header = String.join(",", AwsCredentialReportReader.COLUMNS).replace(",mfa_active", "");
        write(repo, "evidence/report.csv", header + "\n");

        assertThat(failure(repo, source("aws", "aws-credential-report", "evidence/report.csv")))
                .startsWith("""
                evidence/report.csv:1:1: the header of 'evidence/report.csv' has no column 'mfa_active'
                hint: it has 'user', 'arn',""")
                .endsWith("; export the file again with the column 'mfa_active'");
    }

    @Test
    void names_every_missing_column_in_one_finding_at_the_header() {
        write(
                repo,
                "evidence/report.csv",
                "user,arn,password_enabled\nci-deployer,arn:aws:iam::210987654321:user/ci-deployer,false\n");

        assertThat(failure(repo, source("aws", "aws-credential-report", "evidence/report.csv")))
                .startsWith("""
                evidence/report.csv:1:1: the header of 'evidence/report.csv' has no columns 'user_creation_time', \
                'password_last_used', 'password_last_changed',""")
                .contains("'cert_2_active', 'cert_2_last_rotated'\nhint: it has 'user', 'arn', 'password_enabled';");
    }

    @Test
    void rejects_a_flag_that_is_neither_true_nor_false() {
        write(
                repo,
                "evidence/report.csv",
                HEADER + "\n"
                        + "ci-deployer,arn:aws:iam::210987654321:user/ci-deployer,2022-09-01T00:00:00+00:00,false,N/A,N/A,N/A,yes,"
                        + "false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n");

        assertThat(failure(repo, source("aws", "aws-credential-report", "evidence/report.csv")))
                .isEqualTo("""
                evidence/report.csv:2:1: record 1 of 'evidence/report.csv' has 'yes' in column 'mfa_active', expected 'true' or 'false'
                hint: export the file again; this column holds true or false""");
    }

    @Test
    void rejects_a_row_that_was_cut_off() {
        write(
                repo,
                "evidence/report.csv",
                HEADER + "\n"
                        + "ci-deployer,arn:aws:iam::210987654321:user/ci-deployer,2022-09-01T00:00:00+00:00,false,N/A,N/A\n");

        assertThat(failure(repo, source("aws", "aws-credential-report", "evidence/report.csv")))
                .isEqualTo("""
                evidence/report.csv:2:1: record 1 of 'evidence/report.csv' has 6 cells, expected 22 as in the header
                hint: quote cells that contain commas, and check that the export was not cut off""");
    }

    private static SourcePosition at(int line) {
        return new SourcePosition("evidence/aws-credential-report/credential-report.csv", line, 1);
    }
}
