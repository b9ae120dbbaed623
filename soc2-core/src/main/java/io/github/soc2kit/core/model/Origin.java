package io.github.soc2kit.core.model;

import io.github.soc2kit.core.diag.SourcePosition;

/** Where a model object was written: the positions of its file and the JSON pointer of its node there. */
public record Origin(Positions positions, String pointer) {

    /** The file's repo-relative path. */
    public String path() {
        return positions.path();
    }

    /** Position of the object itself. */
    public SourcePosition at() {
        return positions.at(pointer);
    }

    /** Position of a value inside the object, for example {@code at("owner")} or {@code at("criteria/2")}. */
    public SourcePosition at(String relative) {
        return positions.at(pointer + "/" + relative);
    }

    /** Position of the key of a property of the object, for example {@code keyAt("test")}, else of its value. */
    public SourcePosition keyAt(String relative) {
        return positions.keyAt(pointer + "/" + relative);
    }
}
