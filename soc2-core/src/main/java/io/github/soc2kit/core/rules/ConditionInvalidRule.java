package io.github.soc2kit.core.rules;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.expr.Conditions;
import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.ControlTest;
import io.github.soc2kit.core.model.DayLimit;
import io.github.soc2kit.core.model.Policy;
import io.github.soc2kit.core.model.PolicyRepository;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every {@code where} and {@code require} of a test is a CEL expression that parses and type-checks to true
 * or false; a {@code within_days} that names a policy parameter names a whole number.
 */
final class ConditionInvalidRule implements Rule {

    static final RuleId ID = RuleId.CONDITION_INVALID;

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        PolicyRepository repo = context.repository();
        List<Finding> findings = new ArrayList<>();
        for (Control control : repo.controls()) {
            for (ControlTest.Ref ref : control.test().conditions()) {
                String field = ref.pointer().substring(ref.pointer().lastIndexOf('/') + 1);
                Conditions.Compiled compiled = context.conditions().compile(ref.value());
                if (compiled.error() != null) {
                    findings.add(
                            Finding.error(
                                    ID,
                                    control.origin().at(ref.pointer()),
                                    "'" + field + "' of control '" + control.id() + "' is not a valid condition: "
                                            + compiled.error(),
                                    "write a CEL expression that gives true or false, for example \"record.status == 'ACTIVE'\""));
                }
            }
            control.test()
                    .dayLimitParameters()
                    .forEach((pointer, limit) ->
                            checkDays(control, pointer, limit, repo.policy(control.policy()), findings));
        }
        return findings;
    }

    private static void checkDays(
            Control control,
            String pointer,
            DayLimit.Parameter limit,
            @Nullable Policy policy,
            List<Finding> findings) {
        Object value = policy == null ? null : policy.parameters().get(limit.name());
        if (policy != null && value != null && !(value instanceof Long)) {
            findings.add(Finding.error(
                    ID,
                    control.origin().at(pointer),
                    "'" + pointer.substring(pointer.indexOf('/') + 1) + "' of control '" + control.id() + "' names '"
                            + limit + "', which is '" + value + "', not a whole number of days",
                    "set '" + limit.name() + "' in " + policy.origin().path() + " to a number of days"));
        }
    }
}
