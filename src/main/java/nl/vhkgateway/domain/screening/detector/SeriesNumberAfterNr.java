package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.screening.Category;

/**
 * Round 14 (r14-misses): a series of two capitals, a space and six digits right after "nr", "nr." or "nummer" (with
 * an optional colon) is the series and number of an identity document, whatever document is named before it
 * ("seria en nr RX 482913", "kaart nummer: KT 550218"). Fewer or more digits, a year, or a lower-case pair are left to
 * the other rules ("nr AB 2019", "nummer 4 van 6"). Stateless and thread-safe.
 */
final class SeriesNumberAfterNr {

    private static final Pattern SERIES = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])(?:nr\\.?|nummer)\\s*:?\\s*(?-i)(\\p{Lu}{2}\\s\\d{6})(?![\\p{L}\\d]|[.,/-]\\d)");

    private SeriesNumberAfterNr() {
    }

    /** Adds the spans of series numbers after "nr"/"nummer" to {@code spans}. */
    static void find(String text, String detector, List<Span> spans) {
        Matcher m = SERIES.matcher(text);
        while (m.find()) {
            spans.add(new Span(m.start(1), m.end(1), Category.ID_NUMBER, detector));
        }
    }
}
