package io.github.soc2kit.core.api;

import io.github.soc2kit.core.diag.InvalidConfigurationException;
import java.util.Locale;

/** When {@code soc2:verify} fails the build. */
public enum FailOn {
    /** Any control in deviation. */
    DEVIATION,
    /** A projected qualified or adverse opinion. */
    QUALIFIED,
    /** Never for drift (validation errors still fail). */
    NEVER;

    /** Parses {@code deviation}, {@code qualified} or {@code never}. */
    public static FailOn parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(
                    "failOn", "unknown value '" + value + "'; expected deviation, qualified or never");
        }
    }
}
