package io.github.soc2kit.core.drift;

import java.util.List;

/**
 * What a check tested and what failed.
 *
 * @param unit what the population counts, plural ("records", "quarters", "triggers", "days")
 */
public record Outcome(long population, String unit, List<Deviation> deviations) {
    public Outcome {
        deviations = List.copyOf(deviations);
    }
}
