package io.github.soc2kit.core.drift;

import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.expr.Conditions;
import io.github.soc2kit.core.model.Cadence;
import io.github.soc2kit.core.model.ControlTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * {@code periodic}: each week, month, quarter, half or year of the observation period has evidence dated within
 * it or within {@code grace_days} after it. Each record counts for one period only: first every period takes the
 * earliest record dated within its own window (on time); then a period left without one takes the earliest
 * remaining record dated after its grace (late); periods still without a record are missing. One review cannot
 * stand for two quarters.
 */
final class PeriodicCheck extends Check {

    private final ControlTest.Periodic test;
    private final Conditions.@Nullable Condition where;
    private final Cadence every;
    private final TreeSet<LocalDate> days = new TreeSet<>();

    PeriodicCheck(ControlTest.Periodic test, CheckContext context, Conditions conditions) {
        super(context, conditions);
        this.test = test;
        this.where = condition(test.where());
        this.every = required(test.every(), "every");
    }

    @Override
    Set<String> sources() {
        return Set.of(test.source());
    }

    @Override
    void accept(String from, EvidenceRecord record) {
        LocalDate day = context.day(record, test.at());
        if (day != null && !day.isBefore(context.start()) && context.test(where, record, day)) {
            days.add(day);
        }
    }

    @Override
    Outcome finish() {
        List<Cadence.Period> periods = every.periods(context.start(), context.end());
        List<LocalDate> unused = new ArrayList<>(days);
        LocalDate[] onTime = new LocalDate[periods.size()];
        for (int i = 0; i < periods.size(); i++) {
            Cadence.Period period = periods.get(i);
            LocalDate due = period.end().plusDays(test.grace());
            onTime[i] = unused.stream()
                    .filter(d -> !d.isBefore(period.start()) && !d.isAfter(due))
                    .findFirst()
                    .orElse(null);
            unused.remove(onTime[i]);
        }
        List<Deviation> deviations = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            if (onTime[i] != null) {
                continue;
            }
            Cadence.Period period = periods.get(i);
            LocalDate due = period.end().plusDays(test.grace());
            LocalDate late =
                    unused.stream().filter(d -> d.isAfter(due)).findFirst().orElse(null);
            if (late != null) {
                unused.remove(late);
                deviations.add(
                        new Deviation(period.label(), "late: done on " + late + ", due by " + due, period.end()));
            } else {
                deviations.add(new Deviation(
                        period.label(),
                        "missing: no evidence dated " + period.start() + " to " + due
                                + context.under(where, period.start(), due),
                        period.end()));
            }
        }
        return new Outcome(periods.size(), every.plural(), deviations);
    }
}
