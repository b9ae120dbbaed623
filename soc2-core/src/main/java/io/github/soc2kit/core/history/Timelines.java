package io.github.soc2kit.core.history;

import io.github.soc2kit.core.model.Policy;
import io.github.soc2kit.core.model.PolicyRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parameters of each policy over time, from its versions in git: each version is in force from its effective
 * day; an uncommitted version without {@code effective:} replaces the version before it. A parameter an older
 * version does not have takes the value of the next version that has it, so that a parameter added during the
 * period applies before it too. Only the current version is validated, so an older value is taken as the type of
 * the current one, and one of another kind (text where a number is now) counts as absent. A policy without history
 * has its current parameters on every day.
 */
public final class Timelines {

    private Timelines() {}

    public static Map<String, ParameterTimeline> of(PolicyRepository repo, RepositoryHistory history) {
        Map<String, ParameterTimeline> timelines = new TreeMap<>();
        for (Policy policy : repo.policies()) {
            TreeMap<LocalDate, Map<String, Object>> byDay = new TreeMap<>();
            LocalDate previous = LocalDate.MIN;
            for (FileVersion version : history.policy(policy.id())) {
                LocalDate from = version.effective() != null ? version.effective() : previous;
                byDay.put(from, version.policy().parameters());
                previous = from;
            }
            if (byDay.isEmpty()) {
                timelines.put(policy.id(), ParameterTimeline.constant(policy.parameters()));
                continue;
            }
            List<ParameterTimeline.Entry> entries = new ArrayList<>();
            Map<String, Object> later = Map.of();
            for (Map.Entry<LocalDate, Map<String, Object>> day :
                    byDay.descendingMap().entrySet()) {
                Map<String, Object> parameters = overlay(later, day.getValue(), policy.parameters());
                entries.add(new ParameterTimeline.Entry(day.getKey(), parameters));
                later = parameters;
            }
            timelines.put(policy.id(), new ParameterTimeline(entries));
        }
        return timelines;
    }

    /**
     * {@code under} with the values of {@code older} laid over it, each as the type of the current, validated value in
     * {@code current}: a whole number and a decimal convert to each other where they can; a value of another kind
     * (text where a number is now) is left out.
     */
    public static Map<String, Object> overlay(
            Map<String, Object> under, Map<String, Object> older, Map<String, Object> current) {
        Map<String, Object> parameters = new HashMap<>(under);
        older.forEach((name, value) -> {
            Object now = current.get(name);
            if (now == null || now.getClass() == value.getClass()) {
                parameters.put(name, value);
            } else if (now instanceof Double && value instanceof Long whole) {
                parameters.put(name, whole.doubleValue());
            } else if (now instanceof Long
                    && value instanceof Double decimal
                    && decimal == Math.rint(decimal)
                    && Math.abs(decimal) < 1e15) {
                parameters.put(name, decimal.longValue());
            }
        });
        return parameters;
    }
}
