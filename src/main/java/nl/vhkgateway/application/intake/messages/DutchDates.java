package nl.vhkgateway.application.intake.messages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes dates and times the way a Dutch reader expects them: "dinsdag 1 december 2026", "1 december 2026",
 * "dinsdag 1 december 2026 om 09:05". Thread-safe.
 */
public final class DutchDates {

    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter WITH_WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", DUTCH);
    private static final DateTimeFormatter WITHOUT_WEEKDAY = DateTimeFormatter.ofPattern("d MMMM uuuu", DUTCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", DUTCH);

    private DutchDates() {
    }

    /** "dinsdag 1 december 2026". */
    public static String withWeekday(LocalDate date) {
        return WITH_WEEKDAY.format(date);
    }

    /** "1 december 2026". */
    public static String date(LocalDate date) {
        return WITHOUT_WEEKDAY.format(date);
    }

    /** "dinsdag 1 december 2026 om 09:05", in the given zone. */
    public static String dateTime(Instant instant, ZoneId zone) {
        var local = instant.atZone(zone);
        return WITH_WEEKDAY.format(local) + " om " + TIME.format(local);
    }
}
