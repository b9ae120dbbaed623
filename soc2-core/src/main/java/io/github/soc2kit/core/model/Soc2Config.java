package io.github.soc2kit.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * soc2.yaml: the organization, the report and its observation period, and the paper of the policy PDF. Null fields
 * were missing or invalid.
 */
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
        Paper paper,
        Origin origin) {

    public Soc2Config {
        categories = List.copyOf(categories);
        tolerableRates = Map.copyOf(tolerableRates);
    }

    /** The tolerable deviation rate of a control of the given risk. */
    public double tolerableRate(@Nullable Risk risk) {
        return risk == null ? 0.0 : tolerableRates.getOrDefault(risk.label(), risk.defaultTolerableRate());
    }

    /** The tolerable deviation rate of {@code control}: its own, else its risk's. */
    public double tolerableRate(Control control) {
        return control.tolerableRate() != null ? control.tolerableRate() : tolerableRate(control.risk());
    }

    /**
     * The as-of date of a run: {@code requested}, else {@code today}, never after the period's end (an audit does
     * not judge what follows the period).
     */
    public LocalDate asOf(@Nullable LocalDate requested, LocalDate today) {
        LocalDate day = requested != null ? requested : today;
        return periodEnd != null && day.isAfter(periodEnd) ? periodEnd : day;
    }
}
