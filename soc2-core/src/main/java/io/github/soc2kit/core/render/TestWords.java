package io.github.soc2kit.core.render;

import io.github.soc2kit.core.expr.Conditions;
import io.github.soc2kit.core.model.Cadence;
import io.github.soc2kit.core.model.ControlTest;
import io.github.soc2kit.core.model.DayLimit;
import io.github.soc2kit.core.model.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A control's test in plain words, with its conditions and the policy parameter values they use. */
final class TestWords {

    private final Conditions conditions;

    /** @param conditions the compiled conditions of the repository's tests */
    TestWords(Conditions conditions) {
        this.conditions = conditions;
    }

    Map<String, Object> of(ControlTest test, @Nullable Policy policy) {
        Map<String, Object> parameters = policy == null ? Map.of() : policy.parameters();
        Map<String, String> settings = test.settings();
        List<Map<String, Object>> shown = new ArrayList<>();
        for (String[] condition : new String[][] {
            {"where", "Selects the records"}, {"require", "Each record must meet"},
            {"trigger/where", "Selects the triggers"}, {"response/where", "Selects the responses"},
            {"from/where", "Selects the records to match"}, {"to/where", "Selects the counterparts"}
        }) {
            String expression = settings.get(condition[0]);
            if (expression != null) {
                shown.add(Plain.map("label", condition[1], "expression", expression));
            }
        }
        List<Map<String, Object>> values = conditions.parameters(test).stream()
                .filter(parameters::containsKey)
                .map(name -> Plain.map("name", DayLimit.PREFIX + name, "value", Markdown.text(parameters.get(name))))
                .toList();
        return Plain.map(
                "kind", test.kind(),
                "description", text(test.description()),
                "sentence", test.accept(new Sentence(parameters)),
                "conditions", shown,
                "parameters", values);
    }

    /** The test in one sentence. */
    private record Sentence(Map<String, Object> parameters) implements ControlTest.Visitor<String> {

        @Override
        public String manual(ControlTest.Manual test) {
            return "Tested by people, outside soc2kit: " + text(test.procedure());
        }

        @Override
        public String periodic(ControlTest.Periodic test) {
            return "At least one record of evidence source '" + text(test.source()) + "', dated by its '"
                    + text(test.at())
                    + "', in every " + cadence(test) + " of the observation period"
                    + (test.graceDays() == null ? "" : ", or within " + days(test.graceDays()) + " after it ends")
                    + ".";
        }

        @Override
        public String population(ControlTest.Population test) {
            return "Every record of evidence source '" + text(test.source())
                    + "' that the conditions select must meet the requirement, or be covered by a documented exception.";
        }

        @Override
        public String timeliness(ControlTest.Timeliness test) {
            return "Each trigger in '" + text(test.trigger().source()) + "' (dated by its '"
                    + text(test.trigger().at())
                    + "') must be followed by a response in '"
                    + text(test.response().source())
                    + (test.response().at() == null
                            ? "' (dated by the day of the export)"
                            : "' (dated by its '" + text(test.response().at()) + "')")
                    + " with the same '"
                    + text(test.trigger().key()) + "' within "
                    + days(test.within()) + ".";
        }

        @Override
        public String reconciliation(ControlTest.Reconciliation test) {
            return "Each record of '" + text(test.from().source()) + "' must have a counterpart in '"
                    + text(test.to().source()) + "' whose '" + text(test.to().key()) + "' equals its '"
                    + text(test.from().key()) + "'.";
        }

        @Override
        public String continuity(ControlTest.Continuity test) {
            return "The records of evidence source '" + text(test.source()) + "', dated by their '" + text(test.at())
                    + "', must leave no gap longer than "
                    + days(test.maxGapDays())
                    + " in the observation period.";
        }

        @Override
        public String config(ControlTest.Config test) {
            return "The configuration snapshot in evidence source '" + text(test.source())
                    + "' must meet the requirement.";
        }

        @Override
        public String unknown(ControlTest.Unknown test) {
            return "Test kind '" + test.kind() + "'.";
        }

        /** {@code quarter}, or a policy parameter's cadence and name: {@code quarter (policy.review_cadence)}. */
        private String cadence(ControlTest.Periodic test) {
            Cadence cadence = test.cadence(parameters);
            String label = cadence == null ? "" : cadence.label();
            return test.everyParameter() == null ? label : label + " (" + DayLimit.PREFIX + test.everyParameter() + ")";
        }

        /** {@code 1 day}, {@code 30 days}, or a policy parameter's value and name: {@code 1 day (policy.revocation_days)}. */
        private String days(@Nullable DayLimit limit) {
            String count = limit == null ? "" : limit.toString();
            String suffix = "";
            if (limit instanceof DayLimit.Parameter parameter) {
                Object value = parameters.get(parameter.name());
                count = value == null ? count : Markdown.text(value);
                suffix = " (" + limit + ")";
            }
            return count + (count.equals("1") ? " day" : " days") + suffix;
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
