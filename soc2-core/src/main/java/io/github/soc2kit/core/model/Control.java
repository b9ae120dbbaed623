package io.github.soc2kit.core.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A control: what is done, by whom, for which criteria, and how practice is tested. A null risk was missing or invalid. */
public record Control(
        String id,
        String title,
        String description,
        String policy,
        String owner,
        String frequency,
        @Nullable Risk risk,
        List<String> criteria,
        List<String> components,
        ControlTest test,
        Origin origin) {

    public Control {
        criteria = List.copyOf(criteria);
        components = List.copyOf(components);
    }
}
