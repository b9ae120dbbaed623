package io.github.soc2kit.core.model;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The test block of a control.
 *
 * @param kind manual, periodic, population, timeliness, reconciliation, continuity or config
 * @param sources every evidence source the test reads, with the pointer (relative to the control) where it is named
 * @param expressions every CEL expression of the test, with its pointer
 * @param values every scalar of the test block as text, by its path below {@code test} ({@code trigger/at})
 */
public record ControlTest(String kind, List<Ref> sources, List<Ref> expressions, Map<String, String> values) {

    private static final Pattern PARAMETER = Pattern.compile("\\bpolicy\\.([a-z][a-z0-9_]*)");

    public ControlTest {
        sources = List.copyOf(sources);
        expressions = List.copyOf(expressions);
        values = Map.copyOf(values);
    }

    /** A scalar of the test by its path below {@code test}, for example {@code every} or {@code trigger/at}; null if absent. */
    public @Nullable String get(String path) {
        return values.get(path);
    }

    /** The policy parameters this test reads, in its conditions and in {@code within_days}, sorted. */
    public Set<String> parameters() {
        Set<String> names = new TreeSet<>();
        values.values().forEach(value -> names.addAll(parametersIn(value)));
        return names;
    }

    /** The names of the policy parameters {@code text} reads as {@code policy.name}, sorted. */
    public static Set<String> parametersIn(String text) {
        Set<String> names = new TreeSet<>();
        Matcher reference = PARAMETER.matcher(text);
        while (reference.find()) {
            names.add(reference.group(1));
        }
        return names;
    }

    /** A value of the test and where it is written, relative to the control, for example {@code test/trigger/source}. */
    public record Ref(String value, String pointer) { }
}
