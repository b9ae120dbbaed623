package io.github.soc2kit.core.rules;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.diag.Wording;
import io.github.soc2kit.core.expr.Conditions;
import io.github.soc2kit.core.model.Cadence;
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
        for (Control control :
                repo.controls().stream().flatMap(c -> c.perTest().stream()).toList()) {
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
            Policy policy = repo.policy(control.policy());
            control.test()
                    .dayLimitParameters()
                    .forEach((pointer, limit) -> checkDays(control, pointer, limit, policy, findings));
            String cadence = control.test().cadenceParameter();
            Object value = policy == null || cadence == null
                    ? null
                    : policy.parameters().get(cadence);
            if (value != null && Cadence.ofParameter(value) == null) {
                findings.add(
                        Finding.error(
                                ID,
                                control.origin().at("test/every"),
                                "'every' of control '" + control.id() + "' names 'policy." + cadence + "', which is '"
                                        + Wording.clipped(String.valueOf(value)) + "', not a period",
                                "set '" + cadence + "' in " + policy.origin().path()
                                        + " to week, month, quarter, half or year (or monthly, quarterly, semi_annual or annual)"));
            }
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
