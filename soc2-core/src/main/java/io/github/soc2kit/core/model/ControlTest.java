package io.github.soc2kit.core.model;

import java.util.List;

/**
 * The test block of a control.
 *
 * @param kind manual, periodic, population, timeliness, reconciliation, continuity or config
 * @param sources every evidence source the test reads, with the pointer (relative to the control) where it is named
 * @param expressions every CEL expression of the test, with its pointer
 */
public record ControlTest(String kind, List<Ref> sources, List<Ref> expressions) {

    public ControlTest {
        sources = List.copyOf(sources);
        expressions = List.copyOf(expressions);
    }

    /** A value of the test and where it is written, relative to the control, for example {@code test/trigger/source}. */
    public record Ref(String value, String pointer) { }
}
