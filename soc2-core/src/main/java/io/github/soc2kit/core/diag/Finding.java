package io.github.soc2kit.core.diag;

import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * One thing soc2kit found: which rule, how bad, where, what, and how to fix it.
 *
 * @param ruleId stable kebab-case id of the rule, documented in {@code docs/rules/<id>.md}
 * @param message lower-case start, no trailing period, user values quoted in '…'
 * @param hint the fix, or null when the message says it all
 */
public record Finding(String ruleId, Severity severity, SourcePosition at, String message, @Nullable String hint)
        implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::at)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        if (!ruleId.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("rule id must be kebab-case: " + ruleId);
        }
    }

    public static Finding error(String ruleId, SourcePosition at, String message, @Nullable String hint) {
        return new Finding(ruleId, Severity.ERROR, at, message, hint);
    }

    public static Finding warning(String ruleId, SourcePosition at, String message, @Nullable String hint) {
        return new Finding(ruleId, Severity.WARNING, at, message, hint);
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }

    /** {@code path:line:col: severity: message [rule-id]}. */
    public String format() {
        return at + ": " + severity.label() + ": " + message + " [" + ruleId + "]";
    }
}
