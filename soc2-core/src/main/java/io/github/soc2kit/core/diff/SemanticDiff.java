package io.github.soc2kit.core.diff;

import io.github.soc2kit.core.history.Base;
import io.github.soc2kit.core.model.Cadence;
import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.ControlTest;
import io.github.soc2kit.core.model.Policy;
import io.github.soc2kit.core.model.Risk;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a change does to the policies and controls, compared by id: added, removed and changed policies and
 * controls, each parameter change marked as tightening or loosening, weakened tests, text changed without a
 * version bump, and criteria left without a control.
 *
 * <p>Direction of a parameter change, and of a number in a control's test: for numbers whose name ends in
 * {@code _days}, {@code _hours} or {@code _minutes} (a time limit) a larger value loosens; for other numbers
 * ({@code required_approvals}) a smaller value loosens; a boolean loosens from true to false. A periodic test's
 * {@code every} loosens when its period grows, a control's {@code risk} when it falls. Other changes are only
 * "changed".
 */
public final class SemanticDiff {

    public static final String TIGHTENS = "tightens";
    public static final String LOOSENS = "loosens";
    /** The kind of a change to a policy parameter. */
    public static final String PARAMETER_CHANGED = "parameter-changed";

    private SemanticDiff() {}

    /**
     * One change.
     *
     * @param kind {@code policy-added}, {@code policy-removed}, {@code policy-changed}, {@code parameter-changed},
     *     {@code version-not-bumped}, {@code control-added}, {@code control-removed}, {@code control-changed},
     *     {@code test-weakened}, {@code criterion-uncovered}
     * @param subject the policy, control or criterion id
     * @param detail what changed, in words
     * @param effect {@link #TIGHTENS}, {@link #LOOSENS}, or empty
     */
    public record Change(String kind, String subject, String detail, String effect) {}

    /**
     * The drift preview of one control: its result on the current evidence under the base's parameters and test
     * (before) and under this change's (after).
     */
    public record Preview(String control, Side before, Side after) {

        /**
         * One side of a preview.
         *
         * @param under the changed parameters, for example "required_approvals=2", and "the old test" or "the new
         *     test" when the control's test changed
         * @param population how many records, periods or days were tested
         * @param untested why nothing was tested (no records in the period, no evidence, a check that could not
         *     run); null when something was
         */
        public record Side(
                String under,
                long population,
                double rate,
                @Nullable String untested) {}
    }

    /**
     * Everything {@code soc2:diff} reports.
     *
     * @param ref the base ref
     * @param commit the base commit id
     * @param notes what could not be done, for example the drift preview of a repository with validation errors
     */
    /** @param asOf the day the drift preview judged as of; empty without a preview */
    public record Summary(
            String ref, String commit, List<Change> changes, List<Preview> previews, List<String> notes, String asOf) {
        public Summary {
            changes = List.copyOf(changes);
            previews = List.copyOf(previews);
            notes = List.copyOf(notes);
        }

        public long loosening() {
            return changes.stream().filter(c -> c.effect().equals(LOOSENS)).count();
        }
    }

    public static List<Change> compare(Base base, List<Policy> policies, List<Control> controls) {
        List<Change> changes = new ArrayList<>();
        Map<String, Policy> oldPolicies = byId(base.policies(), Policy::id);
        Map<String, Policy> newPolicies = byId(policies, Policy::id);
        for (String id : union(oldPolicies.keySet(), newPolicies.keySet())) {
            Policy before = oldPolicies.get(id);
            Policy after = newPolicies.get(id);
            if (before == null) {
                changes.add(new Change("policy-added", id, "policy '" + id + "' added", ""));
            } else if (after == null) {
                changes.add(new Change("policy-removed", id, "policy '" + id + "' removed", LOOSENS));
            } else {
                comparePolicy(before, after, changes);
            }
        }
        Map<String, Control> oldControls = byId(base.controls(), Control::id);
        Map<String, Control> newControls = byId(controls, Control::id);
        for (String id : union(oldControls.keySet(), newControls.keySet())) {
            Control before = oldControls.get(id);
            Control after = newControls.get(id);
            if (before == null) {
                changes.add(new Change("control-added", id, "control '" + id + "' added", TIGHTENS));
            } else if (after == null) {
                changes.add(new Change("control-removed", id, "control '" + id + "' removed", LOOSENS));
            } else {
                compareControl(before, after, changes);
            }
        }
        Set<String> covered =
                controls.stream().flatMap(c -> c.criteria().stream()).collect(Collectors.toSet());
        for (String criterion : new TreeSet<>(
                base.controls().stream().flatMap(c -> c.criteria().stream()).toList())) {
            if (!covered.contains(criterion)) {
                changes.add(new Change(
                        "criterion-uncovered",
                        criterion,
                        "criterion " + criterion + " loses its last control",
                        LOOSENS));
            }
        }
        return changes;
    }

    private static void comparePolicy(Policy before, Policy after, List<Change> changes) {
        String id = after.id();
        List<String> what = new ArrayList<>();
        for (String name :
                union(before.parameters().keySet(), after.parameters().keySet())) {
            Object old = before.parameters().get(name);
            Object now = after.parameters().get(name);
            if (!same(old, now)) {
                changes.add(new Change(
                        PARAMETER_CHANGED,
                        id,
                        name + ": " + show(old) + " -> " + show(now),
                        direction(name, old, now)));
            }
        }
        boolean text = !before.sections().equals(after.sections())
                || !before.title().equals(after.title())
                || !before.summary().equals(after.summary());
        if (text) {
            what.add("text");
        }
        if (!before.owner().equals(after.owner())) {
            what.add("owner '" + before.owner() + "' -> '" + after.owner() + "'");
        }
        if (!before.review().equals(after.review())) {
            what.add("review " + before.review() + " -> " + after.review());
        }
        if (!before.controls().equals(after.controls())) {
            what.add("controls");
        }
        if (!Objects.equals(before.approvedOn(), after.approvedOn())
                || !before.approvedBy().equals(after.approvedBy())) {
            what.add("approval");
        }
        if (!before.version().equals(after.version())) {
            what.add("version " + before.version() + " -> " + after.version());
        }
        if (!what.isEmpty()) {
            changes.add(
                    new Change("policy-changed", id, "policy '" + id + "' changed: " + String.join(", ", what), ""));
        }
        if (before.version().equals(after.version())
                && (text || !before.parameters().equals(after.parameters()))) {
            changes.add(new Change(
                    "version-not-bumped",
                    id,
                    "policy '" + id + "' text or parameters changed, but its" + " version is still " + after.version(),
                    ""));
        }
    }

    private static void compareControl(Control before, Control after, List<Change> changes) {
        String id = after.id();
        int count = Math.max(before.tests().size(), after.tests().size());
        for (int i = 0; i < count; i++) {
            @Nullable ControlTest was = i < before.tests().size() ? before.tests().get(i) : null;
            @Nullable ControlTest is = i < after.tests().size() ? after.tests().get(i) : null;
            String which = count == 1 ? "test" : "test " + (i + 1);
            if (is == null) {
                changes.add(new Change("test-weakened", id, "control '" + id + "' " + which + " removed", LOOSENS));
            } else if (was == null) {
                changes.add(new Change("control-changed", id, "control '" + id + "' " + which + " added", ""));
            } else {
                compareTest(id, which, was, is, changes);
            }
        }
        if (!before.owner().equals(after.owner())) {
            changes.add(new Change(
                    "control-changed",
                    id,
                    "control '" + id + "' owner '" + before.owner() + "' -> '" + after.owner() + "'",
                    ""));
        }
        if (before.risk() != after.risk()) {
            changes.add(new Change(
                    "control-changed",
                    id,
                    "control '" + id + "' risk " + orNone(before.risk()) + " -> " + orNone(after.risk())
                            + " (its tolerable deviation rate follows)",
                    ordered(before.risk(), after.risk())));
        }
        if (!before.criteria().equals(after.criteria())) {
            changes.add(new Change(
                    "control-changed",
                    id,
                    "control '" + id + "' criteria " + before.criteria() + " -> " + after.criteria(),
                    ""));
        }
    }

    private static void compareTest(
            String id, String which, ControlTest before, ControlTest after, List<Change> changes) {
        String oldKind = before.kind();
        String newKind = after.kind();
        boolean removed = newKind.isEmpty();
        boolean weakened = !(before instanceof ControlTest.Manual)
                && !oldKind.isEmpty()
                && (removed || after instanceof ControlTest.Manual);
        if (weakened) {
            changes.add(new Change(
                    "test-weakened",
                    id,
                    "control '" + id + "' " + which + " "
                            + (removed ? "removed" : "changed from " + oldKind + " to manual"),
                    LOOSENS));
        } else if (!oldKind.equals(newKind)) {
            changes.add(new Change(
                    "control-changed",
                    id,
                    "control '" + id + "' " + which + " kind " + oldKind + " -> " + newKind,
                    ""));
        }
        Map<String, String> oldValues = before.settings();
        Map<String, String> newValues = after.settings();
        if (oldKind.equals(newKind)) {
            for (String key : union(oldValues.keySet(), newValues.keySet())) {
                String was = withDefault(key, oldValues.get(key));
                String is = withDefault(key, newValues.get(key));
                if (!Objects.equals(was, is)) {
                    String effect = key.equals("every")
                            ? ordered(cadence(was), cadence(is))
                            : direction(key, number(was), number(is));
                    changes.add(new Change(
                            "control-changed",
                            id,
                            "control '" + id + "' " + which + " " + key + ": " + quote(oldValues.get(key)) + " -> "
                                    + quote(newValues.get(key)),
                            effect));
                }
            }
        }
    }

    /** {@link #TIGHTENS}, {@link #LOOSENS} or empty, by the documented rule. */
    static String direction(String name, @Nullable Object before, @Nullable Object after) {
        if (before instanceof Boolean b && after instanceof Boolean a) {
            return b && !a ? LOOSENS : !b && a ? TIGHTENS : "";
        }
        if (before instanceof Number b && after instanceof Number a) {
            int order = decimal(a).compareTo(decimal(b));
            if (order == 0) {
                return "";
            }
            boolean limit = name.endsWith("_days") || name.endsWith("_hours") || name.endsWith("_minutes");
            boolean larger = order > 0;
            return larger == limit ? LOOSENS : TIGHTENS;
        }
        return "";
    }

    /**
     * For cadences (most frequent first) and risks (least tolerant first): {@link #LOOSENS} when {@code after} comes
     * later than {@code before}, {@link #TIGHTENS} when earlier, else empty (also for a value that is not one).
     */
    private static <E extends Enum<E>> String ordered(@Nullable E before, @Nullable E after) {
        if (before == null || after == null || before == after) {
            return "";
        }
        return after.compareTo(before) > 0 ? LOOSENS : TIGHTENS;
    }

    /** A test value, or its schema default when absent: {@code grace_days} is 0 unless set. */
    private static @Nullable String withDefault(String key, @Nullable String value) {
        return value == null && key.equals("grace_days") ? "0" : value;
    }

    private static @Nullable Cadence cadence(@Nullable String every) {
        return every == null ? null : Cadence.of(every);
    }

    private static String orNone(@Nullable Risk value) {
        return value == null ? "(none)" : value.label();
    }

    /** A test value as a number (for limits such as max_gap_days), else null. */
    private static @Nullable BigDecimal number(@Nullable String value) {
        try {
            return value == null ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal decimal(Number n) {
        return new BigDecimal(n.toString());
    }

    private static boolean same(@Nullable Object a, @Nullable Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return decimal(x).compareTo(decimal(y)) == 0;
        }
        return Objects.equals(a, b);
    }

    /** A parameter value as the reports show it: text quoted, an absent one "(none)". */
    public static String show(@Nullable Object value) {
        return value == null ? "(none)" : value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }

    private static String quote(@Nullable String value) {
        return value == null ? "(none)" : "'" + value + "'";
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new TreeMap<>();
        items.forEach(item -> map.putIfAbsent(id.apply(item), item));
        return map;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
