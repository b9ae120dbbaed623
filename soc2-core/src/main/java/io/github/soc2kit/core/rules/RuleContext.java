package io.github.soc2kit.core.rules;

import io.github.soc2kit.core.history.RepositoryHistory;
import io.github.soc2kit.core.model.CriteriaCatalogue;
import io.github.soc2kit.core.model.PolicyRepository;

/**
 * What a rule reads: the repository as loaded, the trust services criteria, and the git history of its policy and
 * control files.
 *
 * @param history {@link RepositoryHistory#none()} for {@code soc2:validate}, which reads no history
 */
public record RuleContext(PolicyRepository repository, CriteriaCatalogue criteria, RepositoryHistory history) {

    /** The context of {@code soc2:validate}: no history. */
    public static RuleContext withoutHistory(PolicyRepository repository, CriteriaCatalogue criteria) {
        return new RuleContext(repository, criteria, RepositoryHistory.none());
    }
}
