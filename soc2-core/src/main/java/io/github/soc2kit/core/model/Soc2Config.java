package io.github.soc2kit.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** soc2.yaml: the organization, the report and its observation period. Null fields were missing or invalid. */
public record Soc2Config(
        String organization,
        String system,
        int reportType,
        List<String> categories,
        @Nullable LocalDate periodStart,
        @Nullable LocalDate periodEnd,
        String timezone,
        String roster,
        Map<String, Double> tolerableRates,
        int exceptionWindowDays,
        Origin origin) {

    /** Tolerable deviation rates by risk when soc2.yaml sets none. */
    public static final Map<String, Double> DEFAULT_TOLERABLE_RATES = Map.of("low", 0.10, "moderate", 0.05, "high", 0.02);

    public Soc2Config {
        categories = List.copyOf(categories);
        tolerableRates = Map.copyOf(tolerableRates);
    }

    /** The tolerable deviation rate of a control of the given risk. */
    public double tolerableRate(String risk) {
        return tolerableRates.getOrDefault(risk, DEFAULT_TOLERABLE_RATES.getOrDefault(risk, 0.0));
    }
}
