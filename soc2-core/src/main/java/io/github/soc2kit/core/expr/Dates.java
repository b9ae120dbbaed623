package io.github.soc2kit.core.expr;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.jspecify.annotations.Nullable;

/**
 * Turns the timestamps of evidence exports into calendar days of the company time zone, which is how the
 * policy's day-counted limits ("within 30 days") are read. Accepts dates (2026-03-31), ISO date-times with
 * 'Z' or an offset (2026-03-31T17:22:09Z, 2026-03-31T17:22:09.000+00:00, Jira's +0000) and local date-times, with
 * a 'T' or, as spreadsheets and console reports write them, a space between date and time (2026-03-31 17:22:09).
 */
public final class Dates {

    private static final DateTimeFormatter OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .toFormatter(java.util.Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT); // 2025-09-31T10:00Z is no day, not September 30

    /** The day last worked out on this thread, see {@link Last}. */
    private static final ThreadLocal<@Nullable Last> LAST = new ThreadLocal<>();

    private Dates() {}

    /**
     * The day {@code raw} falls on in {@code zone}, or null for a blank value.
     *
     * @throws DateTimeParseException when the text is no date or time
     */
    public static @Nullable LocalDate day(@Nullable Object raw, ZoneId zone) {
        if (raw == null) {
            return null;
        }
        Last last = LAST.get();
        if (last != null && last.raw.equals(raw) && last.zone.equals(zone)) {
            return last.day;
        }
        LocalDate day = parse(raw, zone);
        LAST.set(new Last(raw, zone, day));
        return day;
    }

    /**
     * The day last worked out on this thread. The engine and then each check of a source ask for the same record's
     * timestamp in turn, so remembering one answer spares parsing it again for each of them.
     */
    private record Last(Object raw, ZoneId zone, @Nullable LocalDate day) {}

    private static @Nullable LocalDate parse(Object raw, ZoneId zone) {
        String text = raw.toString().strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() == 10) {
            return LocalDate.parse(text);
        }
        if (text.length() > 10 && text.charAt(10) == ' ') {
            text = text.substring(0, 10) + 'T' + text.substring(11);
        }
        var parsed = OFFSET.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
        if (parsed instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(zone).toLocalDate();
        }
        return ((LocalDateTime) parsed).toLocalDate();
    }
}
