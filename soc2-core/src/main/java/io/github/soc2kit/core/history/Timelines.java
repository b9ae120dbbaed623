package io.github.soc2kit.core.history;

import io.github.soc2kit.core.drift.ParameterTimeline;
import io.github.soc2kit.core.model.Policy;
import io.github.soc2kit.core.model.PolicyRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parameters of each policy over time, from its versions in git: each version is in force from its effective
 * day; an uncommitted version without {@code effective:} replaces the version before it. A policy without history
 * has its current parameters on every day.
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
            byDay.forEach((from, parameters) -> entries.add(new ParameterTimeline.Entry(from, parameters)));
            timelines.put(policy.id(), new ParameterTimeline(entries));
        }
        return timelines;
    }
}
