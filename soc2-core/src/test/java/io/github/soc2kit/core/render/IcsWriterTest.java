package io.github.soc2kit.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.util.Configurator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IcsWriterTest {

    @TempDir
    Path temp;

    private Calendar parse(String ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse("");
    }

    @Test
    void calendar_parses_back_with_one_all_day_event_per_due_date() throws Exception {
        RenderFixtures.render(RenderFixtures.repository(temp.resolve("repo")), temp.resolve("site"), null);
        String ics = new String(RenderFixtures.read(temp.resolve("site")).get("calendar.ics"), StandardCharsets.UTF_8);
        List<VEvent> events = parse(ics).getComponents(Component.VEVENT);
        assertThat(events)
                .extracting(
                        e -> value(e, Property.UID) + " " + value(e, Property.DTSTART) + " " + value(e, Property.DTEND)
                                + " " + value(e, Property.DTSTAMP) + " " + value(e, Property.SUMMARY))
                .containsExactly(
                        "IAM-02-2026-Q1@tiny.example 20260415 20260416 20251215T000000Z IAM-02 due (2026-Q1): Access is reviewed every quarter",
                        "GOV-01-2026-01-01..2026-06-30@tiny.example 20260630 20260701 20251201T000000Z GOV-01 due (2026-01-01..2026-06-30): Management reviews the security program every year",
                        "IAM-02-2026-Q2@tiny.example 20260715 20260716 20251215T000000Z IAM-02 due (2026-Q2): Access is reviewed every quarter",
                        "IAM-02-2026-Q3@tiny.example 20261015 20261016 20251215T000000Z IAM-02 due (2026-Q3): Access is reviewed every quarter",
                        "GOV-01-2026-07-01..2027-06-30@tiny.example 20270630 20270701 20251201T000000Z GOV-01 due (2026-07-01..2027-06-30): Management reviews the security program every year");
        assertThat(events.get(0)
                        .getProperty(Property.DTSTART)
                        .orElseThrow()
                        .getParameter("VALUE")
                        .orElseThrow()
                        .getValue())
                .isEqualTo("DATE");
        assertThat(value(events.get(0), Property.DESCRIPTION))
                .isEqualTo("Owner: Ana Lind\nPeriod 2026-Q1: 2026-01-01 to 2026-03-31\nDue by"
                        + " 2026-04-15\nStatus as of 2026-06-30: due date passed");
        assertThat(events)
                .allSatisfy(e -> assertThat(e.getProperty(Property.ORGANIZER))
                        .as("the public calendar names no address")
                        .isEmpty());
        assertThat(parse(ics).validate().getEntries())
                .as("validation of the public calendar")
                .isEmpty();
    }

    @Test
    void the_internal_calendar_has_each_owner_address_and_the_verified_statuses() throws Exception {
        RenderFixtures.render(
                RenderFixtures.repository(temp.resolve("repo")), temp.resolve("site"), RenderFixtures.report());
        String ics = new String(
                RenderFixtures.read(RenderFixtures.internal(temp.resolve("site")))
                        .get("calendar.ics"),
                StandardCharsets.UTF_8);
        assertThat(parse(ics).validate().getEntries())
                .as("validation of the internal calendar")
                .isEmpty();
        VEvent first = parse(ics).<VEvent>getComponents(Component.VEVENT).get(0);
        assertThat(value(first, Property.ORGANIZER)).isEqualTo("mailto:ana@tiny.example");
        assertThat(value(first, Property.DESCRIPTION)).startsWith("Owner: Ana Lind <ana@tiny.example>\n");
    }

    @Test
    void calendar_looks_forward_from_the_as_of_date_with_each_status() throws Exception {
        RenderFixtures.render(
                RenderFixtures.repository(temp.resolve("repo")),
                temp.resolve("site"),
                null,
                LocalDate.parse("2026-04-20"));
        String ics = new String(RenderFixtures.read(temp.resolve("site")).get("calendar.ics"), StandardCharsets.UTF_8);
        List<VEvent> events = parse(ics).getComponents(Component.VEVENT);
        assertThat(events)
                .extracting(e -> value(e, Property.UID) + " "
                        + value(e, Property.DESCRIPTION)
                                .substring(value(e, Property.DESCRIPTION).indexOf("Status")))
                .containsExactly(
                        "IAM-02-2026-Q1@tiny.example Status as of 2026-04-20: due date passed",
                        "GOV-01-2026-01-01..2026-06-30@tiny.example Status as of 2026-04-20: due by 2026-06-30",
                        "IAM-02-2026-Q2@tiny.example Status as of 2026-04-20: due by 2026-07-15",
                        "IAM-02-2026-Q3@tiny.example Status as of 2026-04-20: upcoming",
                        "GOV-01-2026-07-01..2027-06-30@tiny.example Status as of 2026-04-20: upcoming");
        assertThat(events)
                .as("events after the as-of date")
                .filteredOn(e -> value(e, Property.DTSTART).compareTo("20260420") > 0)
                .hasSize(4);
    }

    @Test
    void a_repository_without_periodic_controls_has_no_empty_calendar_file() throws Exception {
        Path repo = RenderFixtures.repository(temp.resolve("repo"));
        for (String id : List.of("IAM-02", "GOV-01")) {
            Path control = repo.resolve("controls/" + id + ".yaml");
            Files.writeString(
                    control,
                    Files.readString(control)
                            .replaceAll("frequency: \\w+", "frequency: continuous")
                            .replaceAll("(?s)test:.*", "test:\n  kind: manual\n  procedure: Reviewed by people.\n"));
        }
        RenderFixtures.render(repo, temp.resolve("site"), null);
        var site = RenderFixtures.read(temp.resolve("site"));
        assertThat(site).doesNotContainKey("calendar.ics");
        assertThat(new String(site.get("calendar.html"), StandardCharsets.UTF_8))
                .contains("No periodic controls")
                .doesNotContain("calendar.ics");
    }

    @Test
    void example_repository_calendar_has_every_quarter_of_the_access_review() throws Exception {
        RenderFixtures.render(Path.of("../example-repo"), temp.resolve("site"), null);
        String ics = new String(RenderFixtures.read(temp.resolve("site")).get("calendar.ics"), StandardCharsets.UTF_8);
        List<VEvent> events = parse(ics).getComponents(Component.VEVENT);
        assertThat(events)
                .filteredOn(e -> value(e, Property.UID).startsWith("IAM-05-"))
                .extracting(e -> value(e, Property.UID) + " " + value(e, Property.DTSTART))
                .containsExactly(
                        "IAM-05-2025-Q4@northwind.example 20260115",
                        "IAM-05-2026-Q1@northwind.example 20260415",
                        "IAM-05-2026-Q2@northwind.example 20260715",
                        "IAM-05-2026-Q3@northwind.example 20261015",
                        "IAM-05-2026-Q4@northwind.example 20270115");
        assertThat(events).extracting(e -> value(e, Property.UID)).doesNotHaveDuplicates();
    }

    @Test
    void ical4j_reads_its_configuration_from_the_class_path_and_never_fetches_time_zones() {
        // without ical4j.properties, ical4j logs "ical4j.properties not found." in every build that renders
        assertThat(Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled"))
                .contains("false");
    }
}
