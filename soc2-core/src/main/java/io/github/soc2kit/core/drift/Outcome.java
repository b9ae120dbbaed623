package io.github.soc2kit.core.drift;

import java.util.List;

/**
 * What a check tested and what failed, as of the run's as-of date.
 *
 * @param population how many records, periods, triggers or days were judged
 * @param unit what the population counts, plural ("records", "quarters", "triggers", "days")
 * @param open how many are not yet judged: occurrences due or upcoming, triggers whose limit has not elapsed
 * @param projected the population expected by the end of the period at the volume seen up to the as-of date
 * @param occurrences each period of a periodic test with its status; empty for the other kinds
 * @param unlisted deviations of one unit each that the check counted but did not list: those past the first it
 *     lists, so that memory stays bounded whatever an export holds
 */
public record Outcome(
        long population,
        String unit,
        List<Deviation> deviations,
        long open,
        long projected,
        List<Occurrence> occurrences,
        long unlisted) {

    public Outcome {
        deviations = List.copyOf(deviations);
        occurrences = List.copyOf(occurrences);
    }

    /** An outcome whose deviations are all listed. */
    public Outcome(
            long population,
            String unit,
            List<Deviation> deviations,
            long open,
            long projected,
            List<Occurrence> occurrences) {
        this(population, unit, deviations, open, projected, occurrences, 0);
    }

    /** An outcome with nothing still open, whose population is final. */
    public Outcome(long population, String unit, List<Deviation> deviations) {
        this(population, unit, deviations, 0, population, List.of());
    }
}
