package io.github.soc2kit.cli;

import io.github.soc2kit.core.api.PolicyValidator;
import io.github.soc2kit.core.api.ValidateRequest;
import io.github.soc2kit.core.api.ValidateResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code soc2kit validate [DIR]}: as {@code mvn soc2:validate}. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Validates the policy repository: YAML syntax, the JSON Schema of every file, and the references between"
                    + " policies, controls, people, criteria, components and evidence sources.",
            "Writes DIR/target/soc2/validate.json. Exit code 1 on errors."
        })
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    RepositoryOptions repository;

    @Mixin
    FailOnWarningOption warnings;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        Output output = repository.output();
        ValidateResult result = new PolicyValidator()
                .validate(new ValidateRequest(
                        repository.repository(),
                        repository.buildDirectory(),
                        repository.outputDirectory(),
                        output.progress()));
        output.findings(result.report(), format.json());
        if (format.json()) {
            output.json(result.reportFile());
        }
        return output.conclude(
                result.report(),
                result.report().hasErrors(),
                warnings.failOnWarning,
                result.summary(repository.repository()));
    }
}
