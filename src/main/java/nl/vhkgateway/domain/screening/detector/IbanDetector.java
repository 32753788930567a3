package nl.vhkgateway.domain.screening.detector;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.ScreeningContext;

/**
 * IBAN: bank account numbers of every IBAN country ({@link IbanRegistry}, the ISO 13616 registry as data), with or
 * without spaces, upper or lower case, validated by the country's length and account-part structure and the ISO 13616
 * mod-97 check. An IBAN with fewer than six digits (letters in the account part, as Romania writes them) is read
 * only as one word or in groups of four. A Dutch-shaped number
 * ({@code NL00 AAAA 0000 0000 00}) right after "IBAN" / "rekeningnummer" counts even when the check fails.
 * Thread-safe.
 */
public final class IbanDetector extends SpanDetector {

    public static final String NAME = "IBAN";

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![A-Za-z0-9])([A-Za-z]{2})(\\d{2})((?:[ ]?[A-Za-z0-9]){10,30})");
    private static final Pattern CONTEXT = Pattern.compile("\\b(?:iban|rekening(?:nummer)?|bankrekening|reknr|rek\\.)");
    private static final IbanRegistry REGISTRY = IbanRegistry.bundled();
    private static final Pattern DUTCH_SHAPE = Pattern.compile("NL\\d{2}[A-Z]{4}\\d{10}");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Span> spans(TextSegment segment, ScreeningContext context) {
        String text = segment.text();
        if (text.length() < 15 || TextWindow.digitCount(text) < 2) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>(0);
        int[] runs = TextWindow.digitRunStarts(text);
        int[] starts = new int[runs.length];
        int count = 0;
        for (int r : runs) {
            if (r >= 2 && Character.isLetter(text.charAt(r - 1)) && Character.isLetter(text.charAt(r - 2))) {
                starts[count++] = r - 2;
            }
        }
        if (count == 0) {
            return List.of();
        }
        Matcher m = CANDIDATE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int k = 0; k < count; k++) {
            m.region(starts[k], text.length());
            if (!m.lookingAt()) {
                continue;
            }
            String country = m.group(1).toUpperCase(Locale.ROOT);
            int length = REGISTRY.entry(country).map(IbanRegistry.Entry::length).orElse(0);
            if (length == 0) {
                continue;
            }
            int end = endAfterCompact(text, m.start(), m.end(), length);
            if (end < 0) {
                continue;
            }
            String written = text.substring(m.start(), end);
            String iban = compact(written);
            if (digitCount(iban) < 6 && !groupedByFour(written)) {
                continue;
            }
            boolean ok = isValid(iban) || DUTCH_SHAPE.matcher(iban).matches()
                    && TextWindow.beforeMatches(text, m.start(), 30, CONTEXT);
            if (ok) {
                spans.add(new Span(m.start(), end, Category.IBAN, NAME));
            }
        }
        return spans;
    }

    /**
     * ISO 13616: the country's length and account-part structure ({@link IbanRegistry}), then move the first four
     * characters to the end, letters to numbers (A=10), mod 97 == 1.
     */
    public static boolean isValid(String iban) {
        String s = compact(iban);
        if (!REGISTRY.fitsCountry(s)) {
            return false;
        }
        String rearranged = s.substring(4) + s.substring(0, 4);
        StringBuilder numeric = new StringBuilder(rearranged.length() * 2);
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            if (Character.isDigit(c)) {
                numeric.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                numeric.append(c - 'A' + 10);
            } else {
                return false;
            }
        }
        return new BigInteger(numeric.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }

    private static String compact(String s) {
        return s.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private static int endAfterCompact(String text, int start, int end, int length) {
        int count = 0;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) != ' ' && ++count == length) {
                boolean boundary = i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
                boolean groupEnd = boundary || text.charAt(i + 1) == ' ' || i + 1 == end;
                return groupEnd ? i + 1 : -1;
            }
        }
        return -1;
    }

    /**
     * Written as one word or in groups of four with one space between them (the way banks print an IBAN): an IBAN
     * with few digits (letters in the account part) is read only so, never from words that happen to follow a code.
     */
    private static boolean groupedByFour(String written) {
        if (written.indexOf(' ') < 0) {
            return true;
        }
        for (int i = 0; i < written.length(); i++) {
            boolean gap = i % 5 == 4;
            if ((written.charAt(i) == ' ') != gap) {
                return false;
            }
        }
        return true;
    }

    private static int digitCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
