package nl.vhkgateway.domain.screening.detector;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Round 15: "Meldcode" is the name of the national protocol (Meldcode huiselijk geweld en kindermishandeling), not
 * the code of a report, and the year after it is its edition ("Meldcode 2019", "ref. Meldcode 2013"): no record
 * number. A number after "meldcode" that is not a year of this century's editions stays a record number
 * ("meldcode 2026-4471"). Stateless and thread-safe.
 */
final class ProtocolNameYear {

    private static final Pattern YEAR = Pattern.compile("(?:19[89]\\d|20\\d{2})");

    private ProtocolNameYear() {
    }

    /** Whether the label (its word and its number word, as read) is "meldcode" and the value a bare year. */
    static boolean holds(String labelWord, String numberWord, String value) {
        String label = (labelWord + numberWord).strip().toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
        return label.equals("meldcode") && YEAR.matcher(value).matches();
    }
}
