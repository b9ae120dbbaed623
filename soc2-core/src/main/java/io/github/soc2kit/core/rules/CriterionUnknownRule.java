package io.github.soc2kit.core.rules;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.CriteriaCatalogue;
import io.github.soc2kit.core.model.Criterion;
import io.github.soc2kit.core.model.PolicyRepository;
import io.github.soc2kit.core.model.SystemDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Controls and the system description may only name criteria of the 2017 TSC catalogue. */
final class CriterionUnknownRule implements Rule {

    static final RuleId ID = RuleId.CRITERION_UNKNOWN;

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        PolicyRepository repo = context.repository();
        CriteriaCatalogue catalogue = context.criteria();
        List<Finding> findings = new ArrayList<>();
        for (Control control : repo.controls()) {
            for (int i = 0; i < control.criteria().size(); i++) {
                check(control.criteria().get(i), control.origin().at("criteria/" + i), catalogue, findings);
            }
        }
        SystemDescription description = repo.description();
        if (description != null) {
            for (SystemDescription.CriterionRef ref : description.criteria()) {
                check(ref.id(), description.origin().positions().at(ref.pointer()), catalogue, findings);
            }
        }
        return findings;
    }

    private static void check(String id, SourcePosition at, CriteriaCatalogue catalogue, List<Finding> findings) {
        if (id.isEmpty() || catalogue.find(id).isPresent()) {
            return;
        }
        String series = id.contains(".") ? id.substring(0, id.indexOf('.')) : id;
        List<String> sameSeries = catalogue.all().stream()
                .filter(c -> c.series().equals(series))
                .map(Criterion::id)
                .toList();
        String hint = sameSeries.isEmpty()
                ? "use an id of the 2017 trust services criteria, such as 'CC6.1' or 'A1.2'"
                : "series " + series + " has " + sameSeries.stream().collect(Collectors.joining(", "));
        findings.add(Finding.error(ID, at, "unknown trust services criterion '" + id + "'", hint));
    }
}
