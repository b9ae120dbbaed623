package io.github.soc2kit.cli;

import picocli.CommandLine.Option;

/** {@code --fail-on-warning}, as the plugin's {@code soc2.failOnWarning}. */
final class FailOnWarningOption {

    @Option(
            names = "--fail-on-warning",
            description = "Exit with 1 on warnings too, not only on errors (soc2.failOnWarning).")
    boolean failOnWarning;
}
