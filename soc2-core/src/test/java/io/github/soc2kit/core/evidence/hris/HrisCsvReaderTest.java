package io.github.soc2kit.core.evidence.hris;

import static io.github.soc2kit.core.evidence.TestSources.FIXTURES;
import static io.github.soc2kit.core.evidence.TestSources.failure;
import static io.github.soc2kit.core.evidence.TestSources.read;
import static io.github.soc2kit.core.evidence.TestSources.source;
import static io.github.soc2kit.core.evidence.TestSources.withFields;
import static io.github.soc2kit.core.evidence.TestSources.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.model.EvidenceSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HrisCsvReaderTest {

    private static final EvidenceSource EMPLOYEES =
            source("hris-employees", "hris-csv", "evidence/hris-csv/employees.csv");

    @TempDir
    Path repo;

    @Test
    void keys_employees_by_work_email_with_a_lower_cased_identity() {
        List<EvidenceRecord> records = read(FIXTURES, EMPLOYEES);

        assertThat(records)
                .extracting(r -> r.key(), r -> r.identity(), r -> r.timestamp(), r -> r.get("email"))
                .containsExactly(
                        tuple("Priya.Raman@acme.example", "priya.raman@acme.example", null, "priya.raman@acme.example"),
                        tuple("jordan.ruiz@acme.example", "jordan.ruiz@acme.example", null, "jordan.ruiz@acme.example"),
                        tuple("sam.okafor@acme.example", "sam.okafor@acme.example", null, "sam.okafor@acme.example"));
    }

    @Test
    void reads_bamboohr_empty_dates_as_null() {
        List<EvidenceRecord> records = read(FIXTURES, EMPLOYEES);

        assertThat(records)
                .extracting(
                        r -> r.get("status"),
                        r -> r.get("hireDate"),
                        r -> r.get("terminationDate"),
                        r -> r.get("supervisor"))
                .containsExactly(
                        tuple("Active", "2024-01-08", null, "Nguyen, Alex"), // 0000-00-00
                        tuple("Inactive", "2024-06-03", "2025-03-03", "Okafor, Sam"),
                        tuple("Active", "2023-05-15", null, "Raman, Priya")); // empty
    }

    @Test
    void lets_the_source_choose_the_termination_date_as_timestamp() {
        List<EvidenceRecord> records = read(FIXTURES, withFields(EMPLOYEES, "employeeNumber", "terminationDate", null));

        assertThat(records)
                .extracting(EvidenceRecord::key, EvidenceRecord::timestamp, EvidenceRecord::identity)
                .containsExactly(
                        tuple("1043", null, "priya.raman@acme.example"),
                        tuple("1061", "2025-03-03", "jordan.ruiz@acme.example"),
                        tuple("1077", null, "sam.okafor@acme.example"));
    }

    @Test
    void rejects_a_report_without_work_email() {
        write(repo, "evidence/employees.csv", "employeeNumber,status,hireDate\n1043,Active,2024-01-08\n");

        assertThat(failure(repo, source("hris", "hris-csv", "evidence/employees.csv")))
                .isEqualTo("""
                evidence/employees.csv:1:1: the header of 'evidence/employees.csv' has no columns 'workEmail', \
                'terminationDate'
                hint: it has 'employeeNumber', 'status', 'hireDate'; export the file again with the columns \
                'workEmail', 'terminationDate'""");
    }

    @Test
    void reads_the_report_downloaded_from_the_web_ui_with_display_names_as_the_api_export() {
        List<EvidenceRecord> report = read(FIXTURES, source("hris", "hris-csv", "evidence/hris-csv/report.csv"));

        assertThat(report)
                .extracting(
                        EvidenceRecord::key,
                        EvidenceRecord::identity,
                        r -> r.get("employeeNumber"),
                        r -> r.get("lastName"),
                        r -> r.get("status"),
                        r -> r.get("employmentHistoryStatus"),
                        r -> r.get("terminationDate"),
                        r -> r.get("supervisor"))
                .containsExactly(
                        tuple(
                                "Priya.Raman@acme.example",
                                "priya.raman@acme.example",
                                "1043",
                                "Raman",
                                "Active",
                                "Full-Time",
                                null,
                                "Nguyen, Alex"),
                        tuple(
                                "jordan.ruiz@acme.example",
                                "jordan.ruiz@acme.example",
                                "1061",
                                "Ruiz",
                                "Inactive",
                                "Contractor",
                                "2025-03-03",
                                "Okafor, Sam"),
                        tuple(
                                "sam.okafor@acme.example",
                                "sam.okafor@acme.example",
                                "1077",
                                "Okafor",
                                "Active",
                                "Full-Time",
                                null,
                                "Raman, Priya"),
                        tuple(
                                "zoe.blaszczykowska@acme.example",
                                "zoe.blaszczykowska@acme.example",
                                "1082",
                                "Błaszczykowska",
                                "Inactive",
                                "Full-Time",
                                "2026-04-30",
                                "Raman, Priya"));
        List<EvidenceRecord> api = read(FIXTURES, EMPLOYEES);
        assertThat(report.get(0).fields().keySet())
                .as("the same field names as the API export, for the columns both have")
                .containsAll(api.get(0).fields().keySet().stream()
                        .filter(name -> !name.equals("id") && !name.equals("displayName"))
                        .toList());
    }

    @Test
    void a_report_without_the_work_email_names_the_column_as_the_report_would() {
        write(
                repo,
                "evidence/report.csv",
                "Employee #,First Name,Status,Hire Date,Termination Date\r\n1043,Priya,Active,2024-01-08,\r\n");

        assertThat(failure(repo, source("hris", "hris-csv", "evidence/report.csv")))
                .isEqualTo("""
                evidence/report.csv:1:1: the header of 'evidence/report.csv' has no column 'Work Email'
                hint: it has 'Employee #', 'First Name', 'Status', 'Hire Date', 'Termination Date'; export the file \
                again with the column 'Work Email'""");
    }
}
