package io.github.soc2kit.core.evidence.format;

import io.github.soc2kit.core.evidence.EvidenceReader;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.evidence.ReadContext;
import io.github.soc2kit.core.model.EvidenceSource;
import java.util.List;
import java.util.function.Consumer;

/** Format {@code csv}: one record per row after the header row; cells are text, an empty cell is null. */
public final class CsvReader implements EvidenceReader {

    @Override
    public void read(EvidenceSource source, ReadContext context, Consumer<EvidenceRecord> sink) {
        RecordMapper mapper = RecordMapper.generic(source);
        CsvRows.read(context, source, List.of(), record -> sink.accept(mapper.map(record)));
    }
}
