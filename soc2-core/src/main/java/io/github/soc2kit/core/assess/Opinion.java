package io.github.soc2kit.core.assess;

/** The projected auditor's opinion: an estimate from the evidence, never the auditor's own. */
public enum Opinion {
    UNQUALIFIED("unqualified"),
    QUALIFIED_RISK("qualified risk"),
    ADVERSE_RISK("adverse risk");

    private final String label;

    Opinion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
