package io.github.soc2kit.core.evidence.pagerduty;

import static io.github.soc2kit.core.evidence.format.RecordMapper.field;

import io.github.soc2kit.core.evidence.EvidenceReader;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.evidence.ReadContext;
import io.github.soc2kit.core.evidence.format.JsonRecords;
import io.github.soc2kit.core.evidence.format.RecordMapper;
import io.github.soc2kit.core.evidence.format.TokenReader.Syntax;
import io.github.soc2kit.core.model.EvidenceSource;
import java.util.List;
import java.util.function.Consumer;

/**
 * Format {@code pagerduty-incidents}: the response of {@code GET /incidents}, whose records are at
 * {@code /incidents} (a bare array of incidents is read too). Key {@code incident_number}, timestamp
 * {@code created_at}; every incident must have both and {@code status}, as PagerDuty writes them.
 */
public final class PagerdutyIncidentsReader implements EvidenceReader {

    public static final String FORMAT = "pagerduty-incidents";

    private static final List<String> FIELDS = List.of("incident_number", "created_at", "status");

    @Override
    public void read(EvidenceSource source, ReadContext context, Consumer<EvidenceRecord> sink) {
        RecordMapper mapper =
                new RecordMapper(source, field("incident_number"), field("created_at"), RecordMapper.NONE);
        JsonRecords.read(context, source, Syntax.JSON, "/incidents", incident -> {
            incident.requireAll(FORMAT, FIELDS);
            sink.accept(mapper.map(incident));
        });
    }

    @Override
    public List<String> reads() {
        return FIELDS;
    }

    @Override
    public Keys keys() {
        return Keys.UNIQUE;
    }
}
