package io.github.soc2kit.core.evidence.format;

import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.evidence.EvidenceException;
import io.github.soc2kit.core.evidence.EvidenceReader;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.evidence.ReadContext;
import io.github.soc2kit.core.model.EvidenceSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Format {@code ndjson}: one JSON object per non-blank line, read line by line. */
public final class NdjsonReader implements EvidenceReader {

    @Override
    public void read(EvidenceSource source, ReadContext context, Consumer<EvidenceRecord> sink) {
        RecordMapper mapper = RecordMapper.generic(source);
        for (Path file : context.files(source)) {
            String path = context.relative(file);
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(context.open(file), StandardCharsets.UTF_8))) {
                int number = 0;
                int ordinal = 0;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    number++;
                    if (number == 1 && line.startsWith("\uFEFF")) {
                        line = line.substring(1);
                    }
                    if (!line.isBlank()) {
                        ordinal++;
                        sink.accept(mapper.map(new RawRecord(
                                path,
                                ordinal,
                                new SourcePosition(path, number, 1),
                                parse(path, line, number, ordinal))));
                    }
                }
            } catch (IOException e) {
                throw EvidenceException.unreadable(path, e.getMessage(), e);
            }
        }
    }

    private static Map<String, @Nullable Object> parse(String path, String line, int number, int ordinal) {
        try (TokenReader in = TokenReader.line(path, line, number, ordinal)) {
            in.first("a JSON object");
            Map<String, @Nullable Object> fields = in.record(ordinal);
            in.finish();
            return fields;
        }
    }
}
