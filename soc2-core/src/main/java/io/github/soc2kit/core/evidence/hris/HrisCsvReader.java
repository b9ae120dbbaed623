package io.github.soc2kit.core.evidence.hris;

import static io.github.soc2kit.core.evidence.format.RecordMapper.field;

import io.github.soc2kit.core.evidence.EvidenceReader;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.evidence.ReadContext;
import io.github.soc2kit.core.evidence.format.CsvRows;
import io.github.soc2kit.core.evidence.format.RecordMapper;
import io.github.soc2kit.core.evidence.format.Values;
import io.github.soc2kit.core.model.EvidenceSource;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Format {@code hris-csv}: a BambooHR report as CSV, with either header style: the API's field names
 * ({@code employeeNumber}, {@code workEmail}, {@code status}, {@code hireDate}, {@code terminationDate}, ...) as a
 * report pulled through the API has them, or the display names ({@code Employee #}, {@code Work Email},
 * {@code Status}, {@code Hire Date}, {@code Termination Date}, ...) as the web UI downloads it; display names are
 * read as the field names they stand for, so both give the same records. {@code workEmail}, {@code status},
 * {@code hireDate} and {@code terminationDate} are required. BambooHR's empty date {@code 0000-00-00} is null in
 * every column, like an empty cell. Key {@code workEmail}, identity and derived {@code email} the lower-cased
 * {@code workEmail}.
 */
public final class HrisCsvReader implements EvidenceReader {

    private static final String NO_DATE = "0000-00-00";

    /** The display names of a report downloaded from BambooHR's web UI, by the API field name each stands for. */
    static final Map<String, String> DISPLAY_NAMES = Map.ofEntries(
            Map.entry("Employee #", "employeeNumber"),
            Map.entry("First Name", "firstName"),
            Map.entry("Last Name", "lastName"),
            Map.entry("Preferred Name", "preferredName"),
            Map.entry("Display Name", "displayName"),
            Map.entry("Work Email", "workEmail"),
            Map.entry("Home Email", "homeEmail"),
            Map.entry("Department", "department"),
            Map.entry("Division", "division"),
            Map.entry("Job Title", "jobTitle"),
            Map.entry("Location", "location"),
            Map.entry("Employment Status", "employmentHistoryStatus"),
            Map.entry("Status", "status"),
            Map.entry("Hire Date", "hireDate"),
            Map.entry("Original Hire Date", "originalHireDate"),
            Map.entry("Rehire Date", "rehireDate"),
            Map.entry("Termination Date", "terminationDate"),
            Map.entry("Supervisor", "supervisor"),
            Map.entry("Supervisor EID", "supervisorEId"),
            Map.entry("Supervisor ID", "supervisorId"),
            Map.entry("Last Changed", "lastChanged"));

    @Override
    public void read(EvidenceSource source, ReadContext context, Consumer<EvidenceRecord> sink) {
        RecordMapper mapper = new RecordMapper(source, field("workEmail"), RecordMapper.NONE, field("email"));
        List<String> required = List.of("workEmail", "status", "hireDate", "terminationDate");
        CsvRows.read(context, source, required, DISPLAY_NAMES, employee -> {
            employee.fields().replaceAll((column, value) -> NO_DATE.equals(value) ? null : value);
            employee.derive("email", Values.lower(employee.text("workEmail")));
            sink.accept(mapper.map(employee));
        });
    }

    @Override
    public boolean aboutPeople() {
        return true;
    }

    @Override
    public Keys keys() {
        return Keys.UNIQUE_IN_FILE;
    }
}
