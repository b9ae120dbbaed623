package io.github.soc2kit.core.drift;

import io.github.soc2kit.core.diag.Wording;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One period of a periodic control and where it stands on the as-of date.
 *
 * @param period its label, for example {@code 2026-Q1}
 * @param start its first day (clipped to the observation period)
 * @param end its last day (clipped to the observation period)
 * @param due its last day plus the control's grace days
 * @param done the day of its evidence (the last record when several cover it), null when none is dated by the
 *     as-of date
 */
public record Occurrence(
        String period,
        LocalDate start,
        LocalDate end,
        LocalDate due,
        Status status,
        @Nullable LocalDate done) {

    /** Where an occurrence stands. */
    public enum Status {
        /** Done by its due date. */
        ON_TIME,
        /** Done after its due date. */
        LATE,
        /** Its due date has passed and nothing shows it was done. */
        MISSED,
        /** Its period has begun and its due date has not passed. */
        DUE,
        /** Its period has not begun. */
        UPCOMING;

        /** Lower-case words for reports: {@code on time}, {@code late}, ... */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }

        /** Whether the occurrence is judged (on time, late or missed) rather than still open. */
        public boolean judged() {
            return this == ON_TIME || this == LATE || this == MISSED;
        }
    }

    /** Days after its due date that it was done; 0 unless late. */
    public long daysLate() {
        return status == Status.LATE && done != null ? ChronoUnit.DAYS.between(due, done) : 0;
    }

    /** The status in a few words: {@code on time}, {@code late by 41 days}, {@code missed}, {@code due by 2026-10-15}. */
    public String brief() {
        return switch (status) {
            case LATE -> "late by " + Wording.plural(daysLate(), "day");
            case DUE -> "due by " + due;
            default -> status.label();
        };
    }

    /** The status with its day, for example {@code late by 41 days (done 2026-05-15, due 2026-04-04)}. */
    public String describe() {
        return switch (status) {
            case ON_TIME -> "on time (done " + done + ", due " + due + ")";
            case LATE -> brief() + " (done " + done + ", due " + due + ")";
            case MISSED -> "missed (due " + due + ")";
            case DUE -> "due by " + due;
            case UPCOMING -> "upcoming (" + start + " to " + end + ", due " + due + ")";
        };
    }
}
