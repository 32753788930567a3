package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.screening.Category;

/**
 * Round 13: an identifying number dictated in words after its label, as transcribed voice memos write it:
 * "het dossiernummer bij de GI is vier vier acht twee zeven nul", "cliëntnummer zes zeven dubbel vier drie acht",
 * "BSN: een twee drie, vier vijf zes, ...", "dossiernr vierenveertig eenenzeventig negentig". Each word is one or two
 * digits: nul to negen one ("één" and "een" too), tien to negenennegentig two; "dubbel" (or "dubbele") before a
 * digit word doubles it. Digits written as digits may stand in the run ("nummer 44 zeven een"). The run needs five
 * or more digits and three or more words, and starts at most four words after the label, in its clause (no ".",
 * ";", "?" or "!" between). Labels: a word ending in "nummer" or "nr", "bsn", "burgerservicenummer", "kenmerk",
 * "dossier", "registratie…", "referentie…"; not the numbers of organisations, houses and things (KvK, AGB, LRK, BTW,
 * BIG, huisnummer, kamernummer, artikelnummer ...). Public service numbers spoken so (0800, 0900, 088, 14 0xx) stay
 * allowed. The category follows the label: BSN after a BSN label, PHONE after a phone label or for nine to eleven
 * digits from a 0, else CLIENT_NUMBER; a phone number in a professional's cover field stays allowed, as in digits. Guards
 * (round 13 review): a register before a bare "nummer" ("het KvK nummer"), a sentence end between label and run,
 * runs that are lists or dates ("twaalf, tien, acht jaar", "twintig achttien", "tien, zeventien oktober").
 * Used by {@link ClientNumberDetector}; stateless and thread-safe.
 */
final class SpokenNumberAfterLabel {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d'’.-]+|[.;?!]");
    private static final Map<String, String> DIGITS = Map.ofEntries(Map.entry("nul", "0"), Map.entry("een", "1"),
            Map.entry("één", "1"), Map.entry("twee", "2"), Map.entry("drie", "3"), Map.entry("vier", "4"),
            Map.entry("vijf", "5"), Map.entry("zes", "6"), Map.entry("zeven", "7"), Map.entry("acht", "8"),
            Map.entry("negen", "9"));
    private static final List<String> TEENS = List.of("tien", "elf", "twaalf", "dertien", "veertien", "vijftien",
            "zestien", "zeventien", "achttien", "negentien");
    private static final List<String> TENS = List.of("twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig",
            "tachtig", "negentig");
    private static final List<String> UNITS = List.of("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht",
            "negen");
    /** Labels of a person's number. */
    private static final Pattern LABEL = Pattern.compile("(?u)[\\p{L}-]*(?:nummer|nr\\.?)|bsn|kenmerk|"
            + "cli[eë]ntcode|dossiercode");
    /** The register before a bare "nummer": "het KvK nummer", "AGB nr". */
    private static final Pattern REGISTER_WORD = Pattern.compile("(?u)kvk|agb|lrk|btw|rsin|brin|big|kbo|ura|uzovi|"
            + "vestigings|organisatie|algemene|algemeen|centrale|gratis|service");
    /** After the run: an age, a month, a count or a list going on ("twaalf, tien en acht jaar"). */
    private static final Pattern LIST_AFTER = Pattern.compile("(?u)^\\s*(?:jaar|jr|maanden|weken|dagen|keer|uur|en|of|"
            + "tot|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)(?![\\p{L}])");
    /** Labels of the numbers of organisations, houses and things. */
    private static final Pattern OTHER_LABEL = Pattern.compile("(?u)(?:kvk|agb|lrk|btw|rsin|brin|big|kbo|ura|uzovi|"
            + "vestigings|organisatie|huis|kamer|week|versie|artikel|product|groeps|lijn|bus|postcode|fax|"
            + "order|factuur|serie|model|type|lot|batch|bestel|tafel|stoel|rij|perron|spoor|route|pagina|blz|"
            + "hoofdstuk|paragraaf|lid|rugnummer|shirtnummer|startnummer|volg|wacht|ticket|kassa|vlucht|trein|"
            + "tram|kenteken|service|klantenservice|info|algemeen|alarm|noodnummer|hulplijn)"
            + "[\\p{L}-]*");
    private static final Pattern PHONE_LABEL = Pattern.compile("(?u)(?:telefoon|tel|mobiel|gsm|06|whatsapp)\\p{L}*\\.?");
    private static final Pattern PUBLIC_NUMBER = Pattern.compile("0800\\d*|0900\\d*|088\\d*|140\\d{2,3}|112");

    private SpokenNumberAfterLabel() {
    }

    /** The spoken numbers after a label in {@code lower} (the text in lower case, same length). */
    static void find(String text, String lower, boolean professional, List<Span> spans) {
        if (!labelWordIn(lower)) {
            return;
        }
        if (!(lower.contains("nul") || lower.contains("een") || lower.contains("één") || lower.contains("twee")
                || lower.contains("drie") || lower.contains("vier") || lower.contains("vijf") || lower.contains("zes")
                || lower.contains("zeven") || lower.contains("acht") || lower.contains("negen")
                || lower.contains("tig") || lower.contains("tien"))) {
            return;
        }
        List<int[]> tokens = new ArrayList<>();
        Matcher w = WORD.matcher(lower);
        while (w.find()) {
            int e = w.end();
            while (e > w.start() + 1 && (lower.charAt(e - 1) == '.' || lower.charAt(e - 1) == '-')
                    && !lower.startsWith("nr.", e - 3)) {
                e--;
            }
            tokens.add(new int[] {w.start(), e});
        }
        int labelAt = -1;
        String label = null;
        for (int i = 0; i < tokens.size(); i++) {
            String t = lower.substring(tokens.get(i)[0], tokens.get(i)[1]);
            if (t.equals(".") || t.equals(";") || t.equals("?") || t.equals("!")) {
                labelAt = -1;
                continue;
            }
            boolean sentenceEnd = sentenceEndAfter(lower, tokens.get(i)[1], t);
            if (labelWordIn(t) && LABEL.matcher(t).matches()) {
                String previous = i > 0 ? lower.substring(tokens.get(i - 1)[0], tokens.get(i - 1)[1]) : "";
                boolean other = OTHER_LABEL.matcher(t).matches()
                        || (t.equals("nummer") || t.startsWith("nr")) && REGISTER_WORD.matcher(previous).matches();
                labelAt = other || sentenceEnd ? -1 : i;
                label = t;
                continue;
            }
            if (sentenceEnd) {
                labelAt = -1; // "Dossiernummer volgt. Twaalf, tien, acht jaar ..."
                continue;
            }
            if (labelAt < 0 || i - labelAt > 5) {
                continue;
            }
            // a run of number words from token i
            StringBuilder digits = new StringBuilder();
            int words = 0;
            int j = i;
            int end = -1;
            while (j < tokens.size()) {
                String tok = lower.substring(tokens.get(j)[0], tokens.get(j)[1]);
                boolean doubled = (tok.equals("dubbel") || tok.equals("dubbele")) && j + 1 < tokens.size();
                String value = value(doubled ? lower.substring(tokens.get(j + 1)[0], tokens.get(j + 1)[1]) : tok);
                if (value == null || doubled && value.length() != 1) {
                    break;
                }
                digits.append(value);
                if (doubled) {
                    digits.append(value);
                    j++;
                }
                if (!Character.isDigit(tok.charAt(0))) {
                    words++;
                }
                end = tokens.get(j)[1];
                j++;
                // only spaces, a comma or a hyphen between the words of one number
                if (j < tokens.size() && !lower.substring(end, tokens.get(j)[0]).matches("\\s*[,-]?\\s*")) {
                    break;
                }
            }
            if (end < 0) {
                continue;
            }
            if (words >= 3 && digits.length() >= 5 && !PUBLIC_NUMBER.matcher(digits).matches()
                    && !listOrYear(lower, tokens.get(i)[0], end) && introducedByLabel(lower, tokens, labelAt, i)) {
                Category category = category(label, digits);
                // a professional's work number in a cover field (Inbrenger, Deelnemers) is allowed, as in digits
                if (!(professional && category == Category.PHONE)) {
                    spans.add(new Span(tokens.get(i)[0], end, category, ClientNumberDetector.NAME));
                }
            }
            // a run read (a number or not) is not read again from its second word
            labelAt = words >= 3 ? -1 : labelAt;
            i = j - 1;
        }
    }

    /**
     * The run stands right after the label, after "is"/"was"/"luidt", or after a colon ("het dossiernummer bij de GI is
     * ...", "registratienummer bij de GI: ..."); not after another verb ("Het dossiernummer volgt, de kinderen zijn
     * veertien twaalf negen").
     */
    private static boolean introducedByLabel(String lower, List<int[]> tokens, int labelAt, int runAt) {
        if (runAt == labelAt + 1) {
            return true;
        }
        String previous = lower.substring(tokens.get(runAt - 1)[0], tokens.get(runAt - 1)[1]);
        String gap = lower.substring(tokens.get(runAt - 1)[1], tokens.get(runAt)[0]);
        return gap.contains(":") || previous.equals("is") || previous.equals("was") || previous.equals("luidt");
    }

    /** Spoken years ("twintig achttien"), dates and lists of ages or days read as one number. */
    private static final Pattern SPOKEN_YEAR = Pattern.compile("(?u)(?<![\\p{L}])(?:twintig|negentien)\\s*,?\\s+(?:\\p{L}*tien|\\p{L}*tig|"
            + "nul|een|twee|drie|vier|vijf|zes|zeven|acht|negen|honderd)");

    /**
     * The run is a list or a date, no number: followed by "jaar", a month, "en" ...; a spoken year in it; or two-digit
     * words ("twaalf", "veertien", "vierenveertig") with commas between (only digit words may be grouped by commas:
     * "vier vier acht, twee zeven nul").
     */
    private static boolean listOrYear(String lower, int start, int end) {
        String run = lower.substring(start, end);
        if (LIST_AFTER.matcher(lower).region(end, lower.length()).lookingAt() || SPOKEN_YEAR.matcher(run).find()) {
            return true;
        }
        if (run.indexOf(',') < 0) {
            return false;
        }
        for (String w : run.split("[\\s,-]+")) {
            if (!w.isEmpty() && !Character.isDigit(w.charAt(0)) && !DIGITS.containsKey(w) && !w.equals("dubbel")
                    && !w.equals("dubbele")) {
                return true;
            }
        }
        return false;
    }

    /** A token followed by ".", "?", "!" or ";" and a space or the end, unless it is an abbreviation ("nr.", "J."). */
    private static boolean sentenceEndAfter(String lower, int end, String token) {
        if (end >= lower.length() || ".?!;".indexOf(lower.charAt(end)) < 0 || token.length() < 2 || token.equals("nr")
                || token.equals("no")) {
            return false;
        }
        return end + 1 == lower.length() || Character.isWhitespace(lower.charAt(end + 1));
    }

    /** A cheap test before the label pattern: a stem of a label in the text or token. */
    private static boolean labelWordIn(String lower) {
        return lower.contains("nummer") || lower.contains("nr ") || lower.contains("nr.") || lower.contains("nr:")
                || lower.endsWith("nr") || lower.contains("bsn") || lower.contains("kenmerk")
                || lower.contains("ntcode") || lower.contains("rcode");
    }

    private static Category category(String label, CharSequence digits) {
        if (label.equals("bsn") || label.startsWith("burgerservice")) {
            return Category.BSN;
        }
        if (PHONE_LABEL.matcher(label).matches() || digits.length() >= 9 && digits.length() <= 11 && digits.charAt(0) == '0') {
            return Category.PHONE;
        }
        return Category.CLIENT_NUMBER;
    }

    /** The digits a word stands for ("vier" 4, "veertien" 14, "vierenveertig" 44, "12" 12), or null. */
    private static String value(String word) {
        if (Character.isDigit(word.charAt(0))) {
            return word.chars().allMatch(Character::isDigit) && word.length() <= 4 ? word : null;
        }
        String d = DIGITS.get(word);
        if (d != null) {
            return d;
        }
        String w = word.replace('ë', 'e');
        int teen = TEENS.indexOf(w);
        if (teen >= 0) {
            return Integer.toString(10 + teen);
        }
        int ten = TENS.indexOf(w);
        if (ten >= 0) {
            return Integer.toString(20 + 10 * ten);
        }
        for (int t = 0; t < TENS.size(); t++) {
            if (w.endsWith("en" + TENS.get(t))) {
                int u = UNITS.indexOf(w.substring(0, w.length() - 2 - TENS.get(t).length())) + 1;
                if (u > 0) {
                    return Integer.toString(20 + 10 * t + u);
                }
            }
        }
        return null;
    }
}
