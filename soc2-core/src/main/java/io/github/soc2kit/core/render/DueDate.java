package io.github.soc2kit.core.render;

import java.time.LocalDate;

/**
 * One due date of the compliance calendar: the day by which a periodic control must have run for one period.
 *
 * @param period the period's label, for example {@code 2026-Q1}
 * @param start the period's first day (clipped to the observation period)
 * @param end the period's last day (clipped to the observation period)
 * @param due the period's last day plus the control's grace days
 * @param stamp the day the calendar data was last approved (the approval of the control's policy); the
 *     iCalendar DTSTAMP, so that no clock enters the output
 */
record DueDate(
        String control,
        String title,
        String ownerName,
        String ownerEmail,
        String period,
        LocalDate start,
        LocalDate end,
        LocalDate due,
        LocalDate stamp) {

    /** Stable across renders, so that a calendar application updates the event on re-import. */
    String uid() {
        return control + "-" + period + "@soc2kit";
    }
}
