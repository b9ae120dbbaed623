package io.github.soc2kit.core.evidence.format;

import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.diag.Wording;
import io.github.soc2kit.core.evidence.EvidenceException;
import io.github.soc2kit.core.evidence.ReadContext;
import io.github.soc2kit.core.model.EvidenceSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Streams CSV files row by row with Jackson CSV: the first row is the header, every other row becomes a record
 * keyed by the header's column names, with an empty cell as null and every other cell as a String. A row with more
 * or fewer cells than the header is an error, never silently padded or cut.
 */
public final class CsvRows {

    private static final CsvFactory FACTORY = CsvFactory.builder()
            .enable(CsvReadFeature.SKIP_EMPTY_LINES)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .streamReadConstraints(ValueLimits.CONSTRAINTS)
            .build();

    private final String path;
    private final Map<String, String> names;
    private boolean headerRead;
    private int ordinal;

    private CsvRows(String path, Map<String, String> names) {
        this.path = path;
        this.names = names;
    }

    /** One row: where it starts and its cells. */
    private record Row(SourcePosition at, List<String> cells) {}

    /** Streams every file of {@code source}; each header must have the {@code required} columns. */
    public static void read(
            ReadContext context, EvidenceSource source, List<String> required, Consumer<RawRecord> sink) {
        read(context, source, required, Map.of(), sink);
    }

    /**
     * Streams every file of {@code source}, with each header column that {@code names} lists renamed to the name it
     * maps to (a report's display name {@code Work Email} to the API's {@code workEmail}), so that both kinds of
     * export give the same records; each header must then have the {@code required} columns.
     */
    public static void read(
            ReadContext context,
            EvidenceSource source,
            List<String> required,
            Map<String, String> names,
            Consumer<RawRecord> sink) {
        for (Path file : context.files(source)) {
            new CsvRows(context.relative(file), names).read(context.open(file), required, sink);
        }
    }

    /**
     * Turns the cell of {@code column} into a Boolean ({@code true}/{@code false}, any case); null stays null.
     *
     * @throws EvidenceException for any other text
     */
    public static void toBoolean(RawRecord record, String column) {
        if (record.fields().get(column) instanceof String text) {
            if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                record.put(column, Boolean.valueOf(text.equalsIgnoreCase("true")));
            } else {
                throw record.error(
                        "has '" + Wording.clipped(text) + "' in column '" + column + "', expected 'true' or 'false'",
                        "export the file again; this column holds true or false");
            }
        }
    }

    private void read(InputStream stream, List<String> required, Consumer<RawRecord> sink) {
        try (stream;
                JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), stream)) {
            Row header = row(parser);
            if (header == null) {
                throw new EvidenceException(
                        new SourcePosition(path, 1, 1),
                        "file is empty: expected a header row",
                        "export the file again with its header row");
            }
            List<String> columns = header(header, required);
            headerRead = true;
            for (Row row = row(parser); row != null; row = row(parser)) {
                ordinal++;
                if (row.cells().size() != columns.size()) {
                    throw new EvidenceException(
                            row.at(),
                            "record " + ordinal + " of '" + path + "' has "
                                    + Wording.plural(row.cells().size(), "cell") + ", expected "
                                    + Wording.count(columns.size())
                                    + " as in the header",
                            "quote cells that contain commas, and check that the export was not cut off");
                }
                Map<String, @Nullable Object> fields = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    String cell = row.cells().get(i);
                    fields.put(columns.get(i), cell.isEmpty() ? null : cell);
                }
                sink.accept(new RawRecord(path, ordinal, row.at(), fields));
            }
        } catch (IOException e) {
            throw EvidenceException.unreadable(path, e.getMessage(), e);
        } catch (JacksonException e) {
            throw syntaxError(e);
        }
    }

    private List<String> header(Row header, List<String> required) {
        List<String> written = header.cells();
        List<String> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < written.size(); i++) {
            String column = names.getOrDefault(written.get(i).strip(), written.get(i));
            columns.add(column);
            if (column.isBlank()) {
                throw new EvidenceException(
                        header.at(),
                        "column " + (i + 1) + " of the header of '" + path + "' has no name",
                        "name every column of the header row");
            }
            if (!seen.add(column)) {
                throw new EvidenceException(
                        header.at(),
                        "the header of '" + path + "' has the column '" + column + "' twice"
                                + (column.equals(written.get(i))
                                        ? ""
                                        : " (as '" + written.get(i).strip() + "')"),
                        "rename or remove one of the two columns");
            }
        }
        List<String> missing =
                required.stream().filter(column -> !seen.contains(column)).toList();
        if (!missing.isEmpty()) {
            boolean renamed = !columns.equals(written); // a report's names: say what it would call the columns
            List<String> wanted = missing.stream()
                    .map(column -> !renamed
                            ? column
                            : names.entrySet().stream()
                                    .filter(name -> name.getValue().equals(column))
                                    .map(Map.Entry::getKey)
                                    .findFirst()
                                    .orElse(column))
                    .toList();
            String named = (missing.size() == 1 ? "column " : "columns ") + Values.quoted(wanted);
            throw new EvidenceException(
                    header.at(),
                    "the header of '" + path + "' has no " + named,
                    "it has " + Values.quoted(written) + "; export the file again with the " + named);
        }
        return columns;
    }

    /** The next row, or null at the end of the file. */
    private @Nullable Row row(JsonParser parser) {
        try {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return null;
            }
            List<String> cells = new ArrayList<>();
            SourcePosition at = null;
            while (parser.nextToken() == JsonToken.VALUE_STRING) {
                if (at == null) {
                    at = new SourcePosition(
                            path, Math.max(1, parser.currentTokenLocation().getLineNr()), 1);
                }
                cells.add(parser.getString());
            }
            return new Row(at != null ? at : SourcePosition.of(path), cells);
        } catch (StreamConstraintsException e) {
            // Jackson gives no location: the cell being read starts at the current token
            throw ValueLimits.exceeded(e, path, position(parser.currentTokenLocation()), where());
        }
    }

    private EvidenceException syntaxError(JacksonException e) {
        if (e instanceof JacksonIOException) {
            return EvidenceException.unreadable(path, e.getOriginalMessage(), e);
        }
        SourcePosition at = position(e.getLocation());
        String message = e.getOriginalMessage() == null ? "unreadable input" : e.getOriginalMessage();
        if (message.startsWith("Missing closing quote")) {
            return new EvidenceException(
                    at,
                    "unexpected end of file " + where() + ": expected '\"' to close a quoted cell",
                    "the export looks cut off; export it again",
                    e);
        }
        return new EvidenceException(
                at,
                "invalid CSV " + where() + ": " + Character.toLowerCase(message.charAt(0)) + message.substring(1),
                "the file is not valid CSV; export it again",
                e);
    }

    /** Where in the file the row being read is. */
    private String where() {
        return !headerRead ? "inside the header" : "inside record " + (ordinal + 1);
    }

    private SourcePosition position(@Nullable TokenStreamLocation location) {
        return location == null || location.getLineNr() < 1
                ? SourcePosition.of(path)
                : new SourcePosition(path, location.getLineNr(), Math.max(1, location.getColumnNr()));
    }
}
