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
import java.util.function.Consumer;

/**
 * Format {@code hris-csv}: a BambooHR report as CSV with its standard field names as header ({@code employeeNumber},
 * {@code workEmail}, {@code status}, {@code hireDate}, {@code terminationDate}, ...; all but {@code employeeNumber}
 * required). BambooHR's empty date {@code 0000-00-00} is null in every column. Key {@code workEmail}, identity and
 * derived {@code email} the lower-cased {@code workEmail}.
 */
public final class HrisCsvReader implements EvidenceReader {

    private static final String NO_DATE = "0000-00-00";

    @Override
    public void read(EvidenceSource source, ReadContext context, Consumer<EvidenceRecord> sink) {
        RecordMapper mapper = new RecordMapper(source, field("workEmail"), RecordMapper.NONE, field("email"));
        CsvRows.read(context, source, List.of("workEmail", "status", "hireDate", "terminationDate"), employee -> {
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
