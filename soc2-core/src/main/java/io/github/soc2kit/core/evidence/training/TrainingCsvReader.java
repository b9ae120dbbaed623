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
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Format {@code training-csv}: KnowBe4 training enrollments flattened to CSV (email, module_name, content_type,
 * campaign_name, enrollment_date, start_date, completion_date, status, policy_acknowledged; all but content_type,
 * campaign_name, enrollment_date and start_date required). Key {@code <email>#<module_name>}, timestamp
 * {@code completion_date}, identity the lower-cased email; {@code policy_acknowledged} is a Boolean.
 */
public final class TrainingCsvReader implements EvidenceReader {

    private static final List<String> COLUMNS =
            List.of("email", "module_name", "completion_date", "status", "policy_acknowledged");

    @Override
    public void read(EvidenceSource source, ReadContext context, Consumer<EvidenceRecord> sink) {
        RecordMapper mapper = new RecordMapper(
                source,
                TrainingCsvReader::key,
                field("completion_date"),
                enrollment -> Values.lower(enrollment.text("email")));
        CsvRows.read(context, source, COLUMNS, enrollment -> {
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
