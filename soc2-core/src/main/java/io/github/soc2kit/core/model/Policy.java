package io.github.soc2kit.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A policy: its text, its approval and the parameters its controls test against. */
public record Policy(
        String id,
        String title,
        String version,
        String owner,
        String approvedBy,
        @Nullable LocalDate approvedOn,
        @Nullable LocalDate effective,
        String review,
        String summary,
        Map<String, Object> parameters,
        List<String> controls,
        List<Section> sections,
        Origin origin) {

    /** A parameter placeholder in policy text, {@code {{name}}} or {@code {{ name }}}; group 1 is the name. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    public Policy {
        parameters = Map.copyOf(parameters);
        controls = List.copyOf(controls);
        sections = List.copyOf(sections);
    }

    /** One Markdown section of the policy text. */
    public record Section(String title, String text) {}
}
