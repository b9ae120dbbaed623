package io.github.soc2kit.core.rules;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.expr.Conditions;
import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.ControlTest;
import io.github.soc2kit.core.model.Policy;
import io.github.soc2kit.core.model.PolicyRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every {@code where} and {@code require} of a test is a CEL expression that parses and type-checks to true
 * or false; a {@code within_days} that names a policy parameter names a whole number.
 */
final class ConditionInvalidRule implements Rule {

    static final RuleId ID = RuleId.CONDITION_INVALID;

    private final Conditions conditions = new Conditions();

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        PolicyRepository repo = context.repository();
        Map<String, Policy> policies = repo.policies().stream()
                .collect(Collectors.toMap(Policy::id, Function.identity(), (a, b) -> a));
        List<Finding> findings = new ArrayList<>();
        for (Control control : repo.controls()) {
            for (ControlTest.Ref ref : control.test().expressions()) {
                String field = ref.pointer().substring(ref.pointer().lastIndexOf('/') + 1);
                if (field.equals("within_days")) {
                    checkDays(control, ref, policies.get(control.policy()), findings);
                    continue;
                }
                Conditions.Compiled compiled = conditions.compile(ref.value());
                if (compiled.error() != null) {
                    findings.add(Finding.error(ID, control.origin().at(ref.pointer()),
                            "'" + field + "' of control '" + control.id() + "' is not a valid condition: " + compiled.error(),
                            "write a CEL expression that gives true or false, for example \"record.status == 'ACTIVE'\""));
                }
            }
        }
        return findings;
    }

    private static void checkDays(Control control, ControlTest.Ref ref, Policy policy, List<Finding> findings) {
        String name = ref.value().substring("policy.".length());
        Object value = policy == null ? null : policy.parameters().get(name);
        if (value != null && !(value instanceof Long)) {
            findings.add(Finding.error(ID, control.origin().at(ref.pointer()),
                    "'within_days' of control '" + control.id() + "' names '" + ref.value() + "', which is '" + value
                            + "', not a whole number of days",
                    "set '" + name + "' in " + policy.origin().path() + " to a number of days"));
        }
    }
}
