package io.github.soc2kit.core.api;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.Report;
import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.load.CatalogueLoader;
import io.github.soc2kit.core.load.RepositoryLoader;
import io.github.soc2kit.core.model.CriteriaCatalogue;
import io.github.soc2kit.core.model.PolicyRepository;
import io.github.soc2kit.core.report.JsonReport;
import io.github.soc2kit.core.rules.Rules;
import io.github.soc2kit.core.schema.SchemaValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validates a policy repository: YAML syntax, the JSON Schema of every file, and the semantic rules
 * (references, ids, period, parameters, conditions, coverage, owners). Returns findings; throws only when it
 * cannot read the repository. A rule finding at a place that already has a syntax or schema finding is left
 * out: one mistake, one error.
 */
public final class PolicyValidator {

    private final SchemaValidator schemas = new SchemaValidator();
    private final CriteriaCatalogue catalogue = CatalogueLoader.tsc2017();

    public ValidateResult validate(ValidateRequest request) {
        Validation validation = load(request.repository(), request.listener());
        Path reportFile = JsonReport.writeFindings(validation.report(), request.outputDirectory().resolve("validate.json"));
        return new ValidateResult(validation.report(), validation.files(), reportFile);
    }

    /** The repository as read, and the validation findings about it. */
    record Validation(PolicyRepository repository, Report report, int files, CriteriaCatalogue catalogue) { }

    Validation load(Path repository, Soc2Listener listener) {
        RepositoryLoader.Result loaded = new RepositoryLoader(schemas).load(repository);
        listener.info("read " + loaded.files() + " files");
        List<Finding> findings = new ArrayList<>(loaded.findings());
        Set<SourcePosition> reported = findings.stream().map(Finding::at).collect(Collectors.toSet());
        for (Finding finding : Rules.checkAll(loaded.repository(), catalogue)) {
            if (!reported.contains(finding.at())) {
                findings.add(finding);
            }
        }
        return new Validation(loaded.repository(), new Report(findings), loaded.files(), catalogue);
    }
}
