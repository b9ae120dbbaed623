package io.github.soc2kit.core.api;

import io.github.soc2kit.core.drift.ControlStatus;
import io.github.soc2kit.core.drift.Opinion;
import io.github.soc2kit.core.drift.VerifyReport;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of a verification.
 *
 * @param validated false when validation errors stopped the drift checks
 * @param files the reports written
 * @param console the console summary, one line each
 */
public record VerifyResult(VerifyReport report, boolean validated, List<Path> files, List<String> console) {

    public VerifyResult {
        files = List.copyOf(files);
        console = List.copyOf(console);
    }

    /** Whether the result reaches the threshold at which the build fails. */
    public boolean fails(FailOn threshold) {
        if (report.findings().hasErrors() && !validated) {
            return true;
        }
        return switch (threshold) {
            case DEVIATION -> report.findings().hasErrors()
                    || report.controls().stream().anyMatch(c -> c.status() == ControlStatus.DEVIATION);
            case QUALIFIED -> report.assessment().opinion() != Opinion.UNQUALIFIED;
            case NEVER -> false;
        };
    }
}
