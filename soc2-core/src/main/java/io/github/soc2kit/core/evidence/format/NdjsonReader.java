package io.github.soc2kit.core.evidence.format;

import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.evidence.EvidenceException;
import io.github.soc2kit.core.evidence.EvidenceReader;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.evidence.FieldSelection;
import io.github.soc2kit.core.evidence.ReadContext;
import io.github.soc2kit.core.model.EvidenceSource;
import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Format {@code ndjson}: one JSON object per non-blank line, read line by line. A line longer than
 * {@link #MAX_LINE_CHARS} is refused where it starts, before it is held in memory whole.
 */
public final class NdjsonReader implements EvidenceReader {

    /** The longest line (one record) read: 8 Mi characters. */
    static final int MAX_LINE_CHARS = 8 * 1024 * 1024;

    @Override
    public void read(EvidenceSource source, ReadContext context, Consumer<EvidenceRecord> sink) {
        RecordMapper mapper = RecordMapper.generic(source);
        FieldSelection selection = context.selection(source);
        Shapes shapes = new Shapes();
        for (Path file : context.files(source)) {
            String path = context.relative(file);
            int number = 0;
            try (BufferedReader lines = new BufferedReader(
                    new BoundedLines(new InputStreamReader(context.open(file), StandardCharsets.UTF_8)))) {
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
                                parse(path, line, number, ordinal, selection, shapes))));
                    }
                }
            } catch (LineTooLong e) {
                throw new EvidenceException(
                        new SourcePosition(path, number + 1, 1),
                        String.format(
                                Locale.ROOT,
                                "line %d of '%s' is longer than %,d characters; an NDJSON export holds one JSON"
                                        + " object per line",
                                number + 1,
                                path,
                                MAX_LINE_CHARS),
                        "export one record per line, or check that the file is NDJSON");
            } catch (IOException e) {
                throw EvidenceException.unreadable(path, e.getMessage(), e);
            }
        }
    }

    /** A line grew past {@link #MAX_LINE_CHARS}. */
    private static final class LineTooLong extends IOException {
        LineTooLong() {
            super("line too long", null);
        }
    }

    /** Counts the characters since the last line break and stops once a line grows past the limit. */
    private static final class BoundedLines extends FilterReader {
        private int run;

        BoundedLines(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = offset; i < offset + n; i++) {
                run = buffer[i] == '\n' ? 0 : run + 1;
                if (run > MAX_LINE_CHARS) {
                    throw new LineTooLong();
                }
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }
    }

    private static Map<String, @Nullable Object> parse(
            String path, String line, int number, int ordinal, FieldSelection selection, Shapes shapes) {
        try (TokenReader in = TokenReader.line(path, line, number, ordinal, shapes)) {
            in.first("a JSON object");
            Map<String, @Nullable Object> fields = in.record(ordinal, selection);
            in.finish();
            return fields;
        }
    }
}
