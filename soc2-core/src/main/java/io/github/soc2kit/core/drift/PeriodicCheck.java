package io.github.soc2kit.core.drift;

import io.github.soc2kit.core.expr.Conditions;
import io.github.soc2kit.core.model.Periods;

import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.model.Periods.Period;
import io.github.soc2kit.core.model.Control;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code periodic}: each week, month, quarter, half or year of the observation period has evidence dated within
 * it or within {@code grace_days} after it. Each record counts for one period only: first every period takes the
 * earliest record dated within its own window (on time); then a period left without one takes the earliest
 * remaining record dated after its grace (late); periods still without a record are missing. One review cannot
 * stand for two quarters.
 */
final class PeriodicCheck extends Check {

    private final String source;
    private final Conditions.Condition where;
    private final String every;
    private final int grace;
    private final TreeSet<LocalDate> days = new TreeSet<>();

    PeriodicCheck(Control control, CheckContext context, Conditions conditions) {
        super(control, context, conditions);
        this.source = required("source");
        this.where = condition("where");
        this.every = required("every");
        String graceDays = value("grace_days");
        this.grace = graceDays == null ? 0 : Integer.parseInt(graceDays);
    }

    @Override
    Set<String> sources() {
        return Set.of(source);
    }

    @Override
    void accept(String from, EvidenceRecord record) {
        LocalDate day = context.day(record, required("at"));
        if (day != null && !day.isBefore(context.start()) && context.test(where, record, day)) {
            days.add(day);
        }
    }

    @Override
    Outcome finish() {
        List<Period> periods = periods();
        List<LocalDate> unused = new ArrayList<>(days);
        LocalDate[] onTime = new LocalDate[periods.size()];
        for (int i = 0; i < periods.size(); i++) {
            Period period = periods.get(i);
            LocalDate due = period.end().plusDays(grace);
            onTime[i] = unused.stream().filter(d -> !d.isBefore(period.start()) && !d.isAfter(due)).findFirst().orElse(null);
            unused.remove(onTime[i]);
        }
        List<Deviation> deviations = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            if (onTime[i] != null) {
                continue;
            }
            Period period = periods.get(i);
            LocalDate due = period.end().plusDays(grace);
            LocalDate late = unused.stream().filter(d -> d.isAfter(due)).findFirst().orElse(null);
            if (late != null) {
                unused.remove(late);
                deviations.add(new Deviation(period.label(), "late: done on " + late + ", due by " + due, period.end()));
            } else {
                deviations.add(new Deviation(period.label(), "missing: no evidence dated " + period.start() + " to " + due
                        + context.under(where, period.start(), due), period.end()));
            }
        }
        return new Outcome(periods.size(), unit(), deviations);
    }

    private String unit() {
        return switch (every) {
            case "week" -> "weeks";
            case "month" -> "months";
            case "quarter" -> "quarters";
            case "half" -> "half-years";
            default -> "years";
        };
    }

    /** The periods this check tests, shared with the compliance calendar. */
    List<Period> periods() {
        return Periods.of(every, context.start(), context.end());
    }
}
