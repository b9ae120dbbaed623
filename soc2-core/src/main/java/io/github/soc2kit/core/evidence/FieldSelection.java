package io.github.soc2kit.core.evidence;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a record that anything reads: the checks' conditions and named fields, the source's mapping and the
 * adapter itself. A reader converts only those and skips the values of the others token by token, keeping their
 * names (so that hints about a missing field still list every field the record has); a large export whose records
 * are mostly other data (a GitHub pull request holds two whole repository objects) is read at close to the speed of
 * its bytes. A path such as {@code base.repo.name} selects the nested field and, for CSV-like names, a field with
 * exactly that name; a selected field is read whole.
 */
public final class FieldSelection {

    /** Every field, each read whole. */
    public static final FieldSelection ALL = new FieldSelection(null);

    /** The selected names, each with what to read inside it ({@link #ALL} to read it whole); null for every name. */
    private final @Nullable Map<String, FieldSelection> fields;

    private FieldSelection(@Nullable Map<String, FieldSelection> fields) {
        this.fields = fields;
    }

    /** The selection of the fields at {@code paths} (dotted). */
    public static FieldSelection of(Collection<String> paths) {
        FieldSelection selection = new FieldSelection(new HashMap<>());
        for (String path : paths) {
            selection.selected().put(path, ALL);
            selection.add(path.split("\\.", -1), 0);
        }
        return selection;
    }

    private void add(String[] parts, int from) {
        String name = parts[from];
        if (from == parts.length - 1) {
            selected().put(name, ALL);
        } else if (inside(name) != ALL) { // else read whole already
            selected()
                    .computeIfAbsent(name, n -> new FieldSelection(new HashMap<>()))
                    .add(parts, from + 1);
        }
    }

    private Map<String, FieldSelection> selected() {
        return Objects.requireNonNull(fields, "ALL selects every field already");
    }

    /**
     * What to read inside the field {@code name}: {@link #ALL} to read it whole, null when it is not read. One lookup
     * answers both, since a record's every field asks.
     */
    public @Nullable FieldSelection inside(String name) {
        return fields == null ? ALL : fields.get(name);
    }
}
