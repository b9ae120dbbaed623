package io.github.soc2kit.core.rules;

import io.github.soc2kit.core.diag.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in rules, in a fixed order. Structural rules ({@link #all()}) say whether the repository is well formed
 * and consistent; {@code soc2:validate} runs them, and their errors stop {@code soc2:verify} before the evidence.
 * Practice rules ({@link #practice()}) say whether the program is run as the policy says — owners active for the
 * whole period, every criterion and component covered — and run with the drift checks in {@code soc2:verify};
 * those of {@link #history()} read the git history as well.
 */
public final class Rules {

    private Rules() {}

    public static List<Rule> all() {
        return List.of(
                new IdDuplicateRule(),
                new PeriodInvalidRule(),
                new TimezoneUnknownRule(),
                new PolicyUnknownRule(),
                new ControlUnknownRule(),
                new PolicyControlsMismatchRule(),
                new PersonUnknownRule(),
                new CriterionUnknownRule(),
                new ComponentUnknownRule(),
                new SourceUnknownRule(),
                new ParameterUndefinedRule(),
                new ConditionInvalidRule(),
                new FileNameMismatchRule());
    }

    public static List<Rule> practice() {
        return List.of(new CriterionUncoveredRule(), new ComponentUncoveredRule(), new OwnerInactiveRule());
    }

    /** Practice rules that read the git history as well. */
    public static List<Rule> history() {
        return List.of(new PolicyReviewOverdueRule(), new OwnerHandoffMissingRule());
    }

    public static List<Finding> checkAll(RuleContext context) {
        return check(all(), context);
    }

    public static List<Finding> checkPractice(RuleContext context) {
        return check(practice(), context);
    }

    public static List<Finding> checkHistory(RuleContext context) {
        return check(history(), context);
    }

    private static List<Finding> check(List<Rule> rules, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            findings.addAll(rule.check(context));
        }
        return findings;
    }
}
