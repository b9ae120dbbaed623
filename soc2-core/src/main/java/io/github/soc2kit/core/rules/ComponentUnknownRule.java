package io.github.soc2kit.core.rules;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.diag.Suggest;
import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.FileKind;
import io.github.soc2kit.core.model.PolicyRepository;
import io.github.soc2kit.core.model.SystemDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Components named by controls exist in the system description. */
final class ComponentUnknownRule implements Rule {

    static final RuleId ID = RuleId.COMPONENT_UNKNOWN;

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        PolicyRepository repo = context.repository();
        if (repo.description() == null || !repo.complete(FileKind.DESCRIPTION)) {
            return List.of();
        }
        Set<String> ids = repo.description().components().stream()
                .map(SystemDescription.Component::id)
                .collect(Collectors.toSet());
        List<Finding> findings = new ArrayList<>();
        for (Control control : repo.controls()) {
            for (int i = 0; i < control.components().size(); i++) {
                String id = control.components().get(i);
                if (!ids.contains(id)) {
                    findings.add(Finding.error(
                            ID,
                            control.origin().at("components/" + i),
                            "control '" + control.id() + "' covers component '" + id
                                    + "', which the system description does not define",
                            Suggest.hint(
                                    id,
                                    ids,
                                    "add it under 'components:' in system/description.yaml, or correct the id")));
                }
            }
        }
        return findings;
    }
}
