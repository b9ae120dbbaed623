package io.github.soc2kit.core.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * The compliance calendar as an iCalendar file (RFC 5545) that a calendar application imports: one all-day event
 * per due date, with a stable UID so that a re-import updates the events instead of duplicating them, and a
 * DTSTAMP taken from the data, never the clock. Lines end in CRLF, as the format requires.
 */
final class IcsWriter {

    static final String PRODUCT = "-//soc2kit//compliance calendar//EN";

    private IcsWriter() {}

    /**
     * The calendar of {@code dates}, at least one (RFC 5545 requires a component), with statuses as of {@code asOf}.
     *
     * @param addresses whether the owners' e-mail addresses are in the events (as ORGANIZER and in the
     *     description): for the internal site only
     */
    static byte[] write(String name, List<DueDate> dates, LocalDate asOf, boolean addresses) {
        if (dates.isEmpty()) {
            throw new IllegalArgumentException("an iCalendar file needs at least one event");
        }
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT))
                .add(ImmutableVersion.VERSION_2_0)
                .add(new CalScale(CalScale.VALUE_GREGORIAN))
                .add(new XProperty("X-WR-CALNAME", name));
        for (DueDate date : dates) {
            VEvent event = new VEvent(false).add(new Uid(date.uid()));
            if (addresses) {
                event.add(new Organizer(URI.create("mailto:" + date.ownerEmail())));
            }
            event.add(new DtStamp(date.stamp().atStartOfDay().toInstant(ZoneOffset.UTC)))
                    .add(new DtStart<>(date.due()))
                    .add(new DtEnd<>(date.due().plusDays(1)))
                    .add(new Summary(date.control() + " due (" + date.period() + "): " + date.title()))
                    .add(new Description(
                            "Owner: " + date.ownerName() + (addresses ? " <" + date.ownerEmail() + ">" : "")
                                    + "\n"
                                    + "Period " + date.period() + ": " + date.start() + " to " + date.end() + "\n"
                                    + "Due by " + date.due() + "\n"
                                    + "Status as of " + asOf + ": " + date.status()))
                    .add(new Transp(Transp.VALUE_TRANSPARENT));
            calendar.add(event);
        }
        try {
            StringWriter out = new StringWriter();
            new CalendarOutputter(true).output(calendar, out);
            return out.toString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("the compliance calendar is not valid iCalendar: " + e.getMessage(), e);
        }
    }
}
