package io.github.soc2kit.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json}: findings as lines, or the JSON report on stdout (findings then go to stderr). */
final class FormatOption {

    enum Format {
        text,
        json
    }

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "text (default): findings as lines on stdout; json: the JSON report on stdout, the lines on"
                    + " stderr. One of: ${COMPLETION-CANDIDATES}.")
    Format format = Format.text;

    boolean json() {
        return format == Format.json;
    }
}
