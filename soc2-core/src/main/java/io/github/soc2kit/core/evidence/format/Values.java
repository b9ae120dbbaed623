package io.github.soc2kit.core.evidence.format;

import io.github.soc2kit.core.diag.Wording;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Helpers for the plain values of a record: String, Long, Double, Boolean, List, Map or null. */
public final class Values {

    /** What {@link #find} returns for a field that the record does not have (as opposed to a null value). */
    public static final Object MISSING = new Object();

    private static final int MAX_LISTED = 25;

    private static final int MAX_PATHS = 10_000;
    private static final Map<String, String[]> PARTS = new ConcurrentHashMap<>();

    private Values() {}

    /**
     * The value at a dotted path such as {@code user.login}: first a field with exactly that name (CSV headers may
     * contain dots), else the nested value. A null on the way yields null; a missing field yields {@link #MISSING}.
     */
    public static @Nullable Object find(Map<String, @Nullable Object> fields, String path) {
        Object whole = fields.getOrDefault(path, MISSING);
        if (whole != MISSING || path.indexOf('.') < 0) {
            return whole;
        }
        Object current = fields;
        for (String part : parts(path)) {
            if (current == null) {
                return null;
            }
            if (!(current instanceof Map<?, ?> map)) {
                return MISSING;
            }
            current = map.get(part);
            if (current == null && !map.containsKey(part)) {
                return MISSING;
            }
        }
        return current;
    }

    /**
     * The names of a dotted path, split once for all records: the paths come from the code and the repository's
     * configuration, so there are few, and the names keep their hash codes from one record to the next.
     */
    private static String[] parts(String path) {
        String[] parts = PARTS.get(path);
        if (parts == null) {
            parts = path.split("\\.", -1);
            if (PARTS.size() < MAX_PATHS) {
                PARTS.put(path, parts);
            }
        }
        return parts;
    }

    /** A value as text for keys, timestamps and identities; null stays null. */
    public static @Nullable String text(@Nullable Object value) {
        return value == null || value == MISSING ? null : value.toString();
    }

    public static @Nullable String lower(@Nullable String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    /** The file name of a repo-relative path without its directory and extension. */
    public static String baseName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** How a value is described in messages: "a string", "an object", ... */
    public static String kind(@Nullable Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof List<?>) {
            return "an array";
        }
        return "an object";
    }

    /** Names quoted and comma-separated for hints, shortened after {@value #MAX_LISTED}. */
    public static String quoted(Collection<String> names) {
        String listed = names.stream()
                .limit(MAX_LISTED)
                .map(n -> "'" + Wording.clipped(n) + "'")
                .collect(Collectors.joining(", "));
        return names.size() > MAX_LISTED ? listed + ", ..." : listed;
    }
}
