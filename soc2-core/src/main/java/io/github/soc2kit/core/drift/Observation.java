package io.github.soc2kit.core.drift;

import io.github.soc2kit.core.model.Control;
import java.util.List;

/** What the drift check of one control saw, for the judge to turn into a status and findings. */
public sealed interface Observation {

    Control control();

    /** soc2kit does not test the control: its test is manual, or its policy does not exist. */
    record Untested(Control control) implements Observation {}

    /** Sources the test reads have no file; each reason names one, in source id order. */
    record Missing(Control control, List<String> reasons) implements Observation {
        public Missing {
            reasons = List.copyOf(reasons);
        }
    }

    /** The check could not judge the evidence, for the reason given. */
    record Failed(Control control, String reason) implements Observation {}

    /** What the check tested and what deviated. */
    record Observed(Control control, Outcome outcome) implements Observation {}
}
