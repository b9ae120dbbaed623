package io.github.soc2kit.core.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How often a periodic control must run, shortest first. Its periods overlap the observation period, clipped to
 * it: calendar weeks (from Monday), months and quarters; half-years and years counted from the start of the
 * observation period, so a year-long period holds exactly one year whatever month it starts in. The drift check
 * and the compliance calendar both use them, so the calendar shows exactly the periods the check tests.
 */
public enum Cadence {
    WEEK("weeks", null), // a weekly control has no calendar of its own
    MONTH("months", "monthly"),
    QUARTER("quarters", "quarterly"),
    HALF("half-years", "semi_annual"),
    YEAR("years", "annual");

    private final String plural;
    private final @Nullable String frequency;

    Cadence(String plural, @Nullable String frequency) {
        this.plural = plural;
        this.frequency = frequency;
    }

    /** As written in a periodic test's {@code every}: {@code week} to {@code year}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The periods counted, plural, for example {@code quarters}. */
    public String plural() {
        return plural;
    }

    /** The cadence written as {@code label}; null for anything else. */
    public static @Nullable Cadence of(String label) {
        for (Cadence cadence : values()) {
            if (cadence.label().equals(label)) {
                return cadence;
            }
        }
        return null;
    }

    /**
     * The cadence a policy parameter names, as a period ({@code quarter}) or a frequency ({@code quarterly},
     * {@code annual}); null for any other value.
     */
    public static @Nullable Cadence ofParameter(@Nullable Object value) {
        if (!(value instanceof String text)) {
            return null;
        }
        Cadence cadence = of(text);
        return cadence != null ? cadence : ofFrequency(text);
    }

    /** The cadence of a control's {@code frequency} ({@code monthly} to {@code annual}); null for the others. */
    public static @Nullable Cadence ofFrequency(String frequency) {
        for (Cadence cadence : values()) {
            if (frequency.equals(cadence.frequency)) {
                return cadence;
            }
        }
        return null;
    }

    /**
     * One period.
     *
     * @param label {@code 2026-W07}, {@code 2026-03}, {@code 2026-Q1}, or, for half-years and years, {@code 2025-10-01..2026-09-30}
     * @param start its first day, no earlier than the observation period's
     * @param end its last day, no later than the observation period's
     */
    public record Period(String label, LocalDate start, LocalDate end) {}

    /** The periods that overlap {@code from} to {@code to}, in order. */
    public List<Period> periods(LocalDate from, LocalDate to) {
        List<Period> periods = new ArrayList<>();
        LocalDate cursor = first(from);
        while (!cursor.isAfter(to)) {
            LocalDate nextStart = advance(cursor);
            LocalDate start = cursor.isBefore(from) ? from : cursor;
            LocalDate end = nextStart.minusDays(1).isAfter(to) ? to : nextStart.minusDays(1);
            periods.add(new Period(label(cursor, start, end), start, end));
            cursor = nextStart;
        }
        return periods;
    }

    private LocalDate first(LocalDate day) {
        return switch (this) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.withMonth((day.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
            case HALF, YEAR -> day; // half-years and years count from the start of the observation period
        };
    }

    private LocalDate advance(LocalDate start) {
        return switch (this) {
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case HALF -> start.plusMonths(6);
            case YEAR -> start.plusYears(1);
        };
    }

    /** The label of the period that begins on {@code cursor} and is clipped to {@code start}..{@code end}. */
    private String label(LocalDate cursor, LocalDate start, LocalDate end) {
        return switch (this) {
            case WEEK ->
                String.format(
                        Locale.ROOT,
                        "%d-W%02d",
                        cursor.get(IsoFields.WEEK_BASED_YEAR),
                        cursor.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> cursor.toString().substring(0, 7);
            case QUARTER -> cursor.getYear() + "-Q" + ((cursor.getMonthValue() - 1) / 3 + 1);
            case HALF, YEAR -> start + ".." + end;
        };
    }
}
