package io.github.soc2kit.core.drift;

import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.model.Control;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
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
        List<Period> periods = periods();
        List<Deviation> deviations = new ArrayList<>();
        List<LocalDate> pending = new ArrayList<>(days);
        int next = 0;
        for (Period period : periods) {
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

    record Period(String label, LocalDate start, LocalDate end) { }

    /** The calendar periods that overlap the observation period, clipped to it. */
    List<Period> periods() {
        List<Period> periods = new ArrayList<>();
        LocalDate cursor = first(context.start());
        while (!cursor.isAfter(context.end())) {
            LocalDate nextStart = advance(cursor);
            LocalDate start = cursor.isBefore(context.start()) ? context.start() : cursor;
            LocalDate end = nextStart.minusDays(1).isAfter(context.end()) ? context.end() : nextStart.minusDays(1);
            periods.add(new Period(label(cursor), start, end));
            cursor = nextStart;
        }
        return periods;
    }

    private LocalDate first(LocalDate day) {
        return switch (every) {
            case "week" -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case "month" -> day.withDayOfMonth(1);
            case "quarter" -> day.withMonth((day.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
            case "half" -> day.withMonth(day.getMonthValue() <= 6 ? 1 : 7).withDayOfMonth(1);
            default -> day.withDayOfYear(1);
        };
    }

    private LocalDate advance(LocalDate start) {
        return switch (every) {
            case "week" -> start.plusWeeks(1);
            case "month" -> start.plusMonths(1);
            case "quarter" -> start.plusMonths(3);
            case "half" -> start.plusMonths(6);
            default -> start.plusYears(1);
        };
    }

    private String label(LocalDate start) {
        return switch (every) {
            case "week" -> String.format(java.util.Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "month" -> start.toString().substring(0, 7);
            case "quarter" -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case "half" -> start.getYear() + "-H" + (start.getMonthValue() <= 6 ? 1 : 2);
            default -> Integer.toString(start.getYear());
        };
    }
}
