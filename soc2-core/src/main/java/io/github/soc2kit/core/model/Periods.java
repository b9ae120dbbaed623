package io.github.soc2kit.core.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The periods of a periodic control that overlap the observation period, clipped to it: calendar weeks (from
 * Monday), months and quarters; half-years and years counted from the start of the observation period, so a
 * year-long period holds exactly one year whatever month it starts in. The drift check and the compliance calendar both use them, so the calendar
 * shows exactly the periods the check tests.
 */
public final class Periods {

    private Periods() { }

    /**
     * One period.
     *
     * @param label {@code 2026-W07}, {@code 2026-03}, {@code 2026-Q1}, or, for half-years and years, {@code 2025-10-01..2026-09-30}
     * @param start its first day, no earlier than the observation period's
     * @param end its last day, no later than the observation period's
     */
    public record Period(String label, LocalDate start, LocalDate end) { }

    /**
     * The periods of {@code every} ({@code week}, {@code month}, {@code quarter}, {@code half}, else a year) that
     * overlap {@code from} to {@code to}, in order.
     */
    public static List<Period> of(String every, LocalDate from, LocalDate to) {
        List<Period> periods = new ArrayList<>();
        LocalDate cursor = first(every, from);
        while (!cursor.isAfter(to)) {
            LocalDate nextStart = advance(every, cursor);
            LocalDate start = cursor.isBefore(from) ? from : cursor;
            LocalDate end = nextStart.minusDays(1).isAfter(to) ? to : nextStart.minusDays(1);
            boolean anchored = every.equals("half") || every.equals("year");
            periods.add(new Period(anchored ? start + ".." + end : label(every, cursor), start, end));
            cursor = nextStart;
        }
        return periods;
    }

    private static LocalDate first(String every, LocalDate day) {
        return switch (every) {
            case "week" -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case "month" -> day.withDayOfMonth(1);
            case "quarter" -> day.withMonth((day.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
            default -> day; // half-years and years count from the start of the observation period
        };
    }

    private static LocalDate advance(String every, LocalDate start) {
        return switch (every) {
            case "week" -> start.plusWeeks(1);
            case "month" -> start.plusMonths(1);
            case "quarter" -> start.plusMonths(3);
            case "half" -> start.plusMonths(6);
            default -> start.plusYears(1);
        };
    }

    private static String label(String every, LocalDate start) {
        return switch (every) {
            case "week" -> String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "month" -> start.toString().substring(0, 7);
            default -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
        };
    }
}
