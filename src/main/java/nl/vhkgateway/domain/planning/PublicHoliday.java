package nl.vhkgateway.domain.planning;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A Dutch public holiday on a date, with its Dutch name ("Tweede Pinksterdag").
 *
 * @param date      the date
 * @param dutchName the Dutch name
 */
public record PublicHoliday(LocalDate date, String dutchName) {

    public PublicHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(dutchName, "dutchName");
    }
}
