package io.github.soc2kit.cli;

import io.github.soc2kit.core.api.InitRequest;
import io.github.soc2kit.core.api.InitResult;
import io.github.soc2kit.core.api.PolicyInitializer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code soc2kit init [DIR]}: as {@code mvn soc2:init}. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a starter policy repository into DIR: soc2.yaml, a roster, a system description, six policies"
                    + " with a control each, the evidence sources with the export command of each system, and a"
                    + " pom.xml with the Maven Wrapper.",
            "It validates at once; verify then names every export to add. Never overwrites a file: files already"
                    + " there are kept and listed."
        })
final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "DIR",
            description = "The folder to write into, created when missing (default: the current folder).")
    @Nullable Path dir;

    @Override
    public Integer call() {
        Output output = new Output(spec.commandLine());
        Path folder = dir == null ? Path.of("") : dir;
        InitResult result = new PolicyInitializer().init(new InitRequest(folder, output.progress()));
        result.written().forEach(path -> output.line("wrote " + path, false));
        result.kept().forEach(path -> output.line("kept " + path + " (it exists; left as it is)", false));
        String shown = dir == null ? "" : " " + dir;
        output.status("next: soc2kit validate" + shown + ", then soc2kit verify" + shown
                + " to see which evidence exports to add");
        return 0;
    }
}
