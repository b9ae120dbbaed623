package io.github.soc2kit.core.assess;

/** The outcome of one control's checks, worst first. */
public enum ControlStatus {
    /** Deviations above the tolerable rate, or required evidence entirely absent. */
    DEVIATION("deviation"),
    /** Deviations within the tolerable rate, or deviations covered by documented exceptions. */
    EXCEPTIONS_NOTED("exceptions noted"),
    /** Tested by people (manual) or its evidence could not be read: soc2kit cannot say. */
    NOT_TESTED("not tested"),
    /** Every record met the policy. */
    EFFECTIVE("effective");

    private final String label;

    ControlStatus(String label) {
        this.label = label;
    }

    /** Lower-case words for reports, for example "exceptions noted". */
    public String label() {
        return label;
    }
}
