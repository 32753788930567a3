package nl.vhkgateway.infrastructure.calendar;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import nl.vhkgateway.application.agenda.CalendarWriter;
import nl.vhkgateway.domain.planning.CalendarFeedEvent;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * {@link CalendarWriter} with ical4j (RFC 5545): a VCALENDAR (METHOD:PUBLISH) with one VEVENT per event; timed events
 * in UTC ({@code 20261215T080000Z}), all-day events as {@code VALUE=DATE} with the next day as DTEND. Thread-safe.
 */
public final class Ical4jCalendarWriter implements CalendarWriter {

    static final String PRODUCT = "-//VHK Gateway//Agenda VeiligheidsTeam//NL";

    @Override
    public String write(List<CalendarFeedEvent> events, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        Instant dtStamp = stamp.truncatedTo(ChronoUnit.SECONDS);
        for (CalendarFeedEvent event : events) {
            VEvent vevent = event.isAllDay()
                    ? new VEvent(event.day(), event.day().plusDays(1), event.summary())
                    : new VEvent(event.start().orElseThrow().truncatedTo(ChronoUnit.SECONDS),
                    event.end().orElseThrow().truncatedTo(ChronoUnit.SECONDS), event.summary());
            vevent.replace(new DtStamp(dtStamp));
            vevent.add(new Uid(event.uid()));
            if (event.sequence() > 0) {
                vevent.add(new Sequence(event.sequence()));
            }
            calendar.add(vevent);
        }
        return calendar.toString();
    }
}
