package io.github.soc2kit.core.evidence.pagerduty;

import static io.github.soc2kit.core.evidence.format.RecordMapper.field;
import static io.github.soc2kit.core.evidence.format.RecordMapper.required;

import io.github.soc2kit.core.evidence.EvidenceReader;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.evidence.ReadContext;
import io.github.soc2kit.core.evidence.format.JsonRecords;
import io.github.soc2kit.core.evidence.format.RecordMapper;
import io.github.soc2kit.core.evidence.format.TokenReader.Syntax;
import io.github.soc2kit.core.model.EvidenceSource;
import java.util.function.Consumer;

/**
 * Format {@code pagerduty-incidents}: the response of {@code GET /incidents}, whose records are at
 * {@code /incidents} (a bare array of incidents is read too). Key {@code incident_number}, timestamp
 * {@code created_at}.
 */
public final class PagerdutyIncidentsReader implements EvidenceReader {

    public static final String FORMAT = "pagerduty-incidents";

    @Override
    public void read(EvidenceSource source, ReadContext context, Consumer<EvidenceRecord> sink) {
        RecordMapper mapper =
                new RecordMapper(source, required("incident_number", FORMAT), field("created_at"), RecordMapper.NONE);
        JsonRecords.read(context, source, Syntax.JSON, "/incidents", incident -> sink.accept(mapper.map(incident)));
    }
}
