package io.github.soc2kit.core.model;

import java.util.Locale;

/** The paper size of the policy PDF, set in soc2.yaml as {@code pdf: { paper: a4 }} (the default) or {@code letter}. */
public enum Paper {
    A4,
    LETTER;

    /** As written in YAML: {@code a4} or {@code letter}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The paper written as {@code label}; A4 for anything else (the schema reports a wrong value). */
    public static Paper of(String label) {
        return label.equals(LETTER.label()) ? LETTER : A4;
    }
}
