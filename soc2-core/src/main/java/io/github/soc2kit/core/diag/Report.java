package io.github.soc2kit.core.diag;

import java.util.Comparator;
import java.util.List;

/** Findings sorted by (path, line, column, rule id). */
public record Report(List<Finding> findings) {

    public Report {
        findings = findings.stream().sorted().distinct().toList();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Number of distinct files that have findings. */
    public long fileCount() {
        return findings.stream().map(f -> f.at().path()).distinct().count();
    }

    /** The catalogue entries of the rules that fired, sorted by id. */
    public List<RuleId> rules() {
        return findings.stream()
                .map(Finding::rule)
                .distinct()
                .sorted(Comparator.comparing(RuleId::id))
                .toList();
    }

    /** "2 errors, 1 warning in 3 files", or "no findings". */
    public String summary() {
        if (findings.isEmpty()) {
            return "no findings";
        }
        long errors = count(Severity.ERROR);
        long warnings = count(Severity.WARNING);
        long notes = count(Severity.NOTE);
        StringBuilder s = new StringBuilder();
        s.append(plural(errors, "error")).append(", ").append(plural(warnings, "warning"));
        if (notes > 0) {
            s.append(", ").append(plural(notes, "note"));
        }
        return s.append(" in ").append(plural(fileCount(), "file")).toString();
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
