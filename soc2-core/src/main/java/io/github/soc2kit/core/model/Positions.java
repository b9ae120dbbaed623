package io.github.soc2kit.core.model;

import io.github.soc2kit.core.diag.SourcePosition;
import java.util.Map;

/**
 * Where the values and keys of one file were written, by JSON pointer, as recorded from the parser's token
 * locations while the file was read. It holds no parser type: the model points into a file through this alone.
 *
 * @param path repo-relative path with '/'
 * @param values JSON pointer to the position of the value at that pointer
 * @param keys JSON pointer to the position of the key that introduces the value at that pointer
 */
public record Positions(String path, Map<String, SourcePosition> values, Map<String, SourcePosition> keys) {

    public Positions {
        values = Map.copyOf(values);
        keys = Map.copyOf(keys);
    }

    /** Position of the value at {@code pointer}, or of its nearest ancestor that has one. */
    public SourcePosition at(String pointer) {
        for (String p = pointer; ; p = parent(p)) {
            SourcePosition found = values.get(p);
            if (found != null) {
                return found;
            }
            if (p.isEmpty()) {
                return SourcePosition.of(path);
            }
        }
    }

    /** Position of the key of the property at {@code pointer} (for example '/owner'), else of its value. */
    public SourcePosition keyAt(String pointer) {
        SourcePosition found = keys.get(pointer);
        return found != null ? found : at(pointer);
    }

    private static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }
}
