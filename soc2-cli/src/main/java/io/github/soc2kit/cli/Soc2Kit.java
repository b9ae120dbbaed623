package io.github.soc2kit.cli;

import io.github.soc2kit.core.api.Version;
import io.github.soc2kit.core.diag.InvalidConfigurationException;
import io.github.soc2kit.core.diag.PolicyLoadException;
import io.github.soc2kit.core.diag.TemplateRenderException;
import io.github.soc2kit.core.diag.Wording;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code soc2kit} command line: the goals of the Maven plugin without Maven, over the same core façades. Exit
 * codes: 0 clean, 1 findings at the threshold, 2 bad usage or configuration, 3 an internal error of soc2kit.
 */
@Command(
        name = "soc2kit",
        mixinStandardHelpOptions = true,
        versionProvider = Soc2Kit.VersionProvider.class,
        description = "Policy-as-code for SOC 2: validates, verifies and renders a policy repository.",
        subcommands = {
            ValidateCommand.class,
            VerifyCommand.class,
            RenderCommand.class,
            DiffCommand.class,
            InitCommand.class,
            ExplainCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:clean",
            "1:findings at the threshold (validation errors, --fail-on, --fail-on-warning)",
            "2:bad usage or configuration",
            "3:an internal error of soc2kit (please report it)"
        })
public final class Soc2Kit implements Runnable {

    static final int FINDINGS = 1;
    static final int CONFIGURATION = 2;
    static final int INTERNAL = 3;

    /** The options of the core, in the words of this command line. */
    private static final Map<String, String> OPTIONS = Map.of(
            "outputDirectory", "--output",
            "siteDirectory", "--site",
            "internalSiteDirectory", "--internal-site",
            "asOf", "--as-of",
            "failOn", "--fail-on",
            "base", "--base",
            "dir", "DIR");

    @Spec
    CommandSpec spec;

    @Option(
            names = "--debug",
            scope = ScopeType.INHERIT,
            description = "Print the stack trace of an error (for reporting a bug in soc2kit).")
    boolean debug;

    public static void main(String[] args) {
        System.exit(run(commandLine(), args));
    }

    /**
     * Runs {@code line}. A Java heap too small for the evidence is the user's to raise: one line on stderr and exit
     * code 2, not a stack trace; nothing is written, since the reports are written once the verification is done.
     */
    static int run(CommandLine line, String... args) {
        try {
            return line.execute(args);
        } catch (OutOfMemoryError e) {
            line.getErr()
                    .println("soc2kit: the Java heap (at most "
                            + (Runtime.getRuntime().maxMemory() >> 20)
                            + " MB) ran out: run soc2kit with a larger one, for example java -Xmx2g -jar soc2kit.jar");
            line.getErr().flush();
            return CONFIGURATION;
        }
    }

    /** The command line with its error handling: a user's mistake is one line on stderr and exit code 2. */
    static CommandLine commandLine() {
        CommandLine line = new CommandLine(new Soc2Kit());
        line.setExecutionExceptionHandler(Soc2Kit::failed);
        return line;
    }

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(), "name a command: validate, verify, render, diff, init or explain");
    }

    private static int failed(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        String message = message(e);
        err.println("soc2kit: " + (message == null ? "internal error: " + e : message));
        boolean debug = parsed.asCommandLineList().stream()
                .anyMatch(line -> line.getParseResult().hasMatchedOption("--debug"));
        if (debug || message == null) {
            e.printStackTrace(err);
        }
        err.flush();
        return message == null ? INTERNAL : CONFIGURATION;
    }

    /** What the user reads for an exception that is no bug of soc2kit, or null for one that is. */
    private static String message(Exception e) {
        if (e instanceof PolicyLoadException load) {
            return Wording.printable(load.at() + ": " + load.getMessage());
        } else if (e instanceof InvalidConfigurationException config) {
            String option = OPTIONS.get(config.option());
            return Wording.printable((option == null ? "" : option + ": ") + config.getMessage());
        } else if (e instanceof TemplateRenderException template) {
            return Wording.printable("template " + template.getMessage());
        } else if (e instanceof UncheckedIOException io) {
            return Wording.printable(String.valueOf(io.getMessage()));
        }
        return null;
    }

    /** {@code soc2kit 0.1.0}: the version the build wrote into the core. */
    static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"soc2kit " + Version.current()};
        }
    }
}
