package nl.vhkgateway.interfaces.rest.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads the moments a social worker types: a date ({@code 2026-03-01}, Dutch local time) or a date-time with
 * offset ({@code 2026-03-01T10:15:00+01:00}). A date as an end of validity means "up to and including that day".
 * Stateless, thread-safe.
 */
public final class DutchMoments {

    public static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private DutchMoments() {
    }

    /** A date means the start of that day. */
    public static Instant start(String text, String field) {
        return parse(text, field, false);
    }

    /** A date means the end of that day (the start of the next one, exclusive). */
    public static Instant endInclusive(String text, String field) {
        return parse(text, field, true);
    }

    private static Instant parse(String text, String field, boolean endOfDay) {
        String t = text.strip();
        try {
            if (t.length() == 10) {
                LocalDate date = LocalDate.parse(t);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(DUTCH_TIME).toInstant();
            }
            return OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field + " is geen datum (2026-03-01) of tijdstip"
                    + " (2026-03-01T10:15:00+01:00)");
        }
    }

    /** ISO form with offset in Dutch time, e.g. 2026-03-01T10:15:00+01:00. */
    public static String format(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(DUTCH_TIME).toOffsetDateTime());
    }
}
