package io.github.soc2kit.core.evidence.okta;

import static io.github.soc2kit.core.evidence.format.RecordMapper.field;

import io.github.soc2kit.core.evidence.EvidenceReader;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.evidence.ReadContext;
import io.github.soc2kit.core.evidence.format.RecordMapper;
import io.github.soc2kit.core.model.EvidenceSource;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Format {@code okta-factors}: one record per enrolled factor, from files laid out as {@link OktaFactorFiles}
 * describes. Key {@code id}, timestamp {@code created}; derived {@code user_id}.
 */
public final class OktaFactorsReader implements EvidenceReader {

    public static final String FORMAT = "okta-factors";

    @Override
    public void read(EvidenceSource source, ReadContext context, Consumer<EvidenceRecord> sink) {
        RecordMapper mapper = new RecordMapper(source, field("id"), field("created"), RecordMapper.NONE);
        for (Path file : context.files(source)) {
            OktaFactorFiles.readFile(context, file, (user, factor) -> {
                factor.derive("user_id", user);
                sink.accept(mapper.map(factor));
            });
        }
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
