package io.github.soc2kit.core.rules;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.CriteriaCatalogue;
import io.github.soc2kit.core.model.Criterion;
import io.github.soc2kit.core.model.FileKind;
import io.github.soc2kit.core.model.PolicyRepository;
import io.github.soc2kit.core.model.SystemDescription;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every criterion of the categories in scope is addressed by at least one control, unless the system
 * description declares it not relevant (DC 8). An uncovered criterion is a gap the auditor reports.
 */
final class CriterionUncoveredRule implements Rule {

    static final RuleId ID = RuleId.CRITERION_UNCOVERED;

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        PolicyRepository repo = context.repository();
        CriteriaCatalogue catalogue = context.criteria();
        if (repo.config() == null || !repo.complete(FileKind.CONTROL) || !repo.complete(FileKind.DESCRIPTION)) {
            return List.of();
        }
        Set<String> covered = new HashSet<>();
        for (Control control : repo.controls()) {
            covered.addAll(control.criteria());
        }
        SystemDescription description = repo.description();
        if (description != null) {
            description.criteria().stream()
                    .filter(ref -> ref.pointer().startsWith("/not_relevant_criteria/"))
                    .forEach(ref -> covered.add(ref.id()));
        }
        return catalogue.inCategories(repo.config().categories()).stream()
                .map(Criterion::id)
                .filter(id -> !covered.contains(id))
                .map(id -> Finding.error(
                        ID,
                        repo.config().origin().at("categories"),
                        "criterion " + id + " ("
                                + catalogue.find(id).orElseThrow().summary().toLowerCase(java.util.Locale.ROOT)
                                + ") is in scope but no control addresses it",
                        "add " + id + " to the 'criteria' of a control, or list it under 'not_relevant_criteria' in "
                                + "system/description.yaml with the reason"))
                .toList();
    }
}
