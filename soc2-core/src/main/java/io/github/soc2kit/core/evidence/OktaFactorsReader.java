package io.github.soc2kit.core.evidence;

import static io.github.soc2kit.core.evidence.RecordMapper.field;
import static io.github.soc2kit.core.evidence.RecordMapper.required;

import io.github.soc2kit.core.model.EvidenceSource;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Format {@code okta-factors}: one record per enrolled factor, from files laid out as {@link OktaFactorFiles}
 * describes. Key {@code id}, timestamp {@code created}; derived {@code user_id}.
 */
final class OktaFactorsReader implements EvidenceReader {

    static final String FORMAT = "okta-factors";

    @Override
    public void read(EvidenceSource source, ReadContext context, Consumer<EvidenceRecord> sink) {
        RecordMapper mapper = new RecordMapper(source, required("id", FORMAT), field("created"), RecordMapper.NONE);
        for (Path file : context.files(source)) {
            OktaFactorFiles.readFile(context, file, (user, factor) -> {
                factor.derive("user_id", user);
                sink.accept(mapper.map(factor));
            });
        }
    }
}
