package io.github.soc2kit.core.rules;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.diag.Suggest;
import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.FileKind;
import io.github.soc2kit.core.model.Policy;
import io.github.soc2kit.core.model.PolicyRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Every control names a policy that exists. */
final class PolicyUnknownRule implements Rule {

    static final RuleId ID = RuleId.POLICY_UNKNOWN;

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        PolicyRepository repo = context.repository();
        if (!repo.complete(FileKind.POLICY)) {
            return List.of();
        }
        Set<String> ids = repo.policies().stream().map(Policy::id).collect(Collectors.toSet());
        List<Finding> findings = new ArrayList<>();
        for (Control control : repo.controls()) {
            if (!control.policy().isEmpty() && !ids.contains(control.policy())) {
                findings.add(Finding.error(
                        ID,
                        control.origin().at("policy"),
                        "control '" + control.id() + "' names policy '" + control.policy() + "', which does not exist",
                        Suggest.hint(control.policy(), ids, "use the id of a policy in policies/")));
            }
        }
        return findings;
    }
}
