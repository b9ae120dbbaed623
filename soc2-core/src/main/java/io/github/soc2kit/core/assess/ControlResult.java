package io.github.soc2kit.core.assess;

import io.github.soc2kit.core.diag.SourcePosition;
import java.util.Comparator;
import java.util.List;

/**
 * What the checks found for one control.
 *
 * @param at the control's position (its file, line of {@code id})
 * @param kind the test kind, for example {@code population}; {@code manual} when untested by soc2kit
 * @param population how many records (or periods, triggers) were tested
 * @param deviations how many of them failed the policy and are not covered by a valid exception
 * @param exceptions how many failed but are covered by a valid documented exception
 * @param tolerableRate the highest deviation rate still judged effective, from the control's risk
 * @param deviationKeys identifiers of the deviating records (pull request numbers, emails, periods), sorted
 * @param exceptionKeys identifiers of the records covered by exceptions, sorted
 * @param summary one plain sentence, for example "3 of 412 merged changes lacked 2 independent approvals"
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
        String summary) {

    public ControlResult {
        deviationKeys = List.copyOf(deviationKeys);
        exceptionKeys = List.copyOf(exceptionKeys);
    }

    /** Deviations divided by population, 0 for an empty population. */
    public double deviationRate() {
        return population == 0 ? 0 : (double) deviations / population;
    }

    /** Controls in deviation first, then by falling deviation rate, then by id. */
    public static Comparator<ControlResult> worstFirst() {
        return Comparator.comparing(ControlResult::status)
                .thenComparing(
                        Comparator.comparingDouble(ControlResult::deviationRate).reversed())
                .thenComparing(ControlResult::id);
    }
}
