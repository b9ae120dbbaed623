package io.github.soc2kit.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
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
                        "IAM-02-2026-Q1@soc2kit 20260415 20260416 20251215T000000Z IAM-02 due (2026-Q1): Access is reviewed every quarter",
                        "GOV-01-2026-01-01..2026-06-30@soc2kit 20260630 20260701 20251201T000000Z GOV-01 due (2026-01-01..2026-06-30): Management reviews the security program every year",
                        "IAM-02-2026-Q2@soc2kit 20260715 20260716 20251215T000000Z IAM-02 due (2026-Q2): Access is reviewed every quarter");
        assertThat(events.get(0)
                        .getProperty(Property.DTSTART)
                        .orElseThrow()
                        .getParameter("VALUE")
                        .orElseThrow()
                        .getValue())
                .isEqualTo("DATE");
        assertThat(value(events.get(0), Property.DESCRIPTION))
                .isEqualTo(
                        "Owner: Ana Lind <ana@tiny.example>\nPeriod 2026-Q1: 2026-01-01 to 2026-03-31\nDue by 2026-04-15");
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
                        "IAM-05-2025-Q4@soc2kit 20260115",
                        "IAM-05-2026-Q1@soc2kit 20260415",
                        "IAM-05-2026-Q2@soc2kit 20260715",
                        "IAM-05-2026-Q3@soc2kit 20261015");
        assertThat(events).extracting(e -> value(e, Property.UID)).doesNotHaveDuplicates();
    }
}
