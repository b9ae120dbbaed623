package io.github.soc2kit.core.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void the_same_timestamp_asked_again_in_another_zone_or_after_a_mistake_gets_its_own_answer() {
        ZoneId newYork = ZoneId.of("America/New_York");
        assertThat(Dates.day("2026-04-01T02:00:00Z", ZoneId.of("UTC"))).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(Dates.day("2026-04-01T02:00:00Z", newYork)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(Dates.day("2026-04-01T02:00:00Z", newYork)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThatThrownBy(() -> Dates.day("2026-09-31", newYork)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Dates.day("2026-09-31", newYork)).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void reads_dates_and_times_as_exports_write_them_on_the_company_calendar() {
        assertThat(Dates.day("2026-03-31", BERLIN)).isEqualTo(LocalDate.parse("2026-03-31"));
        assertThat(Dates.day("2026-03-31T22:30:00Z", BERLIN)).isEqualTo(LocalDate.parse("2026-04-01"));
        assertThat(Dates.day("2026-03-31T17:22:09.000+0000", BERLIN)).isEqualTo(LocalDate.parse("2026-03-31"));
        assertThat(Dates.day("2026-03-31T09:00:00", BERLIN)).isEqualTo(LocalDate.parse("2026-03-31"));
        assertThat(Dates.day("2026-03-31 23:30:00", BERLIN)).isEqualTo(LocalDate.parse("2026-03-31"));
        assertThat(Dates.day("2026-03-31 22:30:00Z", BERLIN)).isEqualTo(LocalDate.parse("2026-04-01"));
        assertThat(Dates.day(" ", BERLIN)).isNull();
    }

    @Test
    void an_impossible_date_is_an_error_not_another_day() {
        assertThatThrownBy(() -> Dates.day("2025-09-31", BERLIN)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Dates.day("2025-09-31T10:00:00Z", BERLIN)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Dates.day("2026-02-29T10:00:00", BERLIN)).isInstanceOf(DateTimeParseException.class);
    }
}
