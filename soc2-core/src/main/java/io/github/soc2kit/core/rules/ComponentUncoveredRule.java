package io.github.soc2kit.core.rules;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.FileKind;
import io.github.soc2kit.core.model.PolicyRepository;
import io.github.soc2kit.core.model.SystemDescription;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every in-scope component of the system description is covered by at least one control. */
final class ComponentUncoveredRule implements Rule {

    static final RuleId ID = RuleId.COMPONENT_UNCOVERED;

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        PolicyRepository repo = context.repository();
        SystemDescription description = repo.description();
        if (description == null || !repo.complete(FileKind.CONTROL)) {
            return List.of();
        }
        Set<String> covered = new HashSet<>();
        for (Control control : repo.controls()) {
            covered.addAll(control.components());
        }
        return description.components().stream()
                .filter(c -> c.inScope() && !c.id().isEmpty() && !covered.contains(c.id()))
                .map(c -> Finding.error(
                        ID,
                        c.origin().at("id"),
                        c.kind() + " component '" + c.id() + "' is in scope but no control covers it",
                        "add '" + c.id()
                                + "' to the 'components' of the controls that protect it, or set 'in_scope: false'"))
                .toList();
    }
}
