package io.github.soc2kit.core.history;

import io.github.soc2kit.core.drift.ParameterTimeline;
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
 * period applies before it too. Only the current version is validated, so an older value of another type than the
 * current one (text where a number is now) counts as absent. A policy without history has its current parameters on
 * every day.
 */
public final class Timelines {

    private Timelines() { }

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
            for (Map.Entry<LocalDate, Map<String, Object>> day : byDay.descendingMap().entrySet()) {
                Map<String, Object> parameters = new HashMap<>(later);
                day.getValue().forEach((name, value) -> {
                    Object current = policy.parameters().get(name);
                    if (current == null || current.getClass() == value.getClass()) {
                        parameters.put(name, value);
                    }
                });
                entries.add(new ParameterTimeline.Entry(day.getKey(), parameters));
                later = parameters;
            }
            timelines.put(policy.id(), new ParameterTimeline(entries));
        }
        return timelines;
    }
}
