package io.github.soc2kit.core.evidence.format;

import io.github.soc2kit.core.evidence.EvidenceReader;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.evidence.ReadContext;
import io.github.soc2kit.core.evidence.format.TokenReader.Syntax;
import io.github.soc2kit.core.model.EvidenceSource;
import java.util.function.Consumer;

/** Format {@code json}: the objects of the array at {@code records} (default: the document), fields as written. */
public final class JsonArrayReader implements EvidenceReader {

    @Override
    public void read(EvidenceSource source, ReadContext context, Consumer<EvidenceRecord> sink) {
        RecordMapper mapper = RecordMapper.generic(source);
        JsonRecords.read(context, source, Syntax.JSON, "", record -> sink.accept(mapper.map(record)));
    }
}
