package io.github.soc2kit.cli;

import io.github.soc2kit.core.api.Soc2Listener;
import io.github.soc2kit.core.diag.LogEntry;
import io.github.soc2kit.core.diag.Report;
import io.github.soc2kit.core.diag.Severity;
import io.github.soc2kit.core.diag.Wording;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/**
 * Where a command prints: results (findings, control lines, a JSON report) on stdout, progress and the closing summary
 * on stderr, every line made printable by core.
 */
final class Output {

    private final PrintWriter out;
    private final PrintWriter err;

    Output(CommandLine command) {
        this.out = command.getOut();
        this.err = command.getErr();
    }

    /** Progress from core, on stderr. */
    Soc2Listener progress() {
        return message -> status(message);
    }

    /** One line of status on stderr. */
    void status(String message) {
        err.println("soc2kit: " + Wording.printable(message));
        err.flush();
    }

    /** A line of the result on stdout, or on stderr when stdout holds a JSON report. */
    void line(String line, boolean json) {
        (json ? err : out).println(Wording.printable(line));
    }

    /** Every finding with its hint, then one "see" line per rule: on stdout, or on stderr when stdout holds JSON. */
    void findings(Report report, boolean json) {
        print(report.logged(), json);
    }

    /** The lines of each entry: on stdout, or on stderr when stdout holds JSON. */
    void print(List<LogEntry> entries, boolean json) {
        PrintWriter to = json ? err : out;
        entries.forEach(entry -> entry.lines().forEach(to::println));
        to.flush();
    }

    /** Copies a JSON report that core wrote to stdout. */
    void json(Path file) {
        try {
            out.print(Files.readString(file, StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Prints the summary on stderr and says the exit code: 1 when {@code failing}, or when warnings fail and there are
     * some; else 0.
     */
    int conclude(Report report, boolean failing, boolean failOnWarning, String summary) {
        out.flush();
        status(summary);
        boolean warnings = failOnWarning && report.count(Severity.WARNING) > 0;
        return failing || warnings ? Soc2Kit.FINDINGS : 0;
    }
}
