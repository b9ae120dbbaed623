package io.github.soc2kit.core.load;

import io.github.soc2kit.core.diag.SourcePosition;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A parsed YAML file: its tree, and the position of every node recorded from the parser's token
 * locations while it was read.
 *
 * @param path repo-relative path with '/'
 * @param root the document's root node
 * @param values JSON pointer to the position of the value at that pointer
 * @param keys JSON pointer to the position of the key that introduces the value at that pointer
 */
public record YamlDocument(String path, JsonNode root, Map<String, SourcePosition> values, Map<String, SourcePosition> keys) {

    public YamlDocument {
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

    static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    /** Escapes one JSON pointer reference token (RFC 6901). */
    public static String token(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
