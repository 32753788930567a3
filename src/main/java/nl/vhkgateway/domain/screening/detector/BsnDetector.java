package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.ScreeningContext;

/**
 * BSN: burgerservicenummers. A nine-digit number that passes the {@link Elfproef 11-check} is a BSN anywhere,
 * with or without separators ({@code 123456782}, {@code 1234.56.782}, {@code 123 456 782}, {@code 123-456-782});
 * an eight-digit one (a BSN with its leading zero dropped) when it passes the check and "bsn" /
 * "burgerservicenummer" / "sofinummer" stands just before it; and with that context any eight- or nine-digit
 * number, even one that fails the check (a mistyped BSN is still one), in any grouping ("27213 1611") and also
 * with the label after it ("123 45 678 9 (bsn)"). Round 19 (r19-names): an eight-digit number that passes the check
 * is a BSN too when the population register it was looked up in stands just before it ("Opgevraagd bij de GBA:
 * <8 digits>", "BRP-nummer: <8 digits>"): the register holds a person's BSN. Only with nothing but a colon, dash
 * or "nr"/"nummer" between register and number (a KvK number later in the sentence stays), and never eight digits
 * that read as a date (ddmmyyyy, yyyymmdd). Dates are not numbers here. Thread-safe.
 */
public final class BsnDetector extends SpanDetector {

    public static final String NAME = "BSN";

    private static final Pattern RUN = Pattern.compile("(?<![\\w.,/-])\\d{1,12}(?:[ .\\-]\\d{1,12}){0,8}(?![\\w]|[.,/-]\\d)");
    private static final Pattern CONTEXT = Pattern.compile(
            "\\b(?:bsn|burgerservicenummer|burger\\s?service\\s?nummer|sofi-?nummer|sofinr|persoonsnummer)\\b");
    private static final int CONTEXT_WIDTH = 45;
    /** Round 19: the population register (GBA, BRP, basisregistratie personen) before a number that passes the check. */
    private static final Pattern REGISTER = Pattern.compile(
            "\\b(?:gba|brp|basisregistratie(?:\\s+personen)?|gemeentelijke\\s+basisadministratie)\\s*[:=-]?\\s*"
                    + "(?:(?:nr|nummer|no)\\.?\\s*:?\\s*)?$");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Span> spans(TextSegment segment, ScreeningContext context) {
        String text = segment.text();
        if (text.length() < 8 || TextWindow.digitCount(text) < 8) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>(0);
        boolean field = CardSections.is(segment, nl.vhkgateway.domain.card.Section.BSN); // the field is the label
        TextWindow.matchAt(RUN, text, TextWindow.numberStarts(text), m -> {
            if (m.end() - m.start() >= 8) {
                evaluate(text, m.start(), m.end(), field, spans);
            }
        });
        return spans;
    }

    private void evaluate(String text, int start, int end, boolean field, List<Span> spans) {
        // groups of digits with the separator before each
        List<int[]> groups = new ArrayList<>();
        int i = start;
        while (i < end) {
            int g = i;
            while (i < end && Character.isDigit(text.charAt(i))) {
                i++;
            }
            groups.add(new int[] {g, i});
            i++; // separator
        }
        for (int a = 0; a < groups.size(); a++) {
            int digits = 0;
            for (int b = a; b < groups.size(); b++) {
                int len = groups.get(b)[1] - groups.get(b)[0];
                digits += len;
                if (digits > 9) {
                    break;
                }
                if (digits < 8) {
                    continue;
                }
                int s = groups.get(a)[0];
                int e = groups.get(b)[1];
                // "BSN: 27213 1611", "123456 789 (bsn vader)": with the label before or after it, any grouping counts
                boolean context = field || TextWindow.beforeMatches(text, s, CONTEXT_WIDTH, CONTEXT)
                        || CONTEXT.matcher(TextWindow.after(text, e, 30)).find();
                if (!shapeOk(text, groups, a, b, context)) {
                    continue;
                }
                String number = TextWindow.digits(text.substring(s, e));
                boolean valid = Elfproef.isValidBsn(number);
                boolean register = valid && number.length() == 8 && !dateLike(number)
                        && TextWindow.beforeMatches(text, s, CONTEXT_WIDTH, REGISTER);
                if (context || register || valid && number.length() == 9) {
                    // "bsn 123 45 678 2": take the ninth digit along when the next group still fits
                    if (number.length() == 8 && b + 1 < groups.size()
                            && groups.get(b + 1)[1] - groups.get(b + 1)[0] == 1) {
                        e = groups.get(b + 1)[1];
                    }
                    spans.add(new Span(s, e, Category.BSN, NAME));
                    return;
                }
            }
        }
    }

    /** Round 19: eight digits that read as a date, ddmmyyyy or yyyymmdd (a register's date, never its BSN). */
    private static boolean dateLike(String d) {
        int a = Integer.parseInt(d.substring(0, 2));
        int b = Integer.parseInt(d.substring(2, 4));
        int y = Integer.parseInt(d.substring(4));
        int y2 = Integer.parseInt(d.substring(0, 4));
        int m2 = Integer.parseInt(d.substring(4, 6));
        int d2 = Integer.parseInt(d.substring(6));
        return a >= 1 && a <= 31 && b >= 1 && b <= 12 && y >= 1900 && y <= 2099
                || y2 >= 1900 && y2 <= 2099 && m2 >= 1 && m2 <= 12 && d2 >= 1 && d2 <= 31;
    }

    /** One group, or groups of at most four digits joined by one and the same separator; never a date. */
    private static boolean shapeOk(String text, List<int[]> groups, int a, int b, boolean labelled) {
        if (a == b) {
            return true;
        }
        char separator = text.charAt(groups.get(a)[1]);
        for (int k = a; k <= b; k++) {
            int len = groups.get(k)[1] - groups.get(k)[0];
            if (len > 4 && !labelled || k < b && text.charAt(groups.get(k)[1]) != separator) {
                return false;
            }
        }
        boolean dateLike = b - a == 2 && groups.get(a)[1] - groups.get(a)[0] <= 2
                && groups.get(a + 1)[1] - groups.get(a + 1)[0] <= 2 && groups.get(b)[1] - groups.get(b)[0] == 4;
        return !dateLike;
    }
}
