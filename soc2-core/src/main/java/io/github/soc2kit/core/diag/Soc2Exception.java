package io.github.soc2kit.core.diag;

/** Thrown only when soc2kit cannot produce a report at all; findings are returned, never thrown. */
public abstract class Soc2Exception extends RuntimeException {

    protected Soc2Exception(String message, Throwable cause) {
        super(message, cause);
    }

    protected Soc2Exception(String message) {
        super(message);
    }
}
