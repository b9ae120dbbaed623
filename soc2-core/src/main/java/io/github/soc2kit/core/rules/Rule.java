package io.github.soc2kit.core.rules;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.model.CriteriaCatalogue;
import io.github.soc2kit.core.model.PolicyRepository;
import java.util.List;

/** A semantic check that runs after the schema check. Each rule has a stable kebab-case id and a docs page. */
public interface Rule {

    /** The catalogue entry whose id it prints with every finding, documented in {@code docs/rules/<id>.md}. */
    RuleId id();

    List<Finding> check(PolicyRepository repository, CriteriaCatalogue catalogue);
}
