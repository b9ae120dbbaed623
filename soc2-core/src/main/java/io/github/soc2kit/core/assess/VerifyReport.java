package io.github.soc2kit.core.assess;

import io.github.soc2kit.core.diag.Report;
import io.github.soc2kit.core.drift.SourceProvenance;
import java.util.List;

/**
 * Everything {@code soc2:verify} found: validation and drift findings, the result per control (worst first),
 * the projected opinion, and the provenance of every evidence source.
 *
 * @param periodStart first day of the observation period (YYYY-MM-DD)
 * @param periodEnd last day of the observation period (YYYY-MM-DD)
 * @param asOf the day the run judged as of (YYYY-MM-DD); empty when validation stopped it before the period was known
 */
public record VerifyReport(
        String organization,
        String system,
        String periodStart,
        String periodEnd,
        String asOf,
        Report findings,
        List<ControlResult> controls,
        Assessment assessment,
        List<SourceProvenance> sources) {

    public VerifyReport {
        controls = List.copyOf(controls);
        sources = List.copyOf(sources);
    }
}
