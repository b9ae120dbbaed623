package io.github.soc2kit.core.api;

/** Progress from the engine; the Maven plugin wires it to the build log, a CLI to stderr. */
public interface Soc2Listener {

    /** A silent listener. */
    Soc2Listener NONE = message -> {};

    void info(String message);
}
