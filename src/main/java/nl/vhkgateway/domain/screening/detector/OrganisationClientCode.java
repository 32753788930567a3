package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.screening.Category;

/**
 * Round 12 (orgcode): a client code written right after the name of a care, youth-care, hospital, police or justice
 * organisation, with no label word: "Martini 4471902", "bekend bij treant, T1187733", "Jeugdbescherming Noord
 * JBN-44719", "accare ACC 55012", "yorneo YOR/7731", "politiezaak 2026/04471". The organisation is a phrase of the
 * organisation list (any case; also the first word of a listed name of two or more words, "Martini" of "Martini
 * Ziekenhuis") or a case noun ("politiezaak", "strafzaak", "casus"); a comma or colon may stand between. The code holds
 * four or more digits: digits alone, capitals and digits ("T1187733", "ACC 55012") or parts joined by "/" or "-".
 *
 * <p>Guards (organisations' and public numbers stay allowed): years and year ranges ("Treant 2026"), dates
 * ("Martini 12-10-2026", "Accare 12-10"), phone and service numbers (ten digits from a 0, 0800/0900/088, a number
 * from 0 shorter than seven digits such as the "14 0xx" area part, "Veilig Thuis 0800-2000"), the gateway's own
 * VHT-yyyy-nnnn, postcodes ("7824 AA"), amounts, doses, scores and counts ("Accare 1200 medewerkers", "5 mg"),
 * register prefixes (KvK, AGB, LRK, BRIN ...) and any register label in the sentence. Thread-safe.
 */
final class OrganisationClientCode {

    /** An optional prefix of capitals, then digits in one or more parts joined by "/" or "-". */
    private static final Pattern CODE = Pattern.compile(
            "(?<![\\p{L}\\d/:.,\\-])(?:(\\p{Lu}{1,5})(?:[ /\\-]|(?=\\d)))?(\\d{2,}(?:[/\\-]\\d{2,}){0,3})"
                    + "(?![\\p{L}\\d]|[.,:/\\-]\\d)");
    /** Case nouns that take a police or court number: "politiezaak", "strafzaak", "zaak", "casus". */
    private static final Pattern CASE_NOUN = Pattern.compile("(?iu)(?:\\p{L}*zaak|casus)");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final Pattern YEAR_RANGE = Pattern.compile("(?:19|20)\\d{2}[/\\-](?:19|20)?\\d{2}");
    private static final Pattern SHORT_DATE = Pattern.compile("\\d{1,2}[/\\-]\\d{1,2}(?:[/\\-]\\d{2,4})?");
    /** Opening hours written without a colon: "0830-1700". */
    private static final Pattern TIME_RANGE = Pattern.compile("(?:[01]?\\d|2[0-3])[0-5]\\d-(?:[01]?\\d|2[0-3])[0-5]\\d");
    private static final Pattern PHONE_AT = Pattern.compile("0(?:[\\s\\-]?\\d){9}|0[89]0\\d[\\s\\-]?\\d{2,7}|088");
    private static final Pattern POSTCODE_AFTER = Pattern.compile("^\\s?\\p{Lu}{2}(?![\\p{L}])");
    /** Units, counts and scores after a number: "1200 medewerkers", "4000 mg", "1500 euro". */
    private static final Pattern COUNT_AFTER = Pattern.compile("(?iu)^\\s*(?:%|€|mg|mcg|ml|kg|gr|gram|km|m|meter|"
            + "uur|u|min|minuten|dagen|weken|maanden|jaar|euro|eur|punten|punt|medewerkers|werknemers|cliënten|"
            + "clienten|patiënten|patienten|jongeren|kinderen|gezinnen|bedden|plekken|plaatsen|mensen|leden|"
            + "meldingen|zaken|dossiers|locaties|vestigingen|deelnemers|vrijwilligers|aanmeldingen|keer|x)(?![\\p{L}])");
    private static final Pattern AMOUNT_BEFORE = Pattern.compile("(?:€|eur|euro)\\s*$", Pattern.CASE_INSENSITIVE);
    /** Prefixes that name a register, a phone or the gateway itself. */
    private static final Set<String> OTHER_PREFIX = Set.of("KVK", "AGB", "LRK", "BRIN", "RSIN", "BTW", "BIG", "TEL",
            "FAX", "VHT", "KBO", "IBAN", "NL", "ATC", "ICD", "DSM", "PC", "NR", "UZOVI", "URA",
            "ISO", "NEN", "HKZ", "EN", "CE");
    /** A register label or phone word in the sentence says whose number it is. */
    private static final Pattern REGISTER_IN_SENTENCE = Pattern.compile("(?iu)(?<![\\p{L}])(?:kvk|lrk|agb|rsin|btw|"
            + "brin|big|kbo|uzovi|vektis|ura|kamer\\s+van\\s+koophandel|handelsregister|landelijk\\s+register|databank\\p{L}*|"
            + "vestigingsnummer|tel|telefoon\\p{L}*|bel|bellen|belt|gebeld|fax|postbus|openingstijden|geopend|"
            + "open|bereikbaar|iban|rekening\\p{L}*)(?![\\p{L}])");
    /** The gateway's own submission numbers ("VHT-nummer 2026-0117 ... vervolg op 2025-0063"). */
    private static final Pattern SUBMISSION = Pattern.compile("20\\d{2}-\\d{1,6}");
    private static final Pattern VHT = Pattern.compile("(?i)(?<![\\p{L}])vht(?![\\p{L}])");
    private static final Pattern CLAUSE_END = Pattern.compile("[.!?;\\n]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d&'’\\-]+");
    /** Words that open many organisation names and name none alone. */
    private static final Set<String> WEAK_HEADS = Set.of("stichting", "veilig", "het", "de", "raad", "sociaal",
            "centrum", "leger", "openbaar", "william", "regionaal", "regio", "jeugd", "zorg", "huis", "kind", "samen",
            "team", "wijkteam", "gemeente", "school", "nederlands", "nederlandse", "landelijk", "landelijke",
            "academisch", "medisch", "algemeen", "st", "st.", "sint", "van", "voor", "en", "jeugdbescherming");

    private static final Holder NAMES = new Holder();

    private static final class Holder {
        final Set<String> phrases = new HashSet<>();
        final int longest;

        Holder() {
            int max = 1;
            for (String p : WordLists.lowerCaseSet("organisations.txt")) {
                List<String> words = words(p);
                if (words.isEmpty()) {
                    continue;
                }
                phrases.add(String.join(" ", words));
                max = Math.max(max, words.size());
                String head = words.get(0);
                if (words.size() > 1 && head.length() >= 4 && !WEAK_HEADS.contains(head)) {
                    phrases.add(head); // "Martini" of "Martini Ziekenhuis"
                }
            }
            longest = Math.min(max, 7);
        }
    }

    private OrganisationClientCode() {
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher w = WORD.matcher(s);
        while (w.find()) {
            out.add(w.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** The client codes right after an organisation's name or a case noun. */
    static List<Span> find(String text) {
        List<Span> out = new ArrayList<>(0);
        if (TextWindow.digitCount(text) < 4) {
            return out;
        }
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            String digits = m.group(2);
            if (TextWindow.digitCount(digits) < 4) {
                continue;
            }
            String prefix = m.group(1);
            int start = m.start();
            if (prefix != null && OTHER_PREFIX.contains(prefix)) {
                continue; // "VHT 2025-0190", "KVK 41012345", "AGB 73730101"
            }
            if (prefix != null && !organisationBefore(text, start)) {
                if (!organisationBefore(text, m.start(2))) {
                    continue;
                }
                prefix = null; // "GGZ 44719": the capitals end the organisation's name
                start = m.start(2);
            } else if (prefix == null && !organisationBefore(text, start)) {
                continue;
            }
            if (publicOrRegistered(text, prefix, digits, start, m.start(2), m.end())) {
                continue;
            }
            out.add(new Span(start, m.end(), Category.CLIENT_NUMBER, ClientNumberDetector.NAME));
        }
        return out;
    }

    /** A prefix that names a register, a phone or the gateway itself ("KVK", "AGB", "VHT"). */
    static boolean otherPrefix(String prefix) {
        return OTHER_PREFIX.contains(prefix);
    }

    /**
     * The code at {@code start} (digits from {@code digitsStart} to {@code end}) is a public number (year, date, phone,
     * postcode, amount, count), a register's (a register or phone word in its clause) or the gateway's own.
     */
    static boolean publicOrRegistered(String text, String prefix, String digits, int start, int digitsStart, int end) {
        if (publicNumber(text, prefix, digits, digitsStart, end)) {
            return true;
        }
        int clauseStart = 0;
        Matcher c = CLAUSE_END.matcher(text);
        while (c.find() && c.start() < start) {
            clauseStart = c.end();
        }
        int clauseEnd = text.length();
        c = CLAUSE_END.matcher(text).region(end, text.length());
        if (c.find()) {
            clauseEnd = c.start();
        }
        return REGISTER_IN_SENTENCE.matcher(text).region(clauseStart, clauseEnd).find()
                || SUBMISSION.matcher(digits).matches() && VHT.matcher(text).find();
    }

    /** Years, dates, phone numbers, postcodes, amounts, counts and doses. */
    private static boolean publicNumber(String text, String prefix, String digits, int digitsStart, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 20));
        { // the digits of a code with capitals too: "VHT D2026", "VT 0800-2000"
            if (YEAR.matcher(digits).matches() || YEAR_RANGE.matcher(digits).matches()
                    || SHORT_DATE.matcher(digits).matches() || TIME_RANGE.matcher(digits).matches()) {
                return true;
            }
            if (digits.charAt(0) == '0' && (TextWindow.digitCount(digits) < 7
                    || PHONE_AT.matcher(text).region(digitsStart, text.length()).lookingAt())) {
                return true;
            }
            if (digits.length() == 4 && POSTCODE_AFTER.matcher(after).find()) {
                return true;
            }
            if (AMOUNT_BEFORE.matcher(TextWindow.before(text, digitsStart, 6)).find()) {
                return true;
            }
        }
        for (DateFinder.FoundDate d : DateFinder.find(text.substring(Math.max(0, digitsStart - 1),
                Math.min(text.length(), end + 1)))) {
            if (d.hasYear()) {
                return true;
            }
        }
        return COUNT_AFTER.matcher(after).find() || after.startsWith(",-");
    }

    /** An organisation's name or a case noun ends right before {@code start} (a comma or colon may stand between). */
    private static boolean organisationBefore(String text, int start) {
        int p = start;
        while (p > 0 && text.charAt(p - 1) == ' ') {
            p--;
        }
        if (p > 0 && (text.charAt(p - 1) == ',' || text.charAt(p - 1) == ':')) {
            p--;
            while (p > 0 && text.charAt(p - 1) == ' ') {
                p--;
            }
        }
        if (p == start && p > 0 && Character.isLetterOrDigit(text.charAt(p - 1))) {
            return false; // the code is glued to a word
        }
        int from = p;
        int clause = Math.max(0, p - 80);
        for (int i = p - 1; i >= clause; i--) {
            char ch = text.charAt(i);
            if (ch == '.' || ch == ';' || ch == '\n' || ch == '!' || ch == '?' || ch == '(' || ch == ',') {
                break;
            }
            from = i;
        }
        List<String> words = words(text.substring(from, p));
        if (words.isEmpty()) {
            return false;
        }
        if (CASE_NOUN.matcher(words.get(words.size() - 1)).matches()) {
            return true;
        }
        for (int k = 1; k <= Math.min(NAMES.longest, words.size()); k++) {
            if (NAMES.phrases.contains(String.join(" ", words.subList(words.size() - k, words.size())))) {
                return true;
            }
        }
        return false;
    }
}
