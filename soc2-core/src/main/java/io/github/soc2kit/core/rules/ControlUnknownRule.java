package io.github.soc2kit.core.rules;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.diag.Suggest;
import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.FileKind;
import io.github.soc2kit.core.model.Policy;
import io.github.soc2kit.core.model.PolicyRepository;
import io.github.soc2kit.core.model.RegisterEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Every control id named by a policy or a register entry exists. */
final class ControlUnknownRule implements Rule {

    static final RuleId ID = RuleId.CONTROL_UNKNOWN;

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        PolicyRepository repo = context.repository();
        if (!repo.complete(FileKind.CONTROL)) {
            return List.of();
        }
        Set<String> ids = repo.controls().stream().map(Control::id).collect(Collectors.toSet());
        List<Finding> findings = new ArrayList<>();
        for (Policy policy : repo.policies()) {
            for (int i = 0; i < policy.controls().size(); i++) {
                String id = policy.controls().get(i);
                if (!ids.contains(id)) {
                    findings.add(Finding.error(
                            ID,
                            policy.origin().at("controls/" + i),
                            "policy '" + policy.id() + "' lists control '" + id + "', which does not exist",
                            Suggest.hint(id, ids, "remove it, or add controls/" + id + ".yaml")));
                }
            }
        }
        for (RegisterEntry entry : repo.registers()) {
            String id = entry.get("control");
            if (!id.isEmpty() && !ids.contains(id)) {
                findings.add(Finding.error(
                        ID,
                        entry.origin().at("control"),
                        entry.register() + " entry names control '" + id + "', which does not exist",
                        Suggest.hint(id, ids, "use the id of a control in controls/")));
            }
        }
        return findings;
    }
}
