package io.github.soc2kit.core.evidence.format;

import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.evidence.EvidenceException;
import io.github.soc2kit.core.evidence.EvidenceReader;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.evidence.FieldSelection;
import io.github.soc2kit.core.evidence.ReadContext;
import io.github.soc2kit.core.model.EvidenceSource;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Format {@code ndjson}: one JSON object per non-blank line, read line by line as bytes ({@code \n}, {@code \r\n} or
 * {@code \r} ends a line), each parsed as UTF-8 like a JSON file ({@link TokenReader#line}): a byte that is no UTF-8
 * is refused at its line and column, not read as a replacement character. A line longer than {@link #MAX_LINE_BYTES}
 * is refused where it starts, before it is held in memory whole.
 */
public final class NdjsonReader implements EvidenceReader {

    /** The longest line (one record) read: 8 MiB. */
    static final int MAX_LINE_BYTES = 8 * 1024 * 1024;

    @Override
    public void read(EvidenceSource source, ReadContext context, Consumer<EvidenceRecord> sink) {
        RecordMapper mapper = RecordMapper.generic(source);
        FieldSelection selection = context.selection(source);
        Shapes shapes = new Shapes();
        for (Path file : context.files(source)) {
            String path = context.relative(file);
            Lines lines = new Lines(context.open(file));
            try (lines) {
                int ordinal = 0;
                while (lines.next()) {
                    if (!lines.blank()) {
                        ordinal++;
                        sink.accept(mapper.map(new RawRecord(
                                path,
                                ordinal,
                                new SourcePosition(path, lines.number, 1),
                                parse(path, lines, ordinal, selection, shapes))));
                    }
                }
            } catch (LineTooLong e) {
                int number = lines.number + 1;
                throw new EvidenceException(
                        new SourcePosition(path, number, 1),
                        String.format(
                                Locale.ROOT,
                                "line %d of '%s' is longer than %,d bytes; an NDJSON export holds one JSON object per"
                                        + " line",
                                number,
                                path,
                                MAX_LINE_BYTES),
                        "export one record per line, or check that the file is NDJSON");
            } catch (IOException e) {
                throw EvidenceException.unreadable(path, e.getMessage(), e);
            }
        }
    }

    /** A line grew past {@link #MAX_LINE_BYTES}. */
    private static final class LineTooLong extends IOException {
        LineTooLong() {
            super("line too long", null);
        }
    }

    /**
     * The lines of a file, one at a time: line {@link #number} is {@code buffer[start]} up to {@code buffer[end]},
     * without its line break, and without the byte order mark that may open the file.
     */
    private static final class Lines implements Closeable {
        /** How many bytes are read at a time, until a longer line needs more room. */
        private static final int READ = 64 * 1024;

        private final InputStream in;
        private byte[] buffer = new byte[READ];
        /** The bytes read into the buffer. */
        private int filled;
        /** Where the line after the current one starts. */
        private int next;

        private boolean ended;
        int number;
        int start;
        int end;

        Lines(InputStream in) {
            this.in = in;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }

        /** Moves to the next line; false at the end of the file. */
        boolean next() throws IOException {
            int from = next; // the first byte not yet searched for a line break
            int lineBreak;
            while ((lineBreak = lineBreak(from)) < 0) {
                if (ended) {
                    if (next == filled) {
                        return false;
                    }
                    lineBreak = filled; // the last line has no line break
                    break;
                }
                from = Math.max(filled - next - 1, 0); // a '\r' last in the buffer is looked at again
                readMore();
            }
            start = next;
            end = lineBreak;
            boolean crlf = lineBreak + 1 < filled && buffer[lineBreak] == '\r' && buffer[lineBreak + 1] == '\n';
            next = Math.min(lineBreak + (crlf ? 2 : 1), filled);
            if (end - start > MAX_LINE_BYTES) {
                throw new LineTooLong();
            }
            if (number++ == 0
                    && end - start >= 3
                    && buffer[start] == (byte) 0xEF
                    && buffer[start + 1] == (byte) 0xBB
                    && buffer[start + 2] == (byte) 0xBF) {
                start += 3;
            }
            return true;
        }

        /** Whether the line holds nothing but spaces and tabs. */
        boolean blank() {
            for (int i = start; i < end; i++) {
                if (buffer[i] != ' ' && buffer[i] != '\t') {
                    return false;
                }
            }
            return true;
        }

        /**
         * Where the first line break ({@code \n}, {@code \r\n} or {@code \r}) at or after {@code from} is in the
         * buffer; -1 when there is none, or when a {@code \r} ends what has been read, which a {@code \n} may follow.
         */
        private int lineBreak(int from) {
            for (int i = from; i < filled; i++) {
                if (buffer[i] == '\n' || buffer[i] == '\r') {
                    return buffer[i] == '\r' && i + 1 == filled && !ended ? -1 : i;
                }
            }
            return -1;
        }

        /** Keeps the current line's bytes at the start of the buffer and reads more after them. */
        private void readMore() throws IOException {
            int kept = filled - next;
            if (kept > MAX_LINE_BYTES + 1) { // one byte more for a '\r' that a '\n' may follow
                throw new LineTooLong();
            }
            if (next > 0) {
                System.arraycopy(buffer, next, buffer, 0, kept);
                next = 0;
                filled = kept;
            }
            if (filled == buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.min(2 * buffer.length, MAX_LINE_BYTES + 2));
            }
            int n = in.read(buffer, filled, buffer.length - filled);
            if (n < 0) {
                ended = true;
            } else {
                filled += n;
            }
        }
    }

    private static Map<String, @Nullable Object> parse(
            String path, Lines line, int ordinal, FieldSelection selection, Shapes shapes) {
        try (TokenReader in =
                TokenReader.line(path, line.buffer, line.start, line.end - line.start, line.number, ordinal, shapes)) {
            in.first("a JSON object");
            Map<String, @Nullable Object> fields = in.record(ordinal, selection);
            in.finish();
            return fields;
        }
    }
}
