package io.github.soc2kit.core.evidence.format;

import io.github.soc2kit.core.evidence.EvidenceReader;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.evidence.ReadContext;
import io.github.soc2kit.core.evidence.format.TokenReader.Syntax;
import io.github.soc2kit.core.model.EvidenceSource;
import java.util.function.Consumer;

/**
 * Format {@code yaml}: the mappings of the sequence at {@code records} (default: the document), streamed like JSON.
 * Aliases are refused, as in policy files.
 */
public final class YamlArrayReader implements EvidenceReader {

    @Override
    public void read(EvidenceSource source, ReadContext context, Consumer<EvidenceRecord> sink) {
        RecordMapper mapper = RecordMapper.generic(source);
        JsonRecords.read(context, source, Syntax.YAML, "", record -> sink.accept(mapper.map(record)));
    }
}
