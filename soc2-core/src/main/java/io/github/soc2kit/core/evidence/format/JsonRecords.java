package io.github.soc2kit.core.evidence.format;

import io.github.soc2kit.core.evidence.EvidenceException;
import io.github.soc2kit.core.evidence.FieldSelection;
import io.github.soc2kit.core.evidence.ReadContext;
import io.github.soc2kit.core.evidence.format.TokenReader.Syntax;
import io.github.soc2kit.core.model.EvidenceSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;

/**
 * Streams the records of JSON and YAML files: the elements of the array at the source's {@code records} JSON
 * pointer, one at a time. Everything else in the document is skipped token by token, never held.
 */
public final class JsonRecords {

    /**
     * The largest file read whole ahead of its parsing; larger ones are opened when they are parsed. A few batches of
     * {@value ReadAhead#BATCH} files wait at a time, so the files read ahead hold a few megabytes at most.
     */
    private static final int READ_AHEAD_BYTES = 32 * 1024;

    private JsonRecords() {}

    /** Streams every file of {@code source}; see {@link #readFile}. */
    public static void read(
            ReadContext context,
            EvidenceSource source,
            Syntax syntax,
            String defaultPointer,
            Consumer<RawRecord> sink) {
        read(context, source, syntax, defaultPointer, sink, file -> {});
    }

    /**
     * Streams every file of {@code source}, telling {@code read} of each file once its last record is in
     * {@code sink}; see {@link #readFile}.
     */
    public static void read(
            ReadContext context,
            EvidenceSource source,
            Syntax syntax,
            String defaultPointer,
            Consumer<RawRecord> sink,
            Consumer<Path> read) {
        List<Path> files = context.files(source);
        Shapes shapes = new Shapes(); // the files are parsed on this thread, one after the other
        if (files.size() < 2) {
            for (Path file : files) {
                readFile(context, file, source, syntax, defaultPointer, shapes, sink);
                read.accept(file);
            }
            return;
        }
        // many files, such as a review file per pull request: the next ones are read while one is parsed
        ReadAhead.<Path>read(
                "the files of evidence source '" + source.id() + "'",
                ahead -> files.forEach(file -> {
                    context.readAhead(file, READ_AHEAD_BYTES);
                    ahead.accept(file);
                }),
                file -> {
                    readFile(context, file, source, syntax, defaultPointer, shapes, sink);
                    read.accept(file);
                });
    }

    /**
     * Streams the records of one file: the array at {@code records} when the source sets it; else the document when
     * it is an array; else the array at {@code defaultPointer} (an adapter's default, or "" for none). The objects
     * share {@code shapes} with the other files that this thread reads.
     */
    public static void readFile(
            ReadContext context,
            Path file,
            EvidenceSource source,
            Syntax syntax,
            String defaultPointer,
            Shapes shapes,
            Consumer<RawRecord> sink) {
        if (source.recordPerFile()) {
            readRecord(context, file, source, syntax, shapes, sink);
            return;
        }
        try (TokenReader in = TokenReader.open(context, file, syntax, shapes)) {
            JsonToken first = in.first("an array of records");
            String pointer = !source.records().isEmpty()
                    ? source.records()
                    : first == JsonToken.START_ARRAY ? "" : defaultPointer;
            seek(in, source, pointer);
            FieldSelection selection = context.selection(source);
            int last = in.records(0, selection, sink);
            if (pointer.isEmpty() && syntax == Syntax.JSON) {
                in.pages(last, selection, sink);
            } else {
                in.finish();
            }
        }
    }

    /** Reads a file whose document is one record, as a source with {@code one_record_per_file} has them. */
    private static void readRecord(
            ReadContext context,
            Path file,
            EvidenceSource source,
            Syntax syntax,
            Shapes shapes,
            Consumer<RawRecord> sink) {
        try (TokenReader in = TokenReader.open(context, file, syntax, shapes)) {
            JsonToken first = in.first("one record, an object of fields");
            if (first != JsonToken.START_OBJECT) {
                throw new EvidenceException(
                        in.position(),
                        "the document is " + in.kind() + ", not one record",
                        "each file of source '" + source.id() + "' holds one object, as 'one_record_per_file' says;"
                                + " remove 'one_record_per_file' for files that hold arrays of records");
            }
            var at = in.position();
            sink.accept(new RawRecord(in.path(), 1, at, in.record(1, context.selection(source))));
            in.finish();
        }
    }

    /** Moves from the document's root to the array at {@code pointer}. */
    private static void seek(TokenReader in, EvidenceSource source, String pointer) {
        String fix = source.records().isEmpty()
                ? "set 'records' of source '" + source.id() + "' in "
                        + source.origin().path() + " to the JSON pointer of the array of records, for example '/items'"
                : Sources.fix(source, "records");
        JsonPointer rest = compile(source, pointer);
        String walked = "";
        while (!rest.matches()) {
            String step = rest.getMatchingProperty();
            if (in.current() == JsonToken.START_OBJECT) {
                enterProperty(in, pointer, walked, step, fix);
            } else if (in.current() == JsonToken.START_ARRAY && rest.getMatchingIndex() >= 0) {
                enterElement(in, pointer, walked, rest.getMatchingIndex(), fix);
            } else {
                throw new EvidenceException(
                        in.position(),
                        "no array of records at '" + pointer + "': " + describe(walked) + " is " + in.kind(),
                        fix);
            }
            walked = walked + "/" + step;
            rest = rest.tail();
        }
        if (in.current() != JsonToken.START_ARRAY) {
            throw new EvidenceException(
                    in.position(), describe(pointer) + " is " + in.kind() + ", not an array of records", fix);
        }
    }

    private static void enterProperty(TokenReader in, String pointer, String walked, String name, String fix) {
        var at = in.position();
        List<String> seen = new ArrayList<>();
        while (in.next() == JsonToken.PROPERTY_NAME) {
            String property = in.name();
            in.next();
            if (property.equals(name)) {
                return;
            }
            seen.add(property);
            in.skip();
        }
        throw new EvidenceException(
                at,
                "no array of records at '" + pointer + "': " + describe(walked) + " has no field '" + name + "'",
                (seen.isEmpty() ? "it has no fields" : "it has the fields " + Values.quoted(seen)) + "; " + fix);
    }

    private static void enterElement(TokenReader in, String pointer, String walked, int index, String fix) {
        var at = in.position();
        for (int i = 0; i <= index; i++) {
            if (in.next() == JsonToken.END_ARRAY) {
                throw new EvidenceException(
                        at,
                        "no array of records at '" + pointer + "': " + describe(walked) + " has " + i
                                + (i == 1 ? " element" : " elements"),
                        fix);
            }
            if (i < index) {
                in.skip();
            }
        }
    }

    private static JsonPointer compile(EvidenceSource source, String pointer) {
        try {
            return JsonPointer.compile(pointer);
        } catch (IllegalArgumentException e) {
            throw new EvidenceException(
                    source.origin().at("records"),
                    "'" + pointer + "' is not a JSON pointer",
                    "write 'records' as '/' followed by field names, for example '/items'",
                    e);
        }
    }

    private static String describe(String pointer) {
        return pointer.isEmpty() ? "the document" : "'" + pointer + "'";
    }
}
