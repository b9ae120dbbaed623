package io.github.soc2kit.core.render;

import java.util.Locale;
import java.util.Map;

/** The words a reader sees for the enumerated values of the YAML files. */
final class Words {

    private static final Map<String, String> SPECIAL = Map.of(
            "it_dependent_manual", "IT-dependent manual",
            "per_event", "per event",
            "ad_hoc", "ad hoc",
            "semi_annual", "semi-annual",
            "carve_out", "carve-out",
            "processing_integrity", "processing integrity");

    private Words() {}

    /** {@code semi_annual} to {@code semi-annual}, {@code per_event} to {@code per event}. */
    static String of(String value) {
        return SPECIAL.getOrDefault(value, value.replace('_', ' '));
    }

    /** The same words with a capital first letter, for headings and table cells. */
    static String capitalized(String value) {
        String words = of(value);
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
