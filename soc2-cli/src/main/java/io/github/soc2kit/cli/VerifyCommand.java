package io.github.soc2kit.cli;

import io.github.soc2kit.core.api.EvidenceVerifier;
import io.github.soc2kit.core.api.FailOn;
import io.github.soc2kit.core.api.VerifyRequest;
import io.github.soc2kit.core.api.VerifyResult;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code soc2kit verify [DIR]}: as {@code mvn soc2:verify}. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Verifies practice against policy: validates, then checks every control test against the evidence"
                    + " exports, judges each control and projects the opinion.",
            "Writes verify.json, verify.sarif, TEST-soc2.xml and verify.md to DIR/target/soc2."
        })
final class VerifyCommand implements Callable<Integer> {

    @Mixin
    RepositoryOptions repository;

    @Mixin
    FailOnWarningOption warnings;

    @Mixin
    AsOfOption asOf;

    @Mixin
    FormatOption format;

    @Option(
            names = "--fail-on",
            paramLabel = "THRESHOLD",
            description = "When to exit with 1: deviation (default: any control in deviation or any error), qualified"
                    + " (a projected qualified or adverse opinion) or never. Validation errors always do.")
    String failOn = "deviation";

    @Override
    public Integer call() {
        FailOn threshold = FailOn.parse(failOn);
        Output output = repository.output();
        VerifyResult result = new EvidenceVerifier(Clock.systemUTC())
                .verify(new VerifyRequest(
                        repository.repository(),
                        repository.buildDirectory(),
                        repository.outputDirectory(),
                        asOf.day(),
                        output.progress()));
        output.print(result.console(), format.json());
        if (format.json()) {
            output.json(result.jsonReport());
        }
        int code = output.conclude(
                result.findings(),
                result.fails(threshold),
                warnings.failOnWarning,
                result.summary(repository.repository()));
        String spared = result.spared(threshold);
        if (spared != null) {
            output.status(spared);
        }
        return code;
    }
}
