package io.github.soc2kit.core.api;

import io.github.soc2kit.core.diag.Report;
import io.github.soc2kit.core.diag.Wording;
import java.nio.file.Path;

/**
 * The outcome of a validation.
 *
 * @param files how many repository files were read
 * @param reportFile the JSON report written under the output directory
 */
public record ValidateResult(Report report, int files, Path reportFile) {

    /** "2 errors, 1 warning in 3 files; full report: target/soc2/validate.json", paths shown from {@code base}. */
    public String summary(Path base) {
        return report.summary() + "; full report: " + Wording.shown(base, reportFile);
    }
}
