package io.github.soc2kit.core.model;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The risk a control addresses, highest first; it sets the tolerable deviation rate. */
public enum Risk {
    HIGH(0.02),
    MODERATE(0.05),
    LOW(0.10);

    private final double defaultTolerableRate;

    Risk(double defaultTolerableRate) {
        this.defaultTolerableRate = defaultTolerableRate;
    }

    /** The tolerable deviation rate when soc2.yaml sets none for this risk. */
    public double defaultTolerableRate() {
        return defaultTolerableRate;
    }

    /** As written in YAML: {@code high}, {@code moderate}, {@code low}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The risk written as {@code label}; null for anything else. */
    public static @Nullable Risk of(String label) {
        for (Risk risk : values()) {
            if (risk.label().equals(label)) {
                return risk;
            }
        }
        return null;
    }
}
