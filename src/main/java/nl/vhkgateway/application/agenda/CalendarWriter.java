package nl.vhkgateway.application.agenda;

import nl.vhkgateway.domain.planning.CalendarFeedEvent;

import java.time.Instant;
import java.util.List;

/** Writes feed events as an RFC 5545 iCalendar text (infrastructure: ical4j). Thread-safe. */
public interface CalendarWriter {

    /**
     * @param events the events
     * @param stamp  the DTSTAMP of every event (the moment the feed is made)
     */
    String write(List<CalendarFeedEvent> events, Instant stamp);
}
