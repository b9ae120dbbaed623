package io.github.soc2kit.core.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
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
    void days_around_the_clock_changes_are_those_of_the_zone_rules_in_any_order_of_timestamps() {
        DateTimeFormatter written = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
        for (ZoneId zone : List.of(
                BERLIN,
                ZoneId.of("America/New_York"),
                ZoneId.of("Australia/Lord_Howe"), // half an hour of daylight saving
                ZoneId.of("Asia/Kolkata"),
                ZoneOffset.UTC)) {
            List<Instant> instants = new ArrayList<>();
            Instant start = Instant.parse("2025-01-01T00:00:00Z");
            Instant end = Instant.parse("2027-01-01T00:00:00Z");
            for (Instant t = start; t.isBefore(end); t = t.plusSeconds(1_799)) {
                instants.add(t);
            }
            for (ZoneOffsetTransition change = zone.getRules().nextTransition(start);
                    change != null && change.getInstant().isBefore(end);
                    change = zone.getRules().nextTransition(change.getInstant())) {
                for (long second = -2; second <= 2; second++) {
                    instants.add(change.getInstant().plusSeconds(second));
                }
            }
            List<Instant> shuffled = new ArrayList<>(instants);
            Collections.shuffle(shuffled, new Random(7));
            List<Instant> reversed = new ArrayList<>(instants);
            Collections.reverse(reversed);
            for (List<Instant> order : List.of(instants, reversed, shuffled)) {
                for (Instant t : order) {
                    LocalDate expected = t.atZone(zone).toLocalDate();
                    assertThat(Dates.day(t.toString(), zone))
                            .as(t + " in " + zone)
                            .isEqualTo(expected);
                    String atOffset = written.format(t.atOffset(ZoneOffset.ofHoursMinutes(-9, -30)));
                    assertThat(Dates.day(atOffset, zone))
                            .as(atOffset + " in " + zone)
                            .isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void an_impossible_date_is_an_error_not_another_day() {
        assertThatThrownBy(() -> Dates.day("2025-09-31", BERLIN)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Dates.day("2025-09-31T10:00:00Z", BERLIN)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Dates.day("2026-02-29T10:00:00", BERLIN)).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void the_quick_reading_gives_what_the_formatter_reads_and_leaves_what_it_refuses_to_it() {
        int quick = 0;
        for (String date : List.of(
                "2024-02-29",
                "2025-02-29",
                "0000-01-01",
                "2026-12-31",
                "2026-00-10",
                "2026-13-01",
                "2026-04-31",
                "2026-1-01",
                "2O26-01-01")) {
            for (String time : List.of(
                    "T00:00:00",
                    " 23:59:59",
                    "T24:00:00",
                    "T12:60:00",
                    "T12:00:60",
                    "T12:00",
                    "t12:00:00",
                    "T1:00:00")) {
                for (String fraction : List.of("", ".0", ".123", ".123456789", ".1234567890", ".")) {
                    for (String offset : List.of(
                            "",
                            "Z",
                            "z",
                            "+00:00",
                            "-00:00",
                            "-05:00",
                            "+0530",
                            "+05:3",
                            "+17:59",
                            "+18:00",
                            "+19:00",
                            "+05:30:00",
                            "Z ",
                            "ZZ")) {
                        String text = date + time + fraction + offset;
                        Temporal fast = Dates.quickly(text);
                        if (fast != null) {
                            quick++;
                            assertThat(fast).as(text).isEqualTo(Dates.formatted(text));
                        }
                    }
                }
            }
        }
        assertThat(quick).as("texts read quickly").isGreaterThan(100);
        for (String usual : List.of(
                "2026-03-31T17:22:09Z",
                "2026-03-31T17:22:09.000+00:00",
                "2026-03-31T17:22:09.000+0000",
                "2026-03-31 17:22:09",
                "2026-03-31T17:22:09")) {
            assertThat(Dates.quickly(usual)).as(usual).isNotNull();
        }
    }
}
