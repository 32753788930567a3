package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.ScreeningContext;

/**
 * PHONE: Dutch phone numbers in every common notation — mobile and landline, with or without separators
 * ({@code 06-12345678}, {@code 06 1234 5678}, {@code (076) 123 45 67}, {@code 0165-123456}), international
 * ({@code +31 6 12345678}, {@code +31 (0)6-1234 5678}, {@code 0031 76 1234567}) — and foreign numbers written with a
 * country code ({@code +212 6 12 34 56 78}).
 *
 * <p>Decided (documented in the README of the word lists): public service numbers are allowed — they reach an
 * organisation, not a person: 112, 0800 numbers (Veilig Thuis 0800-2000), 0900/0906/0909 numbers, the municipal
 * 14 + area code numbers, and 088 numbers (company-wide numbers of organisations). In the professionals' cover
 * fields (Inbrenger, Vaste deelnemer, Gedragsdeskundige) phone numbers are their own work numbers and allowed.
 * Thread-safe.
 */
public final class PhoneDetector extends SpanDetector {

    public static final String NAME = "PHONE";

    private static final String SEP = "(?:\\s?[-./–—]\\s?|\\s)?";
    private static final Pattern INTERNATIONAL = Pattern.compile(
            // a country code never starts with 0: "000012345678" (a register number) is no number from abroad
            // round 25 (t25-items): an area code in brackets after the country code, as North America writes it
            // ("+1 (646) 555-0187", "+44 (20) 7946 0958"), like the "(0)" of a Dutch number
            "(?<![\\w+])(?:\\+|00)\\s?([1-9]\\d{0,2})" + SEP + "(?:\\(0\\)\\s?|\\(\\d{1,4}\\)\\s?)?\\d(?:" + SEP
                    + "\\d){6,13}(?!\\d)");
    private static final Pattern NATIONAL = Pattern.compile(
            "(?<![\\w+/.-])(?:\\(0\\d{1,3}\\)\\s?|0)\\d?(?:" + SEP + "\\d){6,12}(?![\\d])");
    /** A date at the start of a candidate ("01-03-2011 12..."); "06.12.34.56.78" goes on with more groups: a phone. */
    private static final Pattern DATE_START = Pattern.compile("\\d{1,2}([-/.])\\d{1,2}\\1\\d{2,4}(?!\\d|[-/.]\\d)");
    private static final Set<String> DEFAULT_ALLOWED_PREFIXES = Set.of("0800", "0900", "0906", "0909", "088");

    private final Set<String> allowedPrefixes;
    private final boolean allowInProfessionalFields;

    public PhoneDetector() {
        this(DEFAULT_ALLOWED_PREFIXES, true);
    }

    /**
     * @param allowedPrefixes           national number prefixes of service numbers that are allowed
     * @param allowInProfessionalFields allow numbers in the cover fields of the professionals
     */
    public PhoneDetector(Set<String> allowedPrefixes, boolean allowInProfessionalFields) {
        this.allowedPrefixes = Set.copyOf(allowedPrefixes);
        this.allowInProfessionalFields = allowInProfessionalFields;
    }

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
        // a professional's cover field allows work numbers, except in a clause about the family (CoverClauses)
        List<int[]> family = null;
        if (allowInProfessionalFields && CardSections.in(segment, CardSections.PROFESSIONAL)) {
            family = CoverClauses.familyClauses(text, WordLists.defaults());
            if (family.isEmpty()) {
                return List.of();
            }
        }
        List<Span> spans = new ArrayList<>(0);
        int[] starts = phoneStarts(text);
        TextWindow.matchAt(INTERNATIONAL, text, starts, m -> international(text, m, spans));
        TextWindow.matchAt(NATIONAL, text, starts, m -> national(text, m.start(), m.end(), spans));
        if (family != null) {
            List<int[]> ranges = family;
            spans.removeIf(sp -> !CoverClauses.inside(ranges, sp.start(), sp.end()));
        }
        return spans;
    }

    private void international(String text, Matcher m, List<Span> spans) {
        String all = TextWindow.digits(text.substring(m.start(), m.end()));
        String digits = all.startsWith("00") ? all.substring(2) : all;
        if (digits.startsWith("31")) {
            String national = digits.substring(2);
            if (national.startsWith("0")) {
                national = national.substring(1); // +31 (0)6 ...
            }
            if (national.length() < 9 || allowed("0" + national)) {
                return;
            }
            int keep = all.length() - (national.length() - 9);
            spans.add(new Span(m.start(), endAfterDigits(text, m.start(), m.end(), keep), Category.PHONE, NAME));
            return;
        }
        if (digits.length() >= 8 && digits.length() <= 15) {
            spans.add(new Span(m.start(), m.end(), Category.PHONE, NAME));
        }
    }

    /** The end offset right after the n-th digit from start. */
    private static int endAfterDigits(String text, int start, int end, int n) {
        int count = 0;
        for (int i = start; i < end; i++) {
            if (Character.isDigit(text.charAt(i)) && ++count == n) {
                return i + 1;
            }
        }
        return end;
    }

    private void national(String text, int start, int end, List<Span> spans) {
        // the greedy match may have run into a following number: keep exactly ten digits when a group ends there
        int count = 0;
        for (int i = start; i < end; i++) {
            if (Character.isDigit(text.charAt(i))) {
                count++;
                if (count == 10) {
                    boolean groupEnds = i + 1 == end || !Character.isDigit(text.charAt(i + 1));
                    if (!groupEnds) {
                        foreignWithoutCountryCode(text, start, end, spans);
                        return;
                    }
                    String candidate = text.substring(start, i + 1);
                    String digits = TextWindow.digits(candidate);
                    if (DATE_START.matcher(candidate).lookingAt() || organisationNumber(text, start, candidate)) {
                        return;
                    }
                    if (digits.startsWith("0") && !digits.startsWith("00") && !allowed(digits)) {
                        spans.add(new Span(start, i + 1, Category.PHONE, NAME));
                    }
                    return;
                }
            }
        }
        foreignWithoutCountryCode(text, start, end, spans);
    }

    /**
     * A word that says the number is a phone's, anywhere near it on the line: "Handy", "gsm", "mobiel", "tel.",
     * "bellen", "terugbellen", "WhatsApp", "bereikbaar", "phone", "Festnetz".
     */
    private static final Pattern PHONE_CONTEXT = Pattern.compile("(?iu)(?<![\\p{L}])(?:tel|telnr|tel\\.?nr|"
            + "telefo\\p{L}*|mob|mobiel\\p{L}*|mobil\\p{L}*|gsm\\p{L}*|handy\\p{L}*|\\p{L}{0,6}bel(?:len|t|de|den)|bel|gebeld|"
            + "whatsapp\\p{L}*|app|appen|sms\\p{L}*|bereikbaar|phone|cell|call\\p{L}*|anruf\\p{L}*|festnetz|"
            + "ruft|rufen|erreichbar)(?![\\p{L}])");

    /**
     * Numbers from abroad written without their country code: German mobiles (015x, 016x, 017x and seven or eight
     * digits: "0157 48248226"), Belgian landlines (nine digits: "03 281 44 92") and other numbers of nine to twelve
     * digits from a 0 count with a phone word in the same line ("Handy stiefvader", "gsm", "bellen op"). Ten digits
     * are the Dutch form and count anywhere (above); a date is none.
     */
    private void foreignWithoutCountryCode(String text, int start, int end, List<Span> spans) {
        String candidate = text.substring(start, end);
        String digits = TextWindow.digits(candidate);
        int n = digits.length();
        if (n < 9 || n > 12 || n == 10 || digits.startsWith("00") || allowed(digits)
                || DATE_START.matcher(candidate).lookingAt() || organisationNumber(text, start, candidate)) {
            return;
        }
        if (TextWindow.beforeMatches(text, start, 80, PHONE_CONTEXT)
                || PHONE_CONTEXT.matcher(TextWindow.after(text, end, 40)).find()) {
            spans.add(new Span(start, end, Category.PHONE, NAME));
        }
    }

    /** An organisation register's label: the Belgian enterprise number (KBO), VAT, KvK, RSIN. */
    private static final Pattern ORG_REGISTER_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:ondernemings\\p{L}*|kbo|"
            + "btw\\p{L}*|vat|kvk\\p{L}*|rsin|vestigings\\p{L}*|kamer\\s+van\\s+koophandel|be)(?![\\p{L}])[^\\n]{0,40}$");
    /** The KBO number's own notation: four, three and three digits joined by periods ("0456.318.227"). */
    private static final Pattern KBO_SHAPE = Pattern.compile("[01]\\d{3}\\.\\d{3}\\.\\d{3}");

    /**
     * "ondernemingsnummer (KBO) ...: 0456.318.227", "BTW BE 0456.318.227": a Belgian enterprise number in its dotted
     * 4.3.3 notation after an organisation register's label is an organisation's number, not a phone.
     */
    private static boolean organisationNumber(String text, int start, String candidate) {
        if (!KBO_SHAPE.matcher(candidate).matches()) {
            return false;
        }
        String before = text.substring(Math.max(0, start - 60), start);
        return ORG_REGISTER_BEFORE.matcher(before).find();
    }

    /** Where a phone number can start: '+', '(' or a digit run starting with 0. */
    private static int[] phoneStarts(String text) {
        int[] starts = new int[8];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean start = c == '+' || c == '(' && i + 1 < text.length() && text.charAt(i + 1) == '0'
                    || c == '0' && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
            if (start) {
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i;
            }
        }
        return java.util.Arrays.copyOf(starts, count);
    }

    private boolean allowed(String nationalDigits) {
        for (String prefix : allowedPrefixes) {
            if (nationalDigits.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
