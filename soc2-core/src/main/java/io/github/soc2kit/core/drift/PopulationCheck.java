package io.github.soc2kit.core.drift;

import io.github.soc2kit.core.expr.Conditions;

import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.model.Control;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code population}: every record that matches {@code where} (and whose {@code at} falls in the observation
 * period, when {@code at} is given) must satisfy {@code require}. Also serves {@code config}, where the records
 * are configuration snapshots and every one of them is judged.
 */
final class PopulationCheck extends Check {

    private final String source;
    private final Conditions.Condition where;
    private final Conditions.Condition require;
    private final String unit;
    private final List<Deviation> deviations = new ArrayList<>();
    private long population;

    PopulationCheck(Control control, CheckContext context, Conditions conditions, String unit) {
        super(control, context, conditions);
        this.source = required("source");
        this.where = condition("where");
        this.require = condition("require");
        this.unit = unit;
    }

    @Override
    Set<String> sources() {
        return Set.of(source);
    }

    @Override
    void accept(String from, EvidenceRecord record) {
        String at = value("at");
        LocalDate day = at == null ? context.day(record, null) : context.day(record, at);
        if (at != null && !context.inPeriod(day)) {
            return;
        }
        if (!context.test(where, record, day)) {
            return;
        }
        population++;
        if (!context.test(require, record, day)) {
            deviations.add(new Deviation(record.key(), "does not meet '" + require.expression() + "'"
                    + context.under(require, day), day));
        }
    }

    @Override
    Outcome finish() {
        return new Outcome(population, unit, deviations);
    }
}
