package io.github.soc2kit.core.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of one policy over time: which values were in force from which day. A record is judged against
 * the values in force on its day; a record before the first entry is judged against the first.
 *
 * @param entries ordered by {@code from}; at least one
 */
public record ParameterTimeline(List<Entry> entries) {

    /** The parameters in force from {@code from} (inclusive) until the next entry. */
    public record Entry(LocalDate from, Map<String, Object> parameters) {
        public Entry {
            parameters = Map.copyOf(parameters);
        }
    }

    public ParameterTimeline {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a timeline has at least one entry");
        }
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::from));
        entries = List.copyOf(sorted);
    }

    /** The same parameters on every day: the behaviour without history. */
    public static ParameterTimeline constant(Map<String, Object> parameters) {
        return new ParameterTimeline(List.of(new Entry(LocalDate.MIN, parameters)));
    }

    /** Whether any parameter has more than one value over time. */
    public boolean varies() {
        return !changed().isEmpty();
    }

    /** The parameters in force on {@code day}; the newest when the day is unknown. */
    public Map<String, Object> at(@Nullable LocalDate day) {
        if (day == null) {
            return entries.get(entries.size() - 1).parameters();
        }
        Entry found = entries.get(0);
        for (Entry entry : entries) {
            if (!entry.from().isAfter(day)) {
                found = entry;
            }
        }
        return found.parameters();
    }

    /** The names of the parameters whose value changes over time, sorted. */
    public Set<String> changed() {
        Set<String> names = new TreeSet<>();
        Map<String, Object> first = entries.get(0).parameters();
        for (Entry entry : entries) {
            Set<String> all = new TreeSet<>(first.keySet());
            all.addAll(entry.parameters().keySet());
            for (String name : all) {
                if (!Objects.equals(first.get(name), entry.parameters().get(name))) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
