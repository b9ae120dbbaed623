package io.github.soc2kit.core.rules;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.model.CriteriaCatalogue;
import io.github.soc2kit.core.model.PolicyRepository;
import java.util.ArrayList;
import java.util.List;

/** The built-in validation rules, in a fixed order. */
public final class Rules {

    private Rules() { }

    public static List<Rule> all() {
        return List.of(
                new DuplicateIdRule(),
                new PeriodRule(),
                new TimezoneRule(),
                new PolicyReferenceRule(),
                new ControlReferenceRule(),
                new PolicyControlsMismatchRule(),
                new PersonReferenceRule(),
                new CriterionReferenceRule(),
                new ComponentReferenceRule(),
                new SourceReferenceRule(),
                new ParameterReferenceRule(),
                new ConditionRule(),
                new CriterionCoverageRule(),
                new ComponentCoverageRule(),
                new OwnerActiveRule(),
                new FileNameRule());
    }

    public static List<Finding> checkAll(PolicyRepository repository, CriteriaCatalogue catalogue) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : all()) {
            findings.addAll(rule.check(repository, catalogue));
        }
        return findings;
    }
}
