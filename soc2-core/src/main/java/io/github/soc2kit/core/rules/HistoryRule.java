package io.github.soc2kit.core.rules;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.history.RepositoryHistory;
import io.github.soc2kit.core.model.PolicyRepository;
import java.util.List;

/** A practice rule that also reads the git history of the repository. Each has a stable id and a docs page. */
public interface HistoryRule {

    /** The catalogue entry whose id it prints with every finding, documented in {@code docs/rules/<id>.md}. */
    RuleId id();

    List<Finding> check(PolicyRepository repository, RepositoryHistory history);
}
