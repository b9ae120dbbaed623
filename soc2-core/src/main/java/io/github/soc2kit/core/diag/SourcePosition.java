package io.github.soc2kit.core.diag;

import java.util.Comparator;

/** A place in a repository file: repo-relative path with '/', 1-based line and column (0 = unknown). */
public record SourcePosition(String path, int line, int column) implements Comparable<SourcePosition> {

    private static final Comparator<SourcePosition> ORDER = Comparator.comparing(SourcePosition::path)
            .thenComparingInt(SourcePosition::line)
            .thenComparingInt(SourcePosition::column);

    public SourcePosition {
        if (path.isEmpty() || path.contains("\\")) {
            throw new IllegalArgumentException("path must be repo-relative with '/': " + path);
        }
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, 0 for unknown");
        }
    }

    /** The whole file, when no line is known. */
    public static SourcePosition of(String path) {
        return new SourcePosition(path, 0, 0);
    }

    @Override
    public int compareTo(SourcePosition other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return line == 0 ? path : path + ":" + line + ":" + column;
    }
}
