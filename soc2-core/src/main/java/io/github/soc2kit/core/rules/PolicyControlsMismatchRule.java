package io.github.soc2kit.core.rules;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.FileKind;
import io.github.soc2kit.core.model.Policy;
import io.github.soc2kit.core.model.PolicyRepository;
import java.util.ArrayList;
import java.util.List;

/**
 * A policy's {@code controls} list and its controls' {@code policy} field must agree, so the rendered policy
 * and the checks talk about the same controls.
 */
final class PolicyControlsMismatchRule implements Rule {

    static final RuleId ID = RuleId.POLICY_CONTROLS_MISMATCH;

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        PolicyRepository repo = context.repository();
        if (!repo.complete(FileKind.CONTROL) || !repo.complete(FileKind.POLICY)) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Policy policy : repo.policies()) {
            for (int i = 0; i < policy.controls().size(); i++) {
                Control control = repo.control(policy.controls().get(i));
                if (control != null && !control.policy().equals(policy.id()) && repo.policy(control.policy()) != null) {
                    findings.add(Finding.error(
                            ID,
                            policy.origin().at("controls/" + i),
                            "policy '" + policy.id() + "' lists control '" + control.id()
                                    + "', but that control names policy '" + control.policy() + "'",
                            "list the control under policy '" + control.policy()
                                    + "', or change the control's 'policy:'"));
                }
            }
        }
        for (Control control : repo.controls()) {
            Policy policy = repo.policy(control.policy());
            if (policy != null
                    && !policy.controls().isEmpty()
                    && !policy.controls().contains(control.id())) {
                findings.add(Finding.error(
                        ID,
                        control.origin().at("policy"),
                        "control '" + control.id() + "' names policy '" + policy.id()
                                + "', but the policy's 'controls' list does not include it",
                        "add '" + control.id() + "' to 'controls:' in "
                                + policy.origin().path()));
            }
        }
        return findings;
    }
}
