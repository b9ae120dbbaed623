package io.github.soc2kit.core.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Findings sorted by (path, line, column, rule id), at most {@link Finding#MAX_PER_FILE} of one rule in one file: the
 * rest are counted in one finding more, so that one mistake repeated 40,000 times reads as 100 lines and a count.
 */
public record Report(List<Finding> findings) {

    public Report {
        Map<String, List<Finding>> byRuleAndFile = new LinkedHashMap<>();
        findings.stream()
                .sorted()
                .distinct()
                .forEach(f -> byRuleAndFile
                        .computeIfAbsent(f.ruleId() + " " + f.at().path(), k -> new ArrayList<>())
                        .add(f));
        findings = byRuleAndFile.values().stream()
                .flatMap(group -> Finding.capped(group, Finding.MAX_PER_FILE).stream())
                .sorted()
                .toList();
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

    /** One {@link RuleId#seeAlso()} line per rule that fired, printed after the findings. */
    public List<String> seeAlso() {
        return rules().stream().map(RuleId::seeAlso).toList();
    }

    /** What an adapter prints: every finding with its hint, then one {@link #seeAlso()} line per rule. */
    public List<LogEntry> logged() {
        return Stream.concat(
                        findings.stream().map(LogEntry::of), seeAlso().stream().map(LogEntry::info))
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
        s.append(Wording.plural(errors, "error")).append(", ").append(Wording.plural(warnings, "warning"));
        if (notes > 0) {
            s.append(", ").append(Wording.plural(notes, "note"));
        }
        return s.append(" in ").append(Wording.plural(fileCount(), "file")).toString();
    }
}
