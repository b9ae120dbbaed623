package io.github.soc2kit.core.assess;

import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.drift.Occurrence;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What the checks found for one control, as of the run's as-of date.
 *
 * @param at the control's position (its file, line of {@code id})
 * @param kind the test kind, for example {@code population}; {@code manual} when untested by soc2kit
 * @param population how many records (or periods, triggers) were tested
 * @param deviations how many of them failed the policy and are not covered by a valid exception
 * @param exceptions how many failed but are covered by a valid documented exception
 * @param tolerableRate the highest deviation rate still judged effective: the control's own, else its risk's
 * @param deviationKeys identifiers of the deviating records (pull request numbers, emails, periods), sorted; past
 *     10,000 deviations of a population or config test, the first 10,000 read (and those that exceptions name)
 * @param exceptionKeys identifiers of the records covered by exceptions, sorted
 * @param summary one plain sentence, for example "3 of 412 merged changes lacked 2 independent approvals"
 * @param open how many are not judged yet: occurrences due or upcoming, triggers whose limit has not elapsed
 * @param projected the population expected by the end of the period at the volume seen so far
 * @param occurrences each period of a periodic control with its status; empty for the other kinds
 * @param links the web page of each deviating or excepted record whose export says where it lives (a pull request's
 *     or an incident's {@code html_url}), by its key
 * @param unlistedDeviations deviating records counted in {@code deviations} but not in {@code deviationKeys}
 */
public record ControlResult(
        String id,
        String title,
        String owner,
        String risk,
        String kind,
        SourcePosition at,
        long population,
        long deviations,
        long exceptions,
        double tolerableRate,
        ControlStatus status,
        List<String> deviationKeys,
        List<String> exceptionKeys,
        String summary,
        long open,
        long projected,
        List<Occurrence> occurrences,
        Map<String, String> links,
        long unlistedDeviations) {

    public ControlResult {
        deviationKeys = List.copyOf(deviationKeys);
        exceptionKeys = List.copyOf(exceptionKeys);
        occurrences = List.copyOf(occurrences);
        links = Map.copyOf(links);
    }

    /** Deviations divided by population, 0 for an empty population. */
    public double deviationRate() {
        return population == 0 ? 0 : (double) deviations / population;
    }

    /**
     * How many more deviations the control can absorb by the end of the period and stay within its tolerable rate,
     * at the projected population; negative when the period can no longer end within it, however clean the rest.
     */
    public long headroom() {
        return (long) Math.floor(tolerableRate * projected + 1e-9) - deviations;
    }

    /** Controls in deviation first, then by falling deviation rate, then by id. */
    public static Comparator<ControlResult> worstFirst() {
        return Comparator.comparing(ControlResult::status)
                .thenComparing(
                        Comparator.comparingDouble(ControlResult::deviationRate).reversed())
                .thenComparing(ControlResult::id);
    }
}
