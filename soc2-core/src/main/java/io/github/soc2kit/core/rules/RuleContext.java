package io.github.soc2kit.core.rules;

import io.github.soc2kit.core.expr.Conditions;
import io.github.soc2kit.core.history.RepositoryHistory;
import io.github.soc2kit.core.model.CriteriaCatalogue;
import io.github.soc2kit.core.model.PolicyRepository;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a rule reads: the repository as loaded, the trust services criteria, the git history of its policy and
 * control files, and the compiled conditions of its control tests (compiled once per run, shared with the checks).
 *
 * @param history {@link RepositoryHistory#none()} for {@code soc2:validate}, which reads no history
 * @param asOf the day a verification judges as of; null for {@code soc2:validate}, which judges the whole period
 */
public record RuleContext(
        PolicyRepository repository,
        CriteriaCatalogue criteria,
        RepositoryHistory history,
        Conditions conditions,
        @Nullable LocalDate asOf) {

    /** A context with a compile cache of its own, judging the whole period. */
    public RuleContext(PolicyRepository repository, CriteriaCatalogue criteria, RepositoryHistory history) {
        this(repository, criteria, history, new Conditions(), null);
    }
}
