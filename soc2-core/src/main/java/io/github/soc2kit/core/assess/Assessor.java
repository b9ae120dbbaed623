package io.github.soc2kit.core.assess;

import io.github.soc2kit.core.diag.Wording;
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
 * opinion. A repository where nothing was tested is not assessable. Each matter says whether it is already certain
 * (the period cannot end within the control's tolerable rate, however clean the rest) or still avoidable. An
 * estimate to act on early, never the auditor's judgement.
 */
public final class Assessor {

    static final int PERVASIVE_SERIES = 3;

    private Assessor() {}

    public static Assessment assess(
            List<ControlResult> results,
            PolicyRepository repository,
            CriteriaCatalogue catalogue,
            List<String> categories) {
        if (results.stream().allMatch(r -> r.population() == 0)) {
            return new Assessment(Opinion.NOT_ASSESSABLE, List.of(nothingTested(results)));
        }
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
                    + result.summary() + "; " + outlook(result));
        }
        Set<String> series = criteria.stream()
                .map(id -> catalogue.find(id).map(c -> c.series()).orElse(id))
                .collect(Collectors.toCollection(TreeSet::new));
        long inScope = catalogue.inCategories(categories).size();
        boolean pervasive = series.size() >= PERVASIVE_SERIES || criteria.size() * 4 >= inScope;
        matters.add("criteria affected: " + String.join(", ", criteria) + " (" + series.size() + " series)");
        return new Assessment(pervasive ? Opinion.ADVERSE_RISK : Opinion.QUALIFIED_RISK, matters);
    }

    /** Whether a deviating control's matter is already certain or still avoidable, and by how much. */
    static String outlook(ControlResult result) {
        if (result.population() == 0) {
            return "avoidable: provide the evidence";
        }
        long headroom = result.headroom();
        if (headroom < 0) {
            long tolerable = Math.max(0, result.deviations() + headroom);
            return "certain: at " + Wording.percent(result.tolerableRate()) + " of the "
                    + Wording.count(result.projected()) + " expected by the period end, "
                    + (tolerable == 1 ? "1 deviation is" : Wording.count(tolerable) + " deviations are")
                    + " tolerable and " + Wording.count(result.deviations()) + " already happened";
        }
        return "avoidable: within " + Wording.percent(result.tolerableRate()) + " by the period end if no more than "
                + Wording.count(headroom) + " of the " + Wording.count(result.projected() - result.population())
                + " still to come deviate";
    }

    private static String nothingTested(List<ControlResult> results) {
        if (results.isEmpty()) {
            return "nothing was tested: the repository has no controls";
        }
        long missing = results.stream()
                .filter(r -> r.status() == ControlStatus.DEVIATION)
                .count();
        return "nothing was tested: " + Wording.plural(results.size(), "control") + ", " + missing
                + " without evidence, the others tested by people or with nothing due yet";
    }
}
