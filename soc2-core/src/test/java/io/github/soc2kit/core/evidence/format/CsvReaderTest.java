package io.github.soc2kit.core.evidence.format;

import static io.github.soc2kit.core.evidence.TestSources.FIXTURES;
import static io.github.soc2kit.core.evidence.TestSources.bytes;
import static io.github.soc2kit.core.evidence.TestSources.failure;
import static io.github.soc2kit.core.evidence.TestSources.read;
import static io.github.soc2kit.core.evidence.TestSources.source;
import static io.github.soc2kit.core.evidence.TestSources.withFields;
import static io.github.soc2kit.core.evidence.TestSources.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.model.EvidenceSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

    private static final EvidenceSource BACKUP_JOBS =
            withFields(source("backup-jobs", "csv", "evidence/csv/backup-jobs.csv"), "job_id", "completed_at", null);

    @TempDir
    Path repo;

    @Test
    void reads_one_record_per_row_keyed_by_the_header() {
        List<EvidenceRecord> records = read(FIXTURES, BACKUP_JOBS);

        assertThat(records)
                .extracting(EvidenceRecord::key, EvidenceRecord::timestamp, EvidenceRecord::at)
                .containsExactly(
                        tuple(
                                "7B0E4C1A-EXAMPLE-0001",
                                "2025-03-01T03:41:09Z",
                                new SourcePosition("evidence/csv/backup-jobs.csv", 2, 1)),
                        tuple("7B0E4C1A-EXAMPLE-0002", null, new SourcePosition("evidence/csv/backup-jobs.csv", 3, 1)),
                        tuple(
                                "7B0E4C1A-EXAMPLE-0003",
                                "2025-03-02T04:12:45Z",
                                new SourcePosition("evidence/csv/backup-jobs.csv", 4, 1)));
    }

    @Test
    void keeps_cells_as_text_with_an_empty_cell_as_null() {
        List<EvidenceRecord> records = read(FIXTURES, BACKUP_JOBS);

        assertThat(records.get(1).fields())
                .containsExactly(
                        entry("job_id", "7B0E4C1A-EXAMPLE-0002"),
                        entry("resource_type", "RDS"),
                        entry("resource_arn", "arn:aws:rds:us-east-1:210987654321:db:ledger-prod-1"),
                        entry("status", "FAILED"),
                        entry("started_at", "2025-03-02T03:00:00Z"),
                        entry("completed_at", null));
        assertThat(records.get(2).get("resource_arn"))
                .isEqualTo("arn:aws:ec2:us-east-1:210987654321:volume/vol-0abc, legacy");
    }

    @Test
    void reads_a_header_column_whose_name_contains_a_dot() {
        write(repo, "evidence/users.csv", "user.login,team\ndana-dev,billing\n");

        EvidenceRecord record = read(
                        repo, withFields(source("users", "csv", "evidence/users.csv"), "user.login", null, null))
                .get(0);

        assertThat(record.key()).isEqualTo("dana-dev");
    }

    @Test
    void rejects_a_configured_field_that_is_not_a_column() {
        assertThat(failure(FIXTURES, withFields(BACKUP_JOBS, "job_id", "completed_on", null)))
                .isEqualTo("""
                evidence/csv/backup-jobs.csv:2:1: record 1 of 'evidence/csv/backup-jobs.csv' has no field 'completed_on'
                hint: the record has the fields 'job_id', 'resource_type', 'resource_arn', 'status', 'started_at', \
                'completed_at'; fix 'fields.timestamp' of source 'backup-jobs' in evidence/sources.yaml""");
    }

    @Test
    void refuses_a_byte_that_is_no_utf_8_and_says_to_export_the_file_as_utf_8() {
        write(repo, "evidence/jobs.csv", bytes("job_id,status\nJ1,COMP", 0xFF, "LETED\n"));

        assertThat(failure(repo, source("jobs", "csv", "evidence/jobs.csv"))).isEqualTo("""
                evidence/jobs.csv: 'evidence/jobs.csv' is not UTF-8 text: invalid UTF-8 start byte 0xff (at char \
                #22, byte #22)
                hint: export or save the file again as UTF-8""");
    }

    @Test
    void rejects_a_row_with_fewer_cells_than_the_header() {
        write(repo, "evidence/jobs.csv", "job_id,status,completed_at\nJ1,COMPLETED,2025-03-01\nJ2\n");

        assertThat(failure(repo, source("jobs", "csv", "evidence/jobs.csv"))).isEqualTo("""
                evidence/jobs.csv:3:1: record 2 of 'evidence/jobs.csv' has 1 cell, expected 3 as in the header
                hint: quote cells that contain commas, and check that the export was not cut off""");
    }

    @Test
    void rejects_a_row_with_more_cells_than_the_header() {
        write(repo, "evidence/jobs.csv", "job_id,resource_arn\nJ1,arn:aws:ec2:volume/vol-1, legacy\n");

        assertThat(failure(repo, source("jobs", "csv", "evidence/jobs.csv"))).isEqualTo("""
                evidence/jobs.csv:2:1: record 1 of 'evidence/jobs.csv' has 3 cells, expected 2 as in the header
                hint: quote cells that contain commas, and check that the export was not cut off""");
    }

    @Test
    void rejects_a_quoted_cell_cut_off_by_the_end_of_the_file() {
        write(repo, "evidence/jobs.csv", "job_id,note\nJ1,ok\nJ2,\"restored after");

        assertThat(failure(repo, source("jobs", "csv", "evidence/jobs.csv"))).isEqualTo("""
                evidence/jobs.csv:3:19: unexpected end of file inside record 2: expected '"' to close a quoted cell
                hint: the export looks cut off; export it again""");
    }

    @Test
    void rejects_a_header_with_a_repeated_column() {
        write(repo, "evidence/issues.csv", "Issue key,Labels,Labels\nSEC-212,access-review,soc2\n");

        assertThat(failure(repo, source("issues", "csv", "evidence/issues.csv")))
                .isEqualTo("""
                evidence/issues.csv:1:1: the header of 'evidence/issues.csv' has the column 'Labels' twice
                hint: rename or remove one of the two columns""");
    }

    @Test
    void rejects_an_empty_file() {
        write(repo, "evidence/jobs.csv", "");

        assertThat(failure(repo, source("jobs", "csv", "evidence/jobs.csv"))).isEqualTo("""
                evidence/jobs.csv:1:1: file is empty: expected a header row
                hint: export the file again with its header row""");
    }

    @Test
    void refuses_a_cell_past_the_value_limit_where_the_cell_starts() {
        write(
                repo,
                "evidence/jobs.csv",
                "job_id,resource_type,resource_arn,status\n"
                        + "7B0E4C1A-EXAMPLE-0001,RDS,arn:aws:rds:us-east-1:210987654321:db:ledger-prod-1,COMPLETED\n"
                        + "7B0E4C1A-EXAMPLE-0002,RDS,\"" + "x".repeat(ValueLimits.MAX_TEXT_CHARS + 1)
                        + "\",COMPLETED\n");

        assertThat(failure(repo, source("jobs", "csv", "evidence/jobs.csv"))).isEqualTo("""
                evidence/jobs.csv:3:27: 'evidence/jobs.csv' holds a value longer than 1,048,576 characters inside \
                record 2
                hint: no system of record writes values this large: check that the file is the export the source \
                declares, and export it again""");
    }
}
