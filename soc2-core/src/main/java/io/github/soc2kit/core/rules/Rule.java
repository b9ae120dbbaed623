package io.github.soc2kit.core.rules;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.RuleId;
import java.util.List;

/**
 * A semantic check that runs after the schema check, on the repository and, for the practice rules that need it,
 * its git history. Each rule is one entry of the rule catalogue and is named after its id: {@code owner-inactive}
 * is {@code OwnerInactiveRule}, documented in {@code docs/rules/owner-inactive.md}.
 */
public interface Rule {

    /** The catalogue entry whose id it prints with every finding, documented in {@code docs/rules/<id>.md}. */
    RuleId id();

    List<Finding> check(RuleContext context);
}
