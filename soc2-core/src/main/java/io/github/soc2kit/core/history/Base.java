package io.github.soc2kit.core.history;

import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.Policy;
import java.util.List;

/**
 * The policies and controls as they were at the base of a change.
 *
 * @param ref the ref as asked for or chosen, for example {@code origin/main}
 * @param commit the full id of the commit compared with
 */
public record Base(String ref, String commit, List<Policy> policies, List<Control> controls) {

    public Base {
        policies = List.copyOf(policies);
        controls = List.copyOf(controls);
    }
}
