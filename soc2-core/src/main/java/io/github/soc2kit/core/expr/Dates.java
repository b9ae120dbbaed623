package io.github.soc2kit.core.expr;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.Temporal;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
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

    private static final long SECONDS_PER_DAY = 86_400;

    /** The stretches of time this thread last found, see {@link Stretches}. */
    private static final ThreadLocal<Stretches> STRETCHES = ThreadLocal.withInitial(Stretches::new);

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
        return text.isEmpty() ? null : day(read(text), zone);
    }

    /**
     * The instant of an ISO-8601 date-time with 'Z' or an offset ({@code 2025-03-04T17:22:09Z}, {@code ...+00:00}),
     * as {@link OffsetDateTime#parse} reads it, or in a shape the quick reading takes (a space for the 'T',
     * {@code +0000}); null for anything else.
     */
    public static @Nullable Instant instant(String text) {
        if (quickly(text) instanceof OffsetDateTime quick) {
            return quick.toInstant();
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate day(Temporal read, ZoneId zone) {
        if (read instanceof OffsetDateTime time) {
            long second = time.toEpochSecond();
            return LocalDate.ofEpochDay(Math.floorDiv(second + STRETCHES.get().offset(zone, second), SECONDS_PER_DAY));
        }
        return read instanceof LocalDateTime local ? local.toLocalDate() : (LocalDate) read;
    }

    /**
     * The last few stretches of time in which a zone keeps one offset from UTC, from one of its transitions to the
     * next. The timestamps of an export mostly fall in two or three of them (winter, summer, winter), so the day of
     * each follows from its seconds without asking the zone's rules, which took a fifth of the judging thread's time
     * on a large export. {@code DatesTest} checks the days against the rules' own.
     */
    private static final class Stretches {
        private final @Nullable Stretch[] known = new Stretch[4];
        private int oldest;

        /** The offset in seconds of {@code zone} at {@code second}. */
        int offset(ZoneId zone, long second) {
            for (Stretch stretch : known) {
                if (stretch != null && second >= stretch.from && second < stretch.until && stretch.zone.equals(zone)) {
                    return stretch.offset;
                }
            }
            Stretch found = Stretch.of(zone, second);
            known[oldest] = found;
            oldest = (oldest + 1) % known.length;
            return found.offset;
        }
    }

    /** From {@code from} (inclusive) to {@code until} (exclusive), in seconds, {@code zone} is {@code offset} from UTC. */
    private record Stretch(ZoneId zone, long from, long until, int offset) {

        static Stretch of(ZoneId zone, long second) {
            ZoneRules rules = zone.getRules();
            Instant instant = Instant.ofEpochSecond(second);
            @Nullable ZoneOffsetTransition before = rules.previousTransition(instant.plusSeconds(1)); // at or before
            @Nullable ZoneOffsetTransition after = rules.nextTransition(instant);
            return new Stretch(
                    zone,
                    before == null ? Long.MIN_VALUE : before.toEpochSecond(),
                    after == null ? Long.MAX_VALUE : after.toEpochSecond(),
                    rules.getOffset(instant).getTotalSeconds());
        }
    }

    /** A date, a date-time or a date-time with offset. */
    private static Temporal read(String text) {
        Temporal quick = quickly(text);
        return quick != null ? quick : formatted(text);
    }

    /** What the formatter reads {@code text} as; throws what it throws. */
    static Temporal formatted(String text) {
        if (text.length() == 10) {
            return LocalDate.parse(text);
        }
        if (text.length() > 10 && text.charAt(10) == ' ') {
            text = text.substring(0, 10) + 'T' + text.substring(11);
        }
        return (Temporal) OFFSET.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
    }

    /**
     * The date-time most exports write, {@code 2026-03-31T17:22:09} with a 'T' or a space, a fraction of up to nine
     * digits and 'Z', an offset ({@code +02:00}, {@code +0200}) or none, read without the formatter, which otherwise
     * takes the most time of verifying a large export; null for any other text, and for any value out of range, which
     * the formatter then reads or refuses. {@code DatesTest} checks that both agree.
     */
    static @Nullable Temporal quickly(String text) {
        int length = text.length();
        if (length < 19
                || text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || text.charAt(10) != 'T' && text.charAt(10) != ' '
                || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (year < 0
                || month < 1
                || month > 12
                || day < 1
                || day > Month.of(month).length(Year.isLeap(year))
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 59) {
            return null;
        }
        int at = 19;
        int nanos = 0;
        if (at < length && text.charAt(at) == '.') {
            int first = ++at;
            while (at < length && digits(text, at, 1) >= 0) {
                at++;
            }
            if (at == first || at - first > 9) {
                return null;
            }
            nanos = digits(text, first, at - first);
            for (int scale = at - first; scale < 9; scale++) {
                nanos *= 10;
            }
        }
        LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
        if (at == length) {
            return local;
        }
        int offsetSeconds;
        char sign = text.charAt(at);
        if (sign == 'Z' && at + 1 == length) {
            offsetSeconds = 0;
        } else if ((sign == '+' || sign == '-')
                && (length - at == 6 && text.charAt(at + 3) == ':' || length - at == 5)) {
            int hours = digits(text, at + 1, 2);
            int minutes = digits(text, length - 2, 2);
            if (hours < 0 || hours > 17 || minutes < 0 || minutes > 59) {
                return null;
            }
            offsetSeconds = (sign == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
        } else {
            return null;
        }
        return local.atOffset(offsetSeconds == 0 ? ZoneOffset.UTC : ZoneOffset.ofTotalSeconds(offsetSeconds));
    }

    /** The number that the {@code count} ASCII digits at {@code from} write, or -1 if one is no digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
