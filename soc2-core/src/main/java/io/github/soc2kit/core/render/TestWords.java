package io.github.soc2kit.core.render;

import io.github.soc2kit.core.model.ControlTest;
import io.github.soc2kit.core.model.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** A control's test in plain words, with its conditions and the policy parameter values they use. */
final class TestWords {

    private TestWords() { }

    static Map<String, Object> of(ControlTest test, @Nullable Policy policy) {
        Map<String, Object> parameters = policy == null ? Map.of() : policy.parameters();
        List<Map<String, Object>> conditions = new ArrayList<>();
        TreeSet<String> used = new TreeSet<>();
        for (String[] condition : new String[][] {
                {"where", "Selects the records"}, {"require", "Each record must meet"},
                {"trigger/where", "Selects the triggers"}, {"response/where", "Selects the responses"},
                {"from/where", "Selects the records to match"}, {"to/where", "Selects the counterparts"}}) {
            String expression = test.get(condition[0]);
            if (expression != null) {
                conditions.add(Plain.map("label", condition[1], "expression", expression));
                used.addAll(ControlTest.parametersIn(expression));
            }
        }
        String within = value(test, "within_days");
        if (within.startsWith("policy.")) {
            used.add(within.substring("policy.".length()));
        }
        List<Map<String, Object>> values = used.stream()
                .filter(parameters::containsKey)
                .map(name -> Plain.map("name", "policy." + name, "value", Markdown.text(parameters.get(name))))
                .toList();
        return Plain.map(
                "kind", test.kind(),
                "description", value(test, "description"),
                "sentence", sentence(test, parameters),
                "conditions", conditions,
                "parameters", values);
    }

    private static String sentence(ControlTest test, Map<String, Object> parameters) {
        return switch (test.kind()) {
            case "manual" -> "Tested by people, outside soc2kit: " + value(test, "procedure");
            case "periodic" -> "At least one record of evidence source '" + value(test, "source") + "', dated by its '"
                    + value(test, "at") + "', in every " + value(test, "every") + " of the observation period"
                    + grace(value(test, "grace_days")) + ".";
            case "population" -> "Every record of evidence source '" + value(test, "source")
                    + "' that the conditions select must meet the requirement, or be covered by a documented exception.";
            case "timeliness" -> "Each trigger in '" + value(test, "trigger/source") + "' (dated by its '"
                    + value(test, "trigger/at") + "') must be followed by a response in '" + value(test, "response/source")
                    + "' (dated by its '" + value(test, "response/at") + "') with the same '" + value(test, "trigger/key")
                    + "' within " + days(value(test, "within_days"), parameters) + ".";
            case "reconciliation" -> "Each record of '" + value(test, "from/source") + "' must have a counterpart in '"
                    + value(test, "to/source") + "' whose '" + value(test, "to/key") + "' equals its '"
                    + value(test, "from/key") + "'.";
            case "continuity" -> "The records of evidence source '" + value(test, "source") + "', dated by their '"
                    + value(test, "at") + "', must leave no gap longer than " + days(value(test, "max_gap_days"), parameters)
                    + " in the observation period.";
            case "config" -> "The configuration snapshot in evidence source '" + value(test, "source")
                    + "' must meet the requirement.";
            default -> "Test kind '" + test.kind() + "'.";
        };
    }

    private static String grace(String graceDays) {
        return graceDays.isEmpty() || graceDays.equals("0") ? "" : ", or within " + graceDays + " days after it ends";
    }

    /** {@code 1 day}, {@code 30 days}, or a policy parameter's value and name: {@code 1 day (policy.revocation_days)}. */
    private static String days(String raw, Map<String, Object> parameters) {
        String count = raw;
        String suffix = "";
        if (raw.startsWith("policy.")) {
            Object value = parameters.get(raw.substring("policy.".length()));
            count = value == null ? raw : Markdown.text(value);
            suffix = " (" + raw + ")";
        }
        return count + (count.equals("1") ? " day" : " days") + suffix;
    }

    private static String value(ControlTest test, String path) {
        String value = test.get(path);
        return value == null ? "" : value.strip();
    }
}
