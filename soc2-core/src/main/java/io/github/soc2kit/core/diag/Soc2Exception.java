package io.github.soc2kit.core.diag;

import org.jspecify.annotations.Nullable;

/** Thrown only when soc2kit cannot produce a report at all; findings are returned, never thrown. */
public abstract class Soc2Exception extends RuntimeException {

    protected Soc2Exception(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    protected Soc2Exception(String message) {
        super(message);
    }
}
