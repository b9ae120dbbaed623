package io.github.soc2kit.core.drift;

import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.expr.Conditions;
import io.github.soc2kit.core.model.ControlTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code population}: every record that matches {@code where} (and whose {@code at} falls in the observation
 * period, when {@code at} is given) must satisfy {@code require}.
 */
class PopulationCheck extends Check {

    private final String source;
    private final @Nullable String at;
    private final Conditions.@Nullable Condition where;
    private final Conditions.Condition require;
    private final String unit;
    private final boolean explain;
    /**
     * The most deviations a population test lists, besides those an exception names: past them it counts, so that a
     * million deviating records of an export cost a count, not a million keys, links and details in memory.
     */
    static final int MAX_LISTED = 10_000;

    private final List<Deviation> deviations = new ArrayList<>();
    private long unlisted;
    private long population;

    PopulationCheck(ControlTest.Population test, CheckContext context, Conditions conditions) {
        this(test.source(), test.at(), test.where(), test.require(), "records", false, context, conditions);
    }

    /** @param explain whether a deviation names the parts of {@code require} it fails and its values */
    PopulationCheck(
            String source,
            @Nullable String at,
            @Nullable String where,
            String require,
            String unit,
            boolean explain,
            CheckContext context,
            Conditions conditions) {
        super(context, conditions);
        this.explain = explain;
        this.source = source;
        this.at = at;
        this.where = condition(where);
        this.require = required(condition(require), "require");
        this.unit = unit;
    }

    @Override
    Set<String> sources() {
        return Set.of(source);
    }

    @Override
    void accept(String from, EvidenceRecord record) {
        LocalDate day = context.day(from, record, at);
        if (at != null && !context.judged(day)) {
            return;
        }
        if (at == null && day != null && day.isAfter(context.asOf())) {
            return; // dated after the as-of date: not judged, as the report counts it
        }
        if (!context.test(where, record, day)) {
            return;
        }
        population++;
        if (!context.test(require, record, day)) {
            if (deviations.size() >= MAX_LISTED && !context.excepted(record.key())) {
                unlisted++;
                return;
            }
            deviations.add(new Deviation(
                    record.key(),
                    (explain ? context.explain(require, record, day) : "does not meet '" + require.expression() + "'")
                            + context.under(require, day),
                    day,
                    1,
                    record.link()));
        }
    }

    @Override
    Outcome finish() {
        return new Outcome(
                population,
                unit,
                deviations,
                0,
                at == null ? population : context.atPeriodEnd(population),
                List.of(),
                unlisted);
    }
}
