package nl.vhkgateway.domain.card;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the card's Datum in the ways Dutch professionals write it: 17-10-2026, 17/10/2026, 17.10.2026, 17-10-26,
 * 2026-10-17, 17 oktober 2026, 17 okt. 2026, dinsdag 17 oktober 2026. Stateless and thread-safe.
 */
public final class CardDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mrt", 3), Map.entry("maa", 3), Map.entry("apr", 4),
            Map.entry("mei", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
            Map.entry("okt", 10), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Pattern NUMERIC = Pattern.compile("(?<!\\d)(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})(?!\\d)");
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern WRITTEN = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\s+(jan|feb|mrt|maa|apr|mei|jun|jul|aug|sep|okt|oct|nov|dec)\\p{L}*\\.?\\s+(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private CardDates() {
    }

    /** The first valid date in the value. */
    public static Optional<LocalDate> read(String value) {
        Matcher iso = ISO.matcher(value);
        if (iso.find()) {
            return date(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher numeric = NUMERIC.matcher(value);
        if (numeric.find()) {
            String year = numeric.group(3).length() == 2 ? "20" + numeric.group(3) : numeric.group(3);
            return date(year, numeric.group(2), numeric.group(1));
        }
        Matcher written = WRITTEN.matcher(value);
        if (written.find()) {
            int month = MONTHS.get(written.group(2).toLowerCase(Locale.ROOT));
            return date(written.group(3), Integer.toString(month), written.group(1));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
