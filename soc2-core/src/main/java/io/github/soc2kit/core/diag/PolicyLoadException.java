package io.github.soc2kit.core.diag;

/** A repository file or folder could not be read at all (missing, unreadable). */
public final class PolicyLoadException extends Soc2Exception {

    private final SourcePosition at;

    public PolicyLoadException(SourcePosition at, String message, Throwable cause) {
        super(message, cause);
        this.at = at;
    }

    public PolicyLoadException(SourcePosition at, String message) {
        super(message);
        this.at = at;
    }

    public SourcePosition at() {
        return at;
    }
}
