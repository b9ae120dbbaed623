package io.github.soc2kit.core.evidence.training;

import static io.github.soc2kit.core.evidence.format.RecordMapper.field;

import io.github.soc2kit.core.evidence.EvidenceReader;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.evidence.ReadContext;
import io.github.soc2kit.core.evidence.format.CsvRows;
import io.github.soc2kit.core.evidence.format.RawRecord;
import io.github.soc2kit.core.evidence.format.RecordMapper;
import io.github.soc2kit.core.evidence.format.Values;
import io.github.soc2kit.core.model.EvidenceSource;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Format {@code training-csv}: KnowBe4 training enrollments as CSV, with either header style: the API's field names
 * ({@code email}, {@code module_name}, {@code content_type}, {@code campaign_name}, {@code enrollment_date},
 * {@code start_date}, {@code completion_date}, {@code status}, {@code policy_acknowledged}) or the title-cased names
 * of the training report downloaded from the console ({@code Email}, {@code Module Name}, {@code Completion Date},
 * {@code Status}, ...), read as the field names they stand for. {@code email}, {@code module_name},
 * {@code completion_date}, {@code status} and {@code policy_acknowledged} are required. Key
 * {@code <email>#<module_name>}, timestamp {@code completion_date}, identity the lower-cased email;
 * {@code policy_acknowledged} is a Boolean.
 */
public final class TrainingCsvReader implements EvidenceReader {

    private static final List<String> COLUMNS =
            List.of("email", "module_name", "completion_date", "status", "policy_acknowledged");

    /** The column names of the training report downloaded from the KnowBe4 console, by the API field name. */
    static final Map<String, String> REPORT_NAMES = Map.ofEntries(
            Map.entry("Enrollment ID", "enrollment_id"),
            Map.entry("First Name", "first_name"),
            Map.entry("Last Name", "last_name"),
            Map.entry("Email", "email"),
            Map.entry("Employee Number", "employee_number"),
            Map.entry("Campaign Name", "campaign_name"),
            Map.entry("Module Name", "module_name"),
            Map.entry("Content Type", "content_type"),
            Map.entry("Status", "status"),
            Map.entry("Enrollment Date", "enrollment_date"),
            Map.entry("Start Date", "start_date"),
            Map.entry("Completion Date", "completion_date"),
            Map.entry("Time Spent (seconds)", "time_spent"),
            Map.entry("Policy Acknowledged", "policy_acknowledged"));

    @Override
    public void read(EvidenceSource source, ReadContext context, Consumer<EvidenceRecord> sink) {
        RecordMapper mapper = new RecordMapper(
                source,
                TrainingCsvReader::key,
                field("completion_date"),
                enrollment -> Values.lower(enrollment.text("email")));
        CsvRows.read(context, source, COLUMNS, REPORT_NAMES, enrollment -> {
            CsvRows.toBoolean(enrollment, "policy_acknowledged");
            sink.accept(mapper.map(enrollment));
        });
    }

    private static @Nullable String key(RawRecord enrollment) {
        String email = enrollment.text("email");
        String module = enrollment.text("module_name");
        return email == null || module == null ? email : email + "#" + module;
    }

    @Override
    public boolean aboutPeople() {
        return true;
    }
}
