package io.github.soc2kit.core.evidence.format;

import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.diag.Wording;
import io.github.soc2kit.core.evidence.EvidenceException;
import io.github.soc2kit.core.expr.Dates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A record as parsed from a file, before its key, timestamp and identity are chosen. Adapters convert values and
 * add derived fields to {@link #fields()}, which is mutable until {@link RecordMapper} turns the record into an
 * {@link EvidenceRecord}.
 *
 * @param file repo-relative path of the file
 * @param ordinal 1-based position of the record in its file
 * @param at where the record starts
 * @param fields the record's values, in file order, then the derived ones
 * @param derived the names of the fields an adapter derived, in the order it derived them
 */
public record RawRecord(
        String file, int ordinal, SourcePosition at, Map<String, @Nullable Object> fields, List<String> derived) {

    public RawRecord(String file, int ordinal, SourcePosition at, Map<String, @Nullable Object> fields) {
        this(file, ordinal, at, fields, new ArrayList<>());
    }

    /** How messages name the record: {@code record 3 of 'evidence/aws/backup-jobs.csv'}. */
    public String name() {
        return "record " + ordinal + " of '" + file + "'";
    }

    /** An error at this record; {@code problem} continues the record's name, as in "has no field 'x'". */
    public EvidenceException error(String problem, @Nullable String hint) {
        return new EvidenceException(at, name() + " " + problem, hint);
    }

    /** The value at a dotted path, or {@link Values#MISSING}. */
    @Nullable Object find(String path) {
        return Values.find(fields, path);
    }

    /** The value at a dotted path as text; null when it is null or missing. */
    public @Nullable String text(String path) {
        return Values.text(find(path));
    }

    /**
     * The value at a dotted path, which must exist (it may be null).
     *
     * @param fix the second half of the hint, made when the field is missing: how to correct the configuration or the
     *     export
     */
    public @Nullable Object require(String path, Supplier<String> fix) {
        Object value = find(path);
        if (value == Values.MISSING) {
            throw error("has no field '" + path + "'", present(path) + "; " + fix.get());
        }
        return value;
    }

    /**
     * Checks that the record has each field of {@code paths}, which every record of a real export of {@code format}
     * has (its value may be null).
     *
     * @throws EvidenceException at the record, naming the first field it lacks
     */
    public void requireAll(String format, List<String> paths) {
        Supplier<String> fix = () -> "the format '" + format + "' always has it: check that the file is such an export,"
                + " and export it again";
        for (int i = 0; i < paths.size(); i++) { // no iterator, no hint for each record: they have the fields
            require(paths.get(i), fix);
        }
    }

    /**
     * The ISO-8601 date and time at a dotted path, or null when it is null or missing.
     *
     * @throws EvidenceException when the value is not a date and time with an offset
     */
    public @Nullable Instant instant(String path) {
        String text = text(path);
        if (text == null) {
            return null;
        }
        Instant instant = Dates.instant(text);
        if (instant == null) {
            throw error(
                    "has '" + Wording.clipped(text) + "' in '" + path
                            + "', expected an ISO-8601 date and time such as '2025-03-04T17:22:09Z'",
                    "export the file again; this field holds a date and time with an offset");
        }
        return instant;
    }

    /** Replaces the value of a field, for example with its conversion to Boolean. */
    public void put(String name, @Nullable Object value) {
        fields.put(name, value);
    }

    /** Adds a field that the adapter derived; hints about missing fields do not list it. */
    public void derive(String name, @Nullable Object value) {
        fields.put(name, value);
        derived.add(name);
    }

    /** What the record does have where {@code path} fails, for the hint of a missing field. */
    private String present(String path) {
        String[] parts = path.split("\\.", -1);
        Map<?, ?> map = new LinkedHashMap<>(fields);
        map.keySet().removeAll(derived);
        String owner = "the record";
        for (int i = 0; i < parts.length - 1 && map.containsKey(parts[i]); i++) {
            String prefix = String.join(".", Arrays.copyOfRange(parts, 0, i + 1));
            Object next = map.get(parts[i]);
            if (!(next instanceof Map<?, ?> nested)) {
                return "'" + prefix + "' is " + Values.kind(next) + ", not an object";
            }
            map = nested;
            owner = "'" + prefix + "'";
        }
        if (map.isEmpty()) {
            return owner + " has no fields";
        }
        return owner + " has the fields "
                + Values.quoted(map.keySet().stream().map(String::valueOf).toList());
    }
}
