package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.screening.Category;

/**
 * Round 16 (fix16-numbers): the Belgian national number (rijksregisternummer, INSZ, bisnummer), eleven digits: the
 * birth date as YYMMDD (month plus 20 or 40 in a bis number), a serial of three and a check of two digits,
 * 97 minus the first nine digits modulo 97 (with a 2 before them for a birth after 1999). Found in three shapes:
 * <ul>
 *   <li>written as the register writes it, "84.09.15-585.16": anywhere (no other number is written so);</li>
 *   <li>after its label ("INSZ jeugdige: 13060952534", "RRN vader 84091558516", "rijksregisternummer ..."), with
 *       up to three words between label and number;</li>
 *   <li>eleven digits alone whose date part is a date and whose check digits match ("13060952534").</li>
 * </ul>
 * Organisation numbers (KBO, ondernemingsnummer: ten digits) and phone numbers do not have this shape. Thread-safe.
 */
final class BelgianNationalNumber {

    private static final Pattern DOTTED = Pattern.compile(
            "(?<![\\d.,/-])(\\d{2})\\.(\\d{2})\\.(\\d{2})\\s?[-.]\\s?(\\d{3})\\s?[.-]\\s?(\\d{2})(?![\\d]|[.,-]\\d)");
    private static final Pattern LABELLED = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:insz|rrn|rr-?nr\\.?|rijksregister\\p{L}*|rijksreg\\.?\\s?nr\\.?|bis-?nummer|"
                    + "identificatienummer\\s+(?:van\\s+de\\s+)?sociale\\s+zekerheid|num[ée]ro\\s+national|"
                    + "nationaal\\s+nummer)(?:[\\s-]?(?:nummer|nr\\.?))?(?:\\s+\\p{L}[\\p{L}'’.-]*){0,3}\\s*[:=]?\\s*"
                    + "(\\d{2}[.\\s]?\\d{2}[.\\s]?\\d{2}\\s?[-.\\s]?\\s?\\d{3}\\s?[.\\s-]?\\s?\\d{2})(?![\\d]|[.,-]\\d)");
    private static final Pattern ELEVEN = Pattern.compile("(?<![\\d.,/-])\\d{11}(?![\\d]|[.,/-]\\d)");

    private BelgianNationalNumber() {
    }

    static void find(String text, String detector, List<Span> spans) {
        if (TextWindow.digitCount(text) < 11) {
            return;
        }
        Matcher dotted = DOTTED.matcher(text);
        while (dotted.find()) {
            if (datePart(TextWindow.digits(dotted.group()))) {
                add(spans, new Span(dotted.start(), dotted.end(), Category.ID_NUMBER,
                        detector));
            }
        }
        Matcher labelled = LABELLED.matcher(text);
        while (labelled.find()) {
            add(spans, new Span(labelled.start(1), labelled.end(1), Category.ID_NUMBER,
                    detector));
        }
        Matcher eleven = ELEVEN.matcher(text);
        while (eleven.find()) {
            String digits = eleven.group();
            if (datePart(digits) && checked(digits)) {
                add(spans, new Span(eleven.start(), eleven.end(), Category.ID_NUMBER,
                        detector));
            }
        }
    }

    /** Month 0-12 (or plus 20 or 40 in a bis number), day 0-31. */
    private static boolean datePart(String digits) {
        int month = Integer.parseInt(digits.substring(2, 4));
        int day = Integer.parseInt(digits.substring(4, 6));
        int m = month >= 40 ? month - 40 : month >= 20 ? month - 20 : month;
        return m <= 12 && day <= 31;
    }

    /** The check: 97 minus the first nine digits modulo 97, with or without a 2 before them. */
    private static boolean checked(String digits) {
        long base = Long.parseLong(digits.substring(0, 9));
        int check = Integer.parseInt(digits.substring(9, 11));
        return 97 - base % 97 == check || 97 - (2_000_000_000L + base) % 97 == check;
    }

    private static void add(List<Span> spans, Span span) {
        for (Span s : spans) {
            if (s.start() < span.end() && span.start() < s.end()) {
                return;
            }
        }
        spans.add(span);
    }
}
