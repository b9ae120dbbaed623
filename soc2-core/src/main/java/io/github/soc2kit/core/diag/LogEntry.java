package io.github.soc2kit.core.diag;

import java.util.List;

/**
 * One entry of a build log, as every adapter prints it: its level and its lines, the first and any indented
 * continuation lines. Each line is made {@link Wording#printable}, so no value of a file can start a line of its own.
 * The Maven plugin logs an entry at its level ({@link Severity#NOTE} is info), the command line prints its lines.
 */
public record LogEntry(Severity level, List<String> lines) {

    public LogEntry {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a log entry has at least one line");
        }
        lines = lines.stream().map(Wording::printable).toList();
    }

    /** A line of information. */
    public static LogEntry info(String line) {
        return new LogEntry(Severity.NOTE, List.of(line));
    }

    /** A finding at its severity, with its hint: {@link Finding#printed()}. */
    public static LogEntry of(Finding finding) {
        return new LogEntry(finding.severity(), finding.printed());
    }
}
