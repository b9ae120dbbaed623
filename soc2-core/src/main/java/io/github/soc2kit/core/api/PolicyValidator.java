package io.github.soc2kit.core.api;

import io.github.soc2kit.core.diag.Wording;
import io.github.soc2kit.core.report.JsonReport;
import io.github.soc2kit.core.rules.Validation;
import java.nio.file.Path;

/**
 * Validates a policy repository: YAML syntax, the JSON Schema of every file, and the semantic rules
 * (references, ids, period, parameters, conditions, coverage, owners). Returns findings; throws only when it
 * cannot read the repository. A rule finding at a place that already has a syntax or schema finding is left
 * out: one mistake, one error.
 */
public final class PolicyValidator {

    public ValidateResult validate(ValidateRequest request) {
        Path reports =
                new OutputFolders(request.repository(), request.buildDirectory()).reports(request.outputDirectory());
        Validation validation = read(request.repository(), request.listener());
        Path reportFile = JsonReport.writeFindings(validation.report(), reports.resolve("validate.json"));
        return new ValidateResult(validation.report(), validation.files(), reportFile);
    }

    /** Reads and validates the repository, and says how many files it read. */
    static Validation read(Path repository, Soc2Listener listener) {
        Validation validation = Validation.of(repository);
        listener.info("read " + Wording.plural(validation.files(), "file"));
        return validation;
    }
}
