package io.github.soc2kit.core.evidence.format;

import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.diag.Wording;
import io.github.soc2kit.core.evidence.EvidenceException;
import io.github.soc2kit.core.evidence.FieldSelection;
import io.github.soc2kit.core.evidence.ReadContext;
import io.github.soc2kit.core.expr.Conditions;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * A Jackson streaming parser over one JSON or YAML evidence file, or over one NDJSON line. Every token passes
 * through {@link #next()}, which refuses YAML aliases and turns Jackson's exceptions into {@link EvidenceException}s
 * that say where in the file and in which record the problem is. A name given twice in one object is refused, by
 * {@code next()} or, in an object read into a record's fields, as the object is read; a JSON value that nothing reads is
 * skipped by the parser, unseen, repeated names and all. Records are read one at a time into plain values.
 */
public final class TokenReader implements AutoCloseable {

    /** The syntaxes read with a Jackson token stream. */
    public enum Syntax {
        JSON(
                "JSON",
                JsonFactory.builder()
                        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                        .streamReadConstraints(ValueLimits.CONSTRAINTS)
                        .build()),
        YAML(
                "YAML",
                YAMLFactory.builder()
                        .loadSettings(LoadSettings.builder()
                                .setCodePointLimit(Integer.MAX_VALUE)
                                .build())
                        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION) // next() refuses a repeated name
                        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                        .streamReadConstraints(ValueLimits.CONSTRAINTS)
                        .build());

        final String label;
        final TokenStreamFactory factory;

        Syntax(String label, TokenStreamFactory factory) {
            this.label = label;
            this.factory = factory;
        }
    }

    private final JsonParser parser;
    private final @Nullable InputStream stream;
    private final String path;
    private final Syntax syntax;
    private final int lineOffset;
    private final boolean oneLine;
    private int record;
    private boolean inRecord;
    /**
     * The value of the parser's context of an object whose fields {@link #object} keeps, which tell a name given twice
     * themselves; the context of any other object holds its {@link #names}.
     */
    private static final Object IN_FIELDS = new Object();
    /** Where the record being read starts. */
    private SourcePosition recordAt;
    /** The names of the objects read, shared by those with the same names. */
    private final Shapes shapes;
    /** How many objects are being read, one inside the other. */
    private int depth;

    private TokenReader(
            JsonParser parser,
            @Nullable InputStream stream,
            String path,
            Syntax syntax,
            int lineOffset,
            boolean oneLine,
            Shapes shapes) {
        this.parser = parser;
        this.shapes = shapes;
        this.stream = stream;
        this.path = path;
        this.syntax = syntax;
        this.lineOffset = lineOffset;
        this.oneLine = oneLine;
        this.recordAt = new SourcePosition(path, lineOffset + 1, 1); // an NDJSON line's record starts the line
    }

    /** Opens an evidence file through the context, which records its digest. */
    public static TokenReader open(ReadContext context, Path file, Syntax syntax) {
        return open(context, file, syntax, new Shapes());
    }

    /**
     * Opens an evidence file through the context, which records its digest; its objects share {@code shapes} with the
     * other files that this thread reads.
     */
    public static TokenReader open(ReadContext context, Path file, Syntax syntax, Shapes shapes) {
        String path = context.relative(file);
        InputStream stream = context.open(file);
        if (syntax == Syntax.YAML) {
            stream = new TokenBytes(stream);
        }
        try {
            return new TokenReader(
                    syntax.factory.createParser(ObjectReadContext.empty(), stream),
                    stream,
                    path,
                    syntax,
                    0,
                    false,
                    shapes);
        } catch (JacksonException e) {
            try {
                stream.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw cannotRead(path, e);
        }
    }

    /**
     * Reads one NDJSON line, {@code length} bytes of {@code bytes} from {@code offset}, as UTF-8, so that a byte that is
     * no UTF-8 is refused where it is; the line holds record {@code ordinal} and is line {@code lineNumber} of its file;
     * its objects share {@code shapes} with the file's other lines. A line that begins as no UTF-8 JSON can (its first
     * byte 0xFE, 0xFF or 0, or its second 0: a UTF-16 or UTF-32 export) is refused here: Jackson would take it as that
     * encoding rather than refuse it.
     */
    public static TokenReader line(
            String path, byte[] bytes, int offset, int length, int lineNumber, int ordinal, Shapes shapes) {
        if (length > 0 && (bytes[offset] == 0 || bytes[offset] == (byte) 0xFE || bytes[offset] == (byte) 0xFF)
                || length > 1 && bytes[offset + 1] == 0) {
            throw new EvidenceException(
                    new SourcePosition(path, lineNumber, 1),
                    "line " + lineNumber + " of '" + path + "' is not UTF-8 text: it begins with a byte that UTF-8 JSON"
                            + " never holds (is the file UTF-16 or UTF-32?)",
                    EvidenceException.SAVE_AS_UTF_8);
        }
        JsonParser parser;
        try {
            parser = Syntax.JSON.factory.createParser(ObjectReadContext.empty(), bytes, offset, length);
        } catch (JacksonException e) {
            throw cannotRead(path, e);
        }
        TokenReader reader = new TokenReader(parser, null, path, Syntax.JSON, lineNumber - 1, true, shapes);
        reader.record = ordinal;
        reader.inRecord = true;
        return reader;
    }

    public String path() {
        return path;
    }

    /** The next token, or null at the end of the input. */
    public @Nullable JsonToken next() {
        JsonToken token;
        if (stream instanceof TokenBytes bytes) {
            bytes.nextToken();
        }
        try {
            token = parser.nextToken();
        } catch (JacksonException e) {
            throw syntaxError(e);
        }
        if (token != null && parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw new EvidenceException(
                    position(),
                    "YAML aliases ('*" + Wording.clipped(parser.getString()) + "') are not supported " + where(),
                    "write the value out in full; evidence must not depend on anchors and aliases");
        }
        if (token == JsonToken.PROPERTY_NAME && parser.streamReadContext().currentValue() != IN_FIELDS) {
            String name = name();
            if (!names(parser.streamReadContext()).add(name)) {
                throw twice(name);
            }
        }
        return token;
    }

    /**
     * The names read so far in the object of {@code context}, kept as the context's value: Jackson clears it when it
     * reuses the context for another object.
     */
    @SuppressWarnings("unchecked")
    private static Set<String> names(TokenStreamContext context) {
        if (context.currentValue() == null) {
            context.assignCurrentValue(new HashSet<String>());
        }
        return (Set<String>) context.currentValue();
    }

    private EvidenceException twice(String name) {
        return new EvidenceException(
                position(),
                "field '" + Wording.clipped(name) + "' appears twice " + where(),
                "remove one of the two, or export the file again");
    }

    /** The first token of the document; an empty document is an error that names what was {@code expected}. */
    public JsonToken first(String expected) {
        JsonToken token = next();
        if (token == null) {
            throw new EvidenceException(
                    new SourcePosition(path, lineOffset + 1, 1),
                    (oneLine ? "line" : "file") + " is empty: expected " + expected,
                    "export the file again; an export without records still holds its (empty) array");
        }
        return token;
    }

    public @Nullable JsonToken current() {
        return parser.currentToken();
    }

    /** The name of the property at the current {@code PROPERTY_NAME} token. */
    public String name() {
        try {
            return parser.currentName();
        } catch (JacksonException e) {
            throw syntaxError(e);
        }
    }

    /** Where the current token starts. */
    public SourcePosition position() {
        return position(parser.currentTokenLocation());
    }

    /** How messages describe the current value: "an object", "a string", ... */
    public String kind() {
        JsonToken token = current();
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "a value";
        };
    }

    /**
     * Skips the value at the current token, which nothing reads, keeping none of it. JSON is skipped by the parser,
     * which checks its syntax without decoding a text, so a text nobody reads is not bounded in length: none of it is
     * held. YAML is walked token by token, so that every token is bounded and refused if it is an alias.
     */
    public void skip() {
        JsonToken token = current();
        if (token == null || !token.isStructStart()) {
            return;
        }
        if (syntax == Syntax.JSON) {
            try {
                parser.skipChildren();
            } catch (JacksonException e) {
                throw syntaxError(e);
            }
            return;
        }
        for (int depth = 1; depth > 0; ) {
            JsonToken next = advance();
            if (next.isStructStart()) {
                depth++;
            } else if (next.isStructEnd()) {
                depth--;
            }
        }
    }

    /**
     * Reads the elements of the array at the current token as records numbered on from {@code last}.
     *
     * @return the ordinal of the last record read
     */
    public int records(int last, Consumer<RawRecord> sink) {
        return records(last, FieldSelection.ALL, sink);
    }

    /**
     * Reads the elements of the array at the current token as records numbered on from {@code last}, with only the
     * values that {@code selection} names.
     *
     * @return the ordinal of the last record read
     */
    public int records(int last, FieldSelection selection, Consumer<RawRecord> sink) {
        int ordinal = last;
        while (advance() != JsonToken.END_ARRAY) {
            ordinal++;
            Map<String, @Nullable Object> fields = record(ordinal, selection);
            sink.accept(new RawRecord(path, ordinal, recordAt, fields)); // where record() found it starts
        }
        return ordinal;
    }

    /** Reads the value at the current token as record {@code ordinal}, which must be an object. */
    public Map<String, @Nullable Object> record(int ordinal) {
        return record(ordinal, FieldSelection.ALL);
    }

    /**
     * Reads the value at the current token as record {@code ordinal}, which must be an object, with only the values that
     * {@code selection} names; a field it does not name holds {@link Conditions#UNREAD}.
     */
    public Map<String, @Nullable Object> record(int ordinal, FieldSelection selection) {
        record = ordinal;
        inRecord = true;
        recordAt = position();
        if (current() != JsonToken.START_OBJECT) {
            throw new EvidenceException(
                    position(),
                    "record " + ordinal + " of '" + path + "' is " + kind() + ", not an object",
                    oneLine
                            ? "write one JSON object per line"
                            : "each record must be an object of fields; check that the file is the export the source declares");
        }
        Map<String, @Nullable Object> fields = object(selection, shapes.start());
        inRecord = oneLine;
        return fields;
    }

    /**
     * Reads the records of each further top-level array that follows the one just read, numbered on from {@code last},
     * as {@code gh api --paginate} writes a list: one array per page, one after the other. Anything else after them is
     * refused like a second document.
     */
    public void pages(int last, FieldSelection selection, Consumer<RawRecord> sink) {
        int ordinal = last;
        while (next() == JsonToken.START_ARRAY) {
            ordinal = records(ordinal, selection, sink);
        }
        if (current() != null) {
            throw new EvidenceException(
                    position(),
                    "file holds more than one " + syntax.label + " document",
                    "keep one document per file; pages of one list may follow each other as arrays");
        }
    }

    /** Reads what is left of the document after the records, and refuses a second document. */
    public void finish() {
        while (!parser.streamReadContext().inRoot()) {
            if (advance().isStructStart()) {
                skip();
            }
        }
        if (next() != null) {
            throw new EvidenceException(
                    position(),
                    oneLine
                            ? "line of record " + record + " holds more than one JSON value"
                            : "file holds more than one " + syntax.label + " document",
                    oneLine ? "write one JSON object per line" : "keep one document per file");
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
            if (stream != null) {
                stream.close();
            }
        } catch (IOException e) {
            throw EvidenceException.unreadable(path, e.getMessage(), e);
        } catch (JacksonException e) {
            throw cannotRead(path, e);
        }
    }

    /** The next token inside a value, where the end of the input is an error. */
    private JsonToken advance() {
        JsonToken token = next();
        if (token == null) {
            throw new EvidenceException(
                    position(parser.currentLocation()),
                    "unexpected end of " + (oneLine ? "line" : "file") + " " + where() + ": expected " + expected(null),
                    truncatedHint());
        }
        return token;
    }

    /**
     * The value at the current token; of an object only the fields {@code selection} names. The value is that of the
     * last name of {@code place}, whose objects start at a tree of shapes of their own; null when the names of the
     * object around it left the tree.
     */
    private @Nullable Object value(FieldSelection selection, Shapes.@Nullable Shape place) {
        JsonToken token = current();
        if (token == JsonToken.START_OBJECT) {
            return object(selection, place == null ? shapes.start() : shapes.startInside(place))
                    .frozen();
        }
        if (token == JsonToken.START_ARRAY) {
            List<@Nullable Object> list = new ArrayList<>();
            while (advance() != JsonToken.END_ARRAY) {
                list.add(value(FieldSelection.ALL, place));
            }
            return Collections.unmodifiableList(list);
        }
        try {
            return token == null
                    ? null
                    : switch (token) {
                        case VALUE_NUMBER_INT ->
                            switch (parser.getNumberType()) {
                                case INT, LONG -> parser.getLongValue();
                                default -> parser.getDoubleValue(); // beyond 64 bits: CEL has no bigger integer
                            };
                        case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
                        case VALUE_TRUE -> Boolean.TRUE;
                        case VALUE_FALSE -> Boolean.FALSE;
                        case VALUE_NULL -> null;
                        default -> parser.getString();
                    };
        } catch (JacksonException e) {
            throw syntaxError(e);
        }
    }

    /** Reads the object at the current token, whose names begin at {@code start}. */
    private Fields object(FieldSelection selection, Shapes.Shape start) {
        parser.streamReadContext().assignCurrentValue(IN_FIELDS);
        int at = depth++;
        Object[] values = shapes.values(at);
        int size = 0;
        try {
            Shapes.Shape shape = start; // the names so far, while objects before had them too
            Map<String, Integer> index = null; // once the names leave the shape: the position of each name
            while (advance() == JsonToken.PROPERTY_NAME) {
                String name = name();
                Shapes.Shape next = index == null ? shape.child(name) : null;
                FieldSelection inside;
                if (next != null) {
                    shape = next;
                    inside = next.inside(selection);
                } else {
                    if (index == null) {
                        index = Shapes.index(shape.names());
                    }
                    if (index.putIfAbsent(name, size) != null) {
                        throw twice(name);
                    }
                    inside = selection.inside(name);
                }
                advance();
                Object value;
                if (inside == null) {
                    skip();
                    value = Conditions.UNREAD;
                } else {
                    value = value(inside, index == null ? shape : null);
                }
                if (size == values.length) {
                    values = shapes.grow(at);
                }
                values[size++] = value;
            }
            Shapes.Layout layout = index == null ? shapes.end(shape) : shapes.end(shape, index);
            return new Fields(layout, Arrays.copyOf(values, size));
        } finally {
            Arrays.fill(values, 0, size, null); // the record leaves this thread: nothing here may keep it
            depth--;
        }
    }

    private String where() {
        if (inRecord) {
            return "inside record " + record;
        }
        return record > 0 ? "after record " + record : "before the first record";
    }

    private String truncatedHint() {
        return oneLine
                ? "each line must hold one complete JSON object; this one looks cut off"
                : "the export looks cut off; export it again";
    }

    private EvidenceException syntaxError(JacksonException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TokenBytes.TooMany) {
                return ValueLimits.tokenTooLong(path, inRecord ? recordAt : position(), where(), e);
            }
        }
        if (e instanceof JacksonIOException || EvidenceException.notUtf8(e) != null) {
            return cannotRead(path, e);
        }
        if (e instanceof StreamConstraintsException limit) {
            // Jackson gives no location: the record holding the value, else the last token read
            return ValueLimits.exceeded(limit, path, inRecord ? recordAt : position(), where());
        }
        if (e.getCause() instanceof MarkedYamlEngineException yaml
                && yaml.getProblemMark().isPresent()) {
            var mark = yaml.getProblemMark().get();
            String context = yaml.getContext() == null || yaml.getContext().isBlank()
                    ? ""
                    : " (" + Wording.firstLine(yaml.getContext()) + ")";
            return new EvidenceException(
                    new SourcePosition(path, lineOffset + mark.getLine() + 1, mark.getColumn() + 1),
                    "invalid YAML " + where() + ": " + yaml.getProblem() + context,
                    "check the indentation and punctuation of this line and the one before",
                    e);
        }
        SourcePosition at = position(e.getLocation());
        String message =
                e.getOriginalMessage() == null ? "unreadable input" : Wording.firstLine(e.getOriginalMessage());
        if (e instanceof UnexpectedEndOfInputException || message.startsWith("Unexpected end-of-input")) {
            return new EvidenceException(
                    at,
                    "unexpected end of " + (oneLine ? "line" : "file") + " " + where() + ": expected " + expected(e),
                    truncatedHint(),
                    e);
        }
        String hint = message.startsWith("Invalid UTF-8") // Jackson's words for a byte that is no UTF-8
                ? EvidenceException.SAVE_AS_UTF_8
                : oneLine
                        ? "write one complete JSON object per line"
                        : "the file is not valid " + syntax.label + "; export it again";
        return new EvidenceException(
                at, "invalid " + syntax.label + " " + where() + ": " + Wording.lowerFirst(message), hint, e);
    }

    /** What would have completed the input at its end. */
    private String expected(@Nullable JacksonException e) {
        if (e instanceof UnexpectedEndOfInputException eof
                && (eof.getTokenBeingDecoded() == JsonToken.VALUE_STRING
                        || eof.getTokenBeingDecoded() == JsonToken.PROPERTY_NAME)) {
            return "'\"' to close a string";
        }
        TokenStreamContext context = parser.streamReadContext();
        if (context.inObject()) {
            return "'}' to close an object";
        }
        if (context.inArray()) {
            return "']' to close an array";
        }
        return "a " + syntax.label + " value";
    }

    private SourcePosition position(@Nullable TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return oneLine ? new SourcePosition(path, lineOffset + 1, 1) : SourcePosition.of(path);
        }
        return new SourcePosition(path, lineOffset + location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    private static EvidenceException cannotRead(String path, JacksonException e) {
        return EvidenceException.unreadable(path, e.getOriginalMessage(), e);
    }

    /**
     * The bytes of a YAML export, which fail once the parser reads more than {@link ValueLimits#MAX_TOKEN_BYTES} of
     * them for one token: the YAML parser builds a scalar whole before Jackson's length limit sees it, so without
     * this bound a value of gigabytes would be held in memory before it is refused.
     */
    private static final class TokenBytes extends FilterInputStream {

        /** What the parser has read for one token past the bound. */
        static final class TooMany extends IOException {
            TooMany() {
                super("more than " + ValueLimits.MAX_TOKEN_BYTES + " bytes for one token");
            }
        }

        private long read;

        TokenBytes(InputStream in) {
            super(in);
        }

        /** The parser starts on the next token. */
        void nextToken() {
            read = 0;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            counted(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            counted(Math.max(n, 0));
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long n) throws TooMany {
            read += n;
            if (read > ValueLimits.MAX_TOKEN_BYTES) {
                throw new TooMany();
            }
        }
    }
}
