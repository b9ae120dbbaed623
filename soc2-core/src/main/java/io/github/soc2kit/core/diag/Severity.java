package io.github.soc2kit.core.diag;

import java.util.Locale;

/** How much a finding matters. */
public enum Severity {
    ERROR,
    WARNING,
    NOTE;

    /** The lower-case word used in printed findings: {@code error}, {@code warning}, {@code note}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
