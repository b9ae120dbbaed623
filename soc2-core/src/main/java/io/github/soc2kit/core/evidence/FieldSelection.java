package io.github.soc2kit.core.evidence;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
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

    /** The selected names, each with what to read inside it; null to read the value whole. */
    private final Map<String, @Nullable FieldSelection> fields = new HashMap<>();

    private FieldSelection() {}

    /** The selection of the fields at {@code paths} (dotted). */
    public static FieldSelection of(Collection<String> paths) {
        FieldSelection selection = new FieldSelection();
        for (String path : paths) {
            selection.fields.put(path, null);
            selection.add(path.split("\\.", -1), 0);
        }
        return selection;
    }

    private void add(String[] parts, int from) {
        String name = parts[from];
        if (from == parts.length - 1) {
            fields.put(name, null);
            return;
        }
        if (fields.containsKey(name) && fields.get(name) == null) {
            return; // read whole already
        }
        fields.computeIfAbsent(name, n -> new FieldSelection()).add(parts, from + 1);
    }

    /** Whether the field {@code name} is read. */
    public boolean selects(String name) {
        return fields.containsKey(name);
    }

    /** What to read inside the field {@code name}: null for all of it. */
    public @Nullable FieldSelection inside(String name) {
        return fields.get(name);
    }
}
