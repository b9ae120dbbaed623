package io.github.soc2kit.core.evidence;

import io.github.soc2kit.core.diag.Soc2Exception;
import io.github.soc2kit.core.diag.SourcePosition;
import org.jspecify.annotations.Nullable;

/**
 * An evidence export is malformed, truncated, or lacks a field its format needs. The verifier reports it as a
 * finding at {@link #at()} and treats the source as unusable: its controls are not tested, never passed.
 */
public final class EvidenceException extends Soc2Exception {

    private final SourcePosition at;
    private final @Nullable String hint;

    public EvidenceException(SourcePosition at, String message, @Nullable String hint) {
        super(message);
        this.at = at;
        this.hint = hint;
    }

    public EvidenceException(SourcePosition at, String message, @Nullable String hint, Throwable cause) {
        super(message, cause);
        this.at = at;
        this.hint = hint;
    }

    /** An evidence file that could not be read to its end, for {@code reason} (the I/O or parser message). */
    public static EvidenceException unreadable(String path, @Nullable String reason, Throwable cause) {
        return new EvidenceException(
                SourcePosition.of(path),
                "cannot read evidence file '" + path + "': " + reason,
                "check that the file is readable",
                cause);
    }

    /** The file, and the line and column of the bad record where known. */
    public SourcePosition at() {
        return at;
    }

    public @Nullable String hint() {
        return hint;
    }
}
