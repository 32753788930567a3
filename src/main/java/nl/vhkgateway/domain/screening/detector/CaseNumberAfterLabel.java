package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.screening.Category;

/**
 * Case and file numbers of courts, prosecutors, bailiffs and agencies written with letters, spaces and slashes after
 * an identifying label, in Dutch, German or English: "Aktenzeichen Amtsgericht Aachen: 221 F 118/26", "zaaknummer
 * C/02/123456 / FA RK 26-123", "parketnr. 16/650122-25", "Az. 32 F 2210/24", "case number: FAM 2025/0412",
 * "kenmerk KR 4471/26". The label may be followed by up to three words and a colon ("Geschäftszeichen des
 * Familiengerichts:") or by a court's name ("zaaknummer rechtbank Gelderland"). The value is a run of digit groups
 * and short capital-letter groups joined by spaces, slashes, hyphens or periods, with at least four digits; a date,
 * a range of years or a phone number alone is none. Used by {@link ClientNumberDetector}; stateless.
 */
final class CaseNumberAfterLabel {

    private CaseNumberAfterLabel() {
    }

    /** Lower-case stems of the labels, looked for before the pattern runs. */
    private static final String[] STEMS = {"zaak", "parket", "rolnummer", "rolnr", "rekest", "dossier", "kenmerk",
        "referentie", "ref", "registratienummer", "serienummer", "cliëntn", "clientn", "patiënt", "patient", "patnr",
        "aktenzeichen", "az", "zeichen", "kundennummer", "fallnummer", "vorgangsnummer", "aktennummer", "case",
        "file", "record", "claim", "id-", "id:", "idnummer", " id "};

    private static final String LABEL = "(?iu:(?<![\\p{L}])(?:zaak(?:nummer|nr\\.?|-nr\\.?|-nummer)|parket(?:nummer|nr\\.?|"
            + "-nr\\.?)|rolnummer|rolnr\\.?|rekestnummer|rekestnr\\.?|dossier(?:nummer|nr\\.?)?|(?:uw\\s+|ons\\s+)?kenmerk|"
            + "referentie(?:nummer)?|ref\\.?(?:\\s?nr\\.?)?|registratienummer|serienummer|cli[eë]nt(?:nummer|nr\\.?)|"
            + "pati[eë]nt(?:nummer|nr\\.?)|patnr\\.?|id(?:-nummer|nummer)?|"
            + "aktenzeichen|az\\.?|gesch[äa]ftszeichen|(?:unser|ihr)\\s+zeichen|kundennummer|fallnummer|vorgangsnummer|"
            + "aktennummer|case\\s+(?:number|no\\.?|ref(?:erence)?)|file\\s+(?:number|no\\.?|ref(?:erence)?)|"
            + "record\\s+(?:number|no\\.?)|claim\\s+(?:number|no\\.?)|reference(?:\\s+number)?)(?![\\p{L}]))";
    /** Between label and value: up to three words and a colon, or up to three capitalised words or court words. */
    private static final String BETWEEN = "(?:(?:\\s+[\\p{L}][\\p{L}.'’-]*){1,3}\\s*[:#]|(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|"
            + "(?iu:rechtbank|gerechtshof|hof|kantonrechter|amtsgericht|familiengericht|landgericht|court|van\\s+de|"
            + "bij\\s+de|des|der|of\\s+the|at\\s+the))){1,3})?";
    private static final String TOKEN = "(?:[A-Z]{1,4}(?![\\p{L}\\d])|\\d{1,8}(?:[A-Z]{1,2})?(?![\\p{L}\\d]))";
    private static final Pattern LABELLED_VALUE = Pattern.compile(LABEL + BETWEEN
            + "\\s*[:#=]?\\s*(?:(?iu:is|was)\\s+)?(" + TOKEN + "(?:(?:\\s?[/.-]\\s?|\\s)" + TOKEN + "){0,7}+)");
    private static final Pattern YEAR_RANGE = Pattern.compile("(?:19|20)\\d{2}\\s?[-/]\\s?(?:19|20)?\\d{2}");
    private static final Pattern PHONE_LIKE = Pattern.compile("0(?:[\\s-]?\\d){9}");

    static void find(String text, String lower, List<Span> spans) {
        boolean stem = false;
        for (int i = 0; i < STEMS.length && !stem; i++) {
            stem = lower.contains(STEMS[i]);
        }
        if (!stem) {
            return;
        }
        Matcher m = LABELLED_VALUE.matcher(text);
        while (m.find()) {
            int start = m.start(1);
            int end = trimEnd(text, start, m.end(1));
            if (end <= start) {
                continue;
            }
            String value = text.substring(start, end);
            int digits = TextWindow.digitCount(value);
            // one group of digits needs five or more: a year with letters ("Kenmerk: OTS 2026", "dossier Veilig Thuis
            // 2026") is none
            if (digits < 4 || digitGroups(value) < 2 && digits < 5 || !hasGroupOfTwo(value) || YEAR_RANGE.matcher(value).matches()
                    || PHONE_LIKE.matcher(value).matches() || onlyDate(value) || covered(spans, start, end)) {
                continue;
            }
            boolean vht = m.group().toUpperCase(java.util.Locale.ROOT).contains("VHT") || vhtRightBefore(text, start);
            if (OWN_SUBMISSION.matcher(value).matches() || vht && SUBMISSION_NUMBER.matcher(value).matches()) {
                continue; // the gateway's own submission numbers ("kenmerk VHT-2026-0218", "Referentie VHT 2026-0213")
            }
            spans.add(new Span(start, end, Category.CLIENT_NUMBER, ClientNumberDetector.NAME));
        }
    }

    private static final Pattern OWN_SUBMISSION = Pattern.compile("(?i)VHT[- ]?\\d{4}-\\d{1,6}");
    private static final Pattern SUBMISSION_NUMBER = Pattern.compile("20\\d{2}-\\d{1,6}");

    private static boolean vhtRightBefore(String text, int start) {
        String before = text.substring(Math.max(0, start - 4), start).toUpperCase(java.util.Locale.ROOT);
        return before.contains("VHT");
    }

    /** Drops trailing letter-only groups and separators: "221 F 118/26 IS" ends at "26". */
    private static int trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start) {
            int k = e;
            while (k > start && Character.isLetter(text.charAt(k - 1))) {
                k--;
            }
            if (k < e && (k == start || !Character.isDigit(text.charAt(k - 1)))) {
                e = k; // a letter-only group at the end
            } else {
                break;
            }
            while (e > start && " /.-".indexOf(text.charAt(e - 1)) >= 0) {
                e--;
            }
        }
        return e;
    }

    private static int digitGroups(String value) {
        int groups = 0;
        for (int i = 0; i < value.length(); i++) {
            if (Character.isDigit(value.charAt(i)) && (i == 0 || !Character.isDigit(value.charAt(i - 1)))) {
                groups++;
            }
        }
        return groups;
    }

    private static boolean hasGroupOfTwo(String value) {
        int run = 0;
        for (int i = 0; i < value.length(); i++) {
            run = Character.isDigit(value.charAt(i)) ? run + 1 : 0;
            if (run >= 2) {
                return true;
            }
        }
        return false;
    }

    /** The value is one date with a year and nothing else ("kenmerk 12-03-2026" is the date of the letter). */
    private static boolean onlyDate(String value) {
        for (DateFinder.FoundDate d : DateFinder.find(value)) {
            if (d.hasYear() && d.start() == 0 && d.end() >= value.strip().length()) {
                return true;
            }
        }
        return false;
    }

    private static boolean covered(List<Span> spans, int start, int end) {
        for (Span s : spans) {
            if (s.start() <= start && end <= s.end()) {
                return true;
            }
        }
        return false;
    }
}
