package io.github.soc2kit.core.drift;

import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.model.Control;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code periodic}: each week, month, quarter, half or year of the observation period has evidence dated within
 * it or within {@code grace_days} after it. Each record counts for one period only, in date order, so a single
 * late review cannot stand for two quarters: a period whose next record comes after its grace is late, and the
 * periods left without a record are missing.
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
        if (day != null && !day.isBefore(context.start()) && context.test(where, record)) {
            days.add(day);
        }
    }

    @Override
    Outcome finish() {
        List<Periods.Period> periods = Periods.of(every, context.start(), context.end());
        List<Deviation> deviations = new ArrayList<>();
        List<LocalDate> pending = new ArrayList<>(days);
        int next = 0;
        for (Periods.Period period : periods) {
            while (next < pending.size() && pending.get(next).isBefore(period.start())) {
                next++;
            }
            LocalDate due = period.end().plusDays(grace);
            if (next < pending.size()) {
                LocalDate done = pending.get(next++);
                if (done.isAfter(due)) {
                    deviations.add(new Deviation(period.label(), "late: done on " + done + ", due by " + due, period.end()));
                }
            } else {
                deviations.add(new Deviation(period.label(), "missing: no evidence dated " + period.start() + " to " + due,
                        period.end()));
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
}
