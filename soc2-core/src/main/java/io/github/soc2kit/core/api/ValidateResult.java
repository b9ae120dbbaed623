package io.github.soc2kit.core.api;

import io.github.soc2kit.core.diag.Report;
import java.nio.file.Path;

/**
 * The outcome of a validation.
 *
 * @param files how many repository files were read
 * @param reportFile the JSON report written under the output directory
 */
public record ValidateResult(Report report, int files, Path reportFile) {}
