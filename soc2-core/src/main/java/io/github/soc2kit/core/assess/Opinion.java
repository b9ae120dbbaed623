package io.github.soc2kit.core.assess;

/** The projected auditor's opinion: an estimate from the evidence, never the auditor's own. */
public enum Opinion {
    UNQUALIFIED("unqualified"),
    QUALIFIED_RISK("qualified risk"),
    ADVERSE_RISK("adverse risk"),
    /** Nothing was tested: no controls, or none with evidence soc2kit could judge. */
    NOT_ASSESSABLE("not assessable");

    private final String label;

    Opinion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
