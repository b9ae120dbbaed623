package io.github.soc2kit.core.rules;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.history.RepositoryHistory;
import io.github.soc2kit.core.model.CriteriaCatalogue;
import io.github.soc2kit.core.model.PolicyRepository;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in rules, in a fixed order. Structural rules ({@link #all()}) say whether the repository is well formed
 * and consistent; {@code soc2:validate} runs them, and their errors stop {@code soc2:verify} before the evidence.
 * Practice rules ({@link #practice()}) say whether the program is run as the policy says — owners active for the
 * whole period, every criterion and component covered — and run with the drift checks in {@code soc2:verify}.
 */
public final class Rules {

    private Rules() { }

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
    public static List<HistoryRule> history() {
        return List.of(new PolicyReviewOverdueRule(), new OwnerHandoffMissingRule());
    }

    public static List<Finding> checkHistory(PolicyRepository repository, RepositoryHistory history) {
        List<Finding> findings = new ArrayList<>();
        for (HistoryRule rule : history()) {
            findings.addAll(rule.check(repository, history));
        }
        return findings;
    }

    public static List<Finding> checkAll(PolicyRepository repository, CriteriaCatalogue catalogue) {
        return check(all(), repository, catalogue);
    }

    public static List<Finding> checkPractice(PolicyRepository repository, CriteriaCatalogue catalogue) {
        return check(practice(), repository, catalogue);
    }

    private static List<Finding> check(List<Rule> rules, PolicyRepository repository, CriteriaCatalogue catalogue) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            findings.addAll(rule.check(repository, catalogue));
        }
        return findings;
    }
}
