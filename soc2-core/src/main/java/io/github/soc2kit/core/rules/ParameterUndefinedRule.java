package io.github.soc2kit.core.rules;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.diag.Suggest;
import io.github.soc2kit.core.expr.Conditions;
import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.ControlTest;
import io.github.soc2kit.core.model.Policy;
import io.github.soc2kit.core.model.PolicyRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * A parameter named in policy text ({@code {{name}}}) or in a control test ({@code policy.name}) must be
 * defined by the policy, so the document and the check cannot silently disagree.
 */
final class ParameterUndefinedRule implements Rule {

    static final RuleId ID = RuleId.PARAMETER_UNDEFINED;

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        PolicyRepository repo = context.repository();
        List<Finding> findings = new ArrayList<>();
        for (Policy policy : repo.policies()) {
            for (int i = 0; i < policy.sections().size(); i++) {
                Matcher m = Policy.PLACEHOLDER.matcher(policy.sections().get(i).text());
                while (m.find()) {
                    String name = m.group(1);
                    if (!policy.parameters().containsKey(name)) {
                        findings.add(Finding.error(
                                ID,
                                policy.origin().at("sections/" + i + "/text"),
                                "policy text names parameter '" + name + "', which policy '" + policy.id()
                                        + "' does not define",
                                hint(name, policy)));
                    }
                }
            }
        }
        for (Control control :
                repo.controls().stream().flatMap(c -> c.perTest().stream()).toList()) {
            Policy policy = repo.policy(control.policy());
            if (policy == null) {
                continue;
            }
            for (ControlTest.Ref condition : control.test().conditions()) {
                Conditions.Condition compiled =
                        context.conditions().compile(condition.value()).condition();
                if (compiled != null) { // one that does not compile is condition-invalid
                    compiled.parameters()
                            .forEach(name -> undefined(control, policy, name, condition.pointer(), findings));
                }
            }
            control.test()
                    .dayLimitParameters()
                    .forEach((pointer, limit) -> undefined(control, policy, limit.name(), pointer, findings));
            String cadence = control.test().cadenceParameter();
            if (cadence != null) {
                undefined(control, policy, cadence, "test/every", findings);
            }
        }
        return findings;
    }

    private static void undefined(Control control, Policy policy, String name, String pointer, List<Finding> findings) {
        if (!policy.parameters().containsKey(name)) {
            findings.add(Finding.error(
                    ID,
                    control.origin().at(pointer),
                    "test of control '" + control.id() + "' uses 'policy." + name + "', which policy '" + policy.id()
                            + "' does not define",
                    hint(name, policy)));
        }
    }

    private static String hint(String name, Policy policy) {
        if (policy.parameters().isEmpty()) {
            return "add 'parameters:' with '" + name + "' to " + policy.origin().path();
        }
        return Suggest.hint(
                name,
                policy.parameters().keySet(),
                "define it under 'parameters:' in " + policy.origin().path() + " (defined: "
                        + policy.parameters().keySet().stream().sorted().collect(Collectors.joining(", ")) + ")");
    }
}
