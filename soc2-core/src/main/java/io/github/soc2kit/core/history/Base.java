package io.github.soc2kit.core.history;

import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.Policy;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The policies and controls as they were at the base of a change.
 *
 * @param ref the ref as asked for or chosen, for example {@code origin/main}
 * @param commit the full id of the commit compared with
 * @param checkable the ids of the controls whose file matches the control schema, so that the drift checks can run
 *     their test
 */
public record Base(String ref, String commit, List<Policy> policies, List<Control> controls, Set<String> checkable) {

    public Base {
        policies = List.copyOf(policies);
        controls = List.copyOf(controls);
        checkable = Set.copyOf(checkable);
    }

    /** A base whose every control can be checked. */
    public Base(String ref, String commit, List<Policy> policies, List<Control> controls) {
        this(ref, commit, policies, controls, controls.stream().map(Control::id).collect(Collectors.toSet()));
    }
}
