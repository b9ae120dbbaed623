package io.github.soc2kit.core.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One thing soc2kit found: which rule, how bad, where, what, and how to fix it.
 *
 * @param rule the catalogue entry of the rule that found it; {@link #ruleId()} is its kebab-case id
 * @param message lower-case start, no trailing period, user values quoted in '…'
 * @param hint the fix, or null when the message says it all
 */
public record Finding(
        RuleId rule,
        Severity severity,
        SourcePosition at,
        String message,
        @Nullable String hint) implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER =
            Comparator.comparing(Finding::at).thenComparing(Finding::ruleId).thenComparing(Finding::message);

    public static Finding error(RuleId rule, SourcePosition at, String message, @Nullable String hint) {
        return new Finding(rule, Severity.ERROR, at, message, hint);
    }

    public static Finding warning(RuleId rule, SourcePosition at, String message, @Nullable String hint) {
        return new Finding(rule, Severity.WARNING, at, message, hint);
    }

    /** The stable kebab-case id of the rule, documented in {@code docs/rules/<id>.md}. */
    public String ruleId() {
        return rule.id();
    }

    /** How many findings of one file's syntax or schema, or of one rule in one file, are listed; the rest are counted. */
    public static final int MAX_PER_FILE = 100;

    /**
     * The first {@code max} of the findings about one file, and when there are more, one finding more that counts
     * them: one mistake repeated 40,000 times reads as 100 lines and "39,900 more ...", not 40,000 lines.
     *
     * @param findings sorted, all about one file; a list capped before (its {@code max} findings and the count) is
     *     returned as it is
     */
    public static List<Finding> capped(List<Finding> findings, int max) {
        if (findings.size() <= max + 1) {
            return findings;
        }
        Finding first = findings.get(max);
        List<Finding> kept = new ArrayList<>(findings.subList(0, max));
        kept.add(new Finding(
                first.rule(),
                first.severity(),
                SourcePosition.of(first.at().path()),
                String.format(
                        Locale.ROOT,
                        "%,d more findings in this file are not listed (only the first %d are)",
                        findings.size() - max,
                        max),
                "fix those, then validate again"));
        return kept;
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }

    /** {@code path:line:col: severity: message [rule-id]}. */
    public String format() {
        return at + ": " + severity.label() + ": " + message + " [" + ruleId() + "]";
    }

    /**
     * The finding as every adapter prints it: {@link #format()}, then {@code "    hint: ..."} when it has a hint, each
     * line made {@link Wording#printable} so that no value of a file can start a line of its own.
     */
    public List<String> printed() {
        String line = Wording.printable(format());
        return hint == null ? List.of(line) : List.of(line, "    hint: " + Wording.printable(hint));
    }
}
