package io.github.soc2kit.core.assess;

import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.CriteriaCatalogue;
import io.github.soc2kit.core.model.PolicyRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Projects the opinion an auditor would be likely to give. No deviating control: unqualified. Deviations:
 * qualified for the criteria those controls address, unless they reach across the report — at least
 * {@link #PERVASIVE_SERIES} criteria series or a quarter of the criteria in scope — which risks an adverse
 * opinion. An estimate to act on early, never the auditor's judgement.
 */
public final class Assessor {

    static final int PERVASIVE_SERIES = 3;

    private Assessor() {}

    public static Assessment assess(
            List<ControlResult> results,
            PolicyRepository repository,
            CriteriaCatalogue catalogue,
            List<String> categories) {
        List<ControlResult> deviating = results.stream()
                .filter(r -> r.status() == ControlStatus.DEVIATION)
                .toList();
        if (deviating.isEmpty()) {
            return new Assessment(Opinion.UNQUALIFIED, List.of());
        }
        Set<String> criteria = new TreeSet<>();
        List<String> matters = new ArrayList<>();
        for (ControlResult result : deviating) {
            Control control = repository.control(result.id());
            List<String> addressed = control == null ? List.of() : control.criteria();
            criteria.addAll(addressed);
            matters.add(result.id() + " (" + result.risk() + " risk, " + String.join(", ", addressed) + "): "
                    + result.summary());
        }
        Set<String> series = criteria.stream()
                .map(id -> catalogue.find(id).map(c -> c.series()).orElse(id))
                .collect(Collectors.toCollection(TreeSet::new));
        long inScope = catalogue.inCategories(categories).size();
        boolean pervasive = series.size() >= PERVASIVE_SERIES || criteria.size() * 4 >= inScope;
        matters.add("criteria affected: " + String.join(", ", criteria) + " (" + series.size() + " series)");
        return new Assessment(pervasive ? Opinion.ADVERSE_RISK : Opinion.QUALIFIED_RISK, matters);
    }
}
