package nl.vhkgateway.domain.screening.detector;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.ScreeningContext;

/**
 * IBAN: bank account numbers of the Netherlands and other IBAN countries, with or without spaces, upper or lower
 * case, validated by the ISO 13616 mod-97 check and the country's IBAN length. A Dutch-shaped number
 * ({@code NL00 AAAA 0000 0000 00}) right after "IBAN" / "rekeningnummer" counts even when the check fails.
 * Thread-safe.
 */
public final class IbanDetector extends SpanDetector {

    public static final String NAME = "IBAN";

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![A-Za-z0-9])([A-Za-z]{2})(\\d{2})((?:[ ]?[A-Za-z0-9]){10,30})");
    private static final Pattern CONTEXT = Pattern.compile("\\b(?:iban|rekening(?:nummer)?|bankrekening|reknr|rek\\.)");
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("NL", 18), Map.entry("BE", 16), Map.entry("DE", 22), Map.entry("FR", 27), Map.entry("GB", 22),
            Map.entry("ES", 24), Map.entry("IT", 27), Map.entry("PT", 25), Map.entry("PL", 28), Map.entry("TR", 26),
            Map.entry("LU", 20), Map.entry("AT", 20), Map.entry("CH", 21), Map.entry("DK", 18), Map.entry("SE", 24),
            Map.entry("NO", 15), Map.entry("FI", 18), Map.entry("IE", 22), Map.entry("GR", 27), Map.entry("CZ", 24),
            Map.entry("SK", 24), Map.entry("HU", 28), Map.entry("RO", 24), Map.entry("BG", 22), Map.entry("HR", 21),
            Map.entry("SI", 19), Map.entry("RS", 22), Map.entry("BA", 20), Map.entry("ME", 22), Map.entry("MK", 19),
            Map.entry("AL", 28), Map.entry("XK", 20), Map.entry("LT", 20), Map.entry("LV", 21), Map.entry("EE", 20),
            Map.entry("UA", 29), Map.entry("MD", 24), Map.entry("BY", 28), Map.entry("GE", 22), Map.entry("AZ", 28),
            Map.entry("CY", 28), Map.entry("MT", 31), Map.entry("IS", 26), Map.entry("LI", 21), Map.entry("MC", 27),
            Map.entry("SM", 27), Map.entry("AD", 24), Map.entry("GI", 23), Map.entry("FO", 18), Map.entry("GL", 18),
            Map.entry("IL", 23), Map.entry("JO", 30), Map.entry("LB", 28), Map.entry("PS", 29), Map.entry("SA", 24),
            Map.entry("AE", 23), Map.entry("QA", 29), Map.entry("KW", 30), Map.entry("BH", 22), Map.entry("IQ", 23),
            Map.entry("EG", 29), Map.entry("TN", 24), Map.entry("LY", 25), Map.entry("MR", 27), Map.entry("SD", 18),
            Map.entry("PK", 24), Map.entry("KZ", 20), Map.entry("BR", 29), Map.entry("CR", 22), Map.entry("DO", 28),
            Map.entry("GT", 28), Map.entry("SV", 28), Map.entry("MU", 30), Map.entry("SC", 31), Map.entry("TL", 23),
            Map.entry("VG", 24), Map.entry("VA", 22), Map.entry("ST", 25));
    private static final Pattern DUTCH_SHAPE = Pattern.compile("NL\\d{2}[A-Z]{4}\\d{10}");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Span> spans(TextSegment segment, ScreeningContext context) {
        String text = segment.text();
        if (text.length() < 15 || TextWindow.digitCount(text) < 6) {
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
            Integer length = LENGTHS.get(country);
            if (length == null) {
                continue;
            }
            int end = endAfterCompact(text, m.start(), m.end(), length);
            if (end < 0) {
                continue;
            }
            String iban = compact(text.substring(m.start(), end));
            if (digitCount(iban) < 6) {
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

    /** ISO 13616: move the first four characters to the end, letters to numbers (A=10), mod 97 == 1. */
    public static boolean isValid(String iban) {
        String s = compact(iban);
        Integer length = s.length() >= 2 ? LENGTHS.get(s.substring(0, 2)) : null;
        if (length == null || s.length() != length) {
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
