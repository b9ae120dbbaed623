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
        if (day != null && !day.isBefore(context.start()) && context.test(where, record)) {
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

    /**
     * The periods that overlap the observation period, clipped to it: calendar weeks (from Monday), months and
     * quarters; half-years and years counted from the start of the observation period, so a year-long period
     * holds exactly one year whatever month it starts in.
     */
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
            default -> context.start(); // half-years and years count from the start of the period
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
            case "half" -> "half-year from " + start;
            default -> "year from " + start;
        };
    }
}
