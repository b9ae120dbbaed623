package io.github.soc2kit.cli;

import io.github.soc2kit.core.diag.InvalidConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The options every command that reads a policy repository takes, as the plugin's {@code soc2.*} properties. */
final class RepositoryOptions {

    /** The command these options belong to. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "DIR",
            description = "The policy repository, the folder holding soc2.yaml (default: the current folder).")
    @Nullable Path dir;

    @Option(
            names = "--output",
            paramLabel = "FOLDER",
            description = "Where reports are written (default: DIR/target/soc2); inside DIR only under DIR/target.")
    @Nullable Path output;

    /** Where the command prints. */
    Output output() {
        return new Output(command.commandLine());
    }

    /** The policy repository, which must exist. */
    Path repository() {
        Path repository = dir == null ? Path.of("") : dir;
        if (!Files.isDirectory(repository)) {
            throw new InvalidConfigurationException(
                    "dir", "the policy repository " + repository.toAbsolutePath() + " does not exist");
        }
        return repository.toAbsolutePath().normalize();
    }

    /** {@code DIR/target}: soc2kit writes inside the repository only there, as under Maven. */
    Path buildDirectory() {
        return repository().resolve("target");
    }

    Path outputDirectory() {
        return output == null ? buildDirectory().resolve("soc2") : output.toAbsolutePath();
    }
}
