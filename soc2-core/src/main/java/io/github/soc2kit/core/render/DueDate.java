package io.github.soc2kit.core.render;

import java.time.LocalDate;

/**
 * One due date of the compliance calendar: the day by which a periodic control must have run for one period.
 *
 * @param period the period's label, for example {@code 2026-Q1}
 * @param start the period's first day (clipped to the observation period)
 * @param end the period's last day (clipped to the observation period)
 * @param due the period's last day plus the control's grace days
 * @param status where it stands on the as-of date, for example {@code late by 30 days (done 2026-05-15, due
 *     2026-04-15)}, or {@code upcoming}
 * @param stamp the day the calendar data was last approved (the approval of the control's policy); the
 *     iCalendar DTSTAMP, so that no clock enters the output
 * @param domain the organization's email domain, which scopes the UID
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
        String status,
        LocalDate stamp,
        String domain) {

    /**
     * Stable across renders, so that a calendar application updates the event on re-import, and scoped to the
     * organization's domain, so that two companies' events never collide.
     */
    String uid() {
        return control + "-" + period + "@" + domain;
    }
}
