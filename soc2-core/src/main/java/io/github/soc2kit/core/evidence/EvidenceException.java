package io.github.soc2kit.core.evidence;

import io.github.soc2kit.core.diag.Soc2Exception;
import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.diag.Wording;
import java.io.CharConversionException;
import org.jspecify.annotations.Nullable;

/**
 * An evidence export is malformed, truncated, or lacks a field its format needs. The verifier reports it as a
 * finding at {@link #at()} and treats the source as unusable: its controls are not tested, never passed.
 */
public final class EvidenceException extends Soc2Exception {

    /** The hint for a file that holds a byte that is no UTF-8, in any format. */
    public static final String SAVE_AS_UTF_8 = "export or save the file again as UTF-8";

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

    /**
     * An evidence file that could not be read to its end, for {@code reason} (the I/O or parser message); one that holds
     * a byte that is no UTF-8 ({@code cause} is, or was caused by, a {@link CharConversionException}) says so.
     */
    public static EvidenceException unreadable(String path, @Nullable String reason, Throwable cause) {
        CharConversionException notUtf8 = notUtf8(cause);
        if (notUtf8 != null) {
            String detail = notUtf8.getMessage() == null
                    ? "a byte is no UTF-8"
                    : Wording.lowerFirst(notUtf8.getMessage().replaceFirst(": check content encoding.*", ""));
            return new EvidenceException(
                    SourcePosition.of(path), "'" + path + "' is not UTF-8 text: " + detail, SAVE_AS_UTF_8, cause);
        }
        return new EvidenceException(
                SourcePosition.of(path),
                "cannot read evidence file '" + path + "': " + reason,
                "check that the file is readable",
                cause);
    }

    /** The {@link CharConversionException} that {@code e} is or was caused by, else null. */
    public static @Nullable CharConversionException notUtf8(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharConversionException notUtf8) {
                return notUtf8;
            }
        }
        return null;
    }

    /** The file, and the line and column of the bad record where known. */
    public SourcePosition at() {
        return at;
    }

    public @Nullable String hint() {
        return hint;
    }
}
