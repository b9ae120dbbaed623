package io.github.soc2kit.core.diag;

/**
 * A repository file or folder could not be read at all (missing, unreadable), or cannot be used at all (a policy
 * whose text would grow past the render's limit once its parameter values are substituted).
 */
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
