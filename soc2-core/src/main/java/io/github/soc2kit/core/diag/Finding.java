package io.github.soc2kit.core.diag;

import java.util.Comparator;
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

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }

    /** {@code path:line:col: severity: message [rule-id]}. */
    public String format() {
        return at + ": " + severity.label() + ": " + message + " [" + ruleId() + "]";
    }
}
