package io.github.soc2kit.cli;

import io.github.soc2kit.core.api.DiffRequest;
import io.github.soc2kit.core.api.DiffResult;
import io.github.soc2kit.core.api.PolicyDiff;
import io.github.soc2kit.core.diag.Wording;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code soc2kit diff [DIR]}: as {@code mvn soc2:diff}. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = {
            "Says what a change does to the policies and controls: compares the working tree with a git ref, marks"
                    + " each parameter change as tightening or loosening, and previews drift.",
            "Writes diff.md (for a pull-request comment) and diff.json. Never exits with 1 for what it finds."
        })
final class DiffCommand implements Callable<Integer> {

    @Mixin
    RepositoryOptions repository;

    @Mixin
    AsOfOption asOf;

    @Mixin
    FormatOption format;

    @Option(
            names = "--base",
            paramLabel = "REF",
            description = "The git ref to compare with (default: the merge base of HEAD with the default branch:"
                    + " origin/HEAD, else origin/main, origin/master, main, master).")
    @Nullable String base;

    @Override
    public Integer call() {
        Output output = repository.output();
        DiffResult result = new PolicyDiff(Clock.systemUTC())
                .diff(new DiffRequest(
                        repository.repository(),
                        repository.buildDirectory(),
                        base,
                        repository.outputDirectory(),
                        asOf.day(),
                        output.progress()));
        result.console().forEach(line -> output.line(line, format.json()));
        Path comment = result.files().get(0);
        if (format.json()) {
            output.json(result.files().get(1));
        }
        output.status("pull-request comment: " + Wording.shown(repository.repository(), comment));
        return 0;
    }
}
