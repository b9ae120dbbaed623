package io.github.soc2kit.core.load;

import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.model.Positions;
import tools.jackson.databind.JsonNode;

/**
 * A parsed YAML file: its tree, and the position of every node recorded from the parser's token locations while it
 * was read. The tree stays in this package; the model sees only the positions.
 *
 * @param root the document's root node
 * @param positions the file's path and the positions of its values and keys
 */
public record YamlDocument(JsonNode root, Positions positions) {

    /** The file's repo-relative path with '/'. */
    public String path() {
        return positions.path();
    }

    /** Position of the value at {@code pointer}, or of its nearest ancestor that has one. */
    public SourcePosition at(String pointer) {
        return positions.at(pointer);
    }

    /** Position of the key of the property at {@code pointer} (for example '/owner'), else of its value. */
    public SourcePosition keyAt(String pointer) {
        return positions.keyAt(pointer);
    }

    /** Escapes one JSON pointer reference token (RFC 6901). */
    public static String token(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
