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
 * POSTCODE: Dutch postcodes, {@code 1234 AB}, {@code 1234AB}, also with two spaces or a hyphen ({@code 1234  AB},
 * {@code 1234-AB}); the letters SA, SD and SS are never used.
 * Prose that looks alike is not a postcode: a year followed by a two-letter word in capitals ("IN 2026 EN ...",
 * "2026 OF") is skipped unless a place name or "postcode" goes with it; lower-case letters after a space
 * ("2011 en") count only before a place name or after a house number; lower-case letters without a space
 * ("4761ab") count anywhere unless they are a unit or a word ("1250mg", "2000ml"); a word that is no unit counts
 * after a place preposition or in a sentence about living ("ma zit nu in 7811cv", round 13). Thread-safe.
 */
public final class PostcodeDetector extends SpanDetector {

    public static final String NAME = "POSTCODE";

    /**
     * Four digits and two letters, joined directly, by one to three spaces or by a hyphen with optional spaces; also
     * after the country prefix "NL-".
     */
    private static final Pattern POSTCODE = Pattern.compile("(?:(?<=NL-)|(?<![\\w,.-]))([1-9]\\d{3})(\\s{0,3}|\\s?-\\s?)([A-Za-z]{2})(?![\\w])");
    private static final Set<String> WORDS = Set.of("EN", "OF", "IN", "OP", "DE", "IS", "AL", "NA", "TE", "ZO", "JA",
            "NU", "OM", "ER", "ME", "JE", "WE", "ZE", "HE", "EH", "OK", "TV", "PC", "AM", "PM", "AD", "BC", "NL", "EU",
            "UK", "US", "ID", "IQ", "VT", "GI", "AN", "AT", "TO", "BY", "ON", "OR", "IT", "DO", "GO", "NO",
            "SO", "UP", "MB", "KB", "GB", "CM", "KM", "KG", "MG", "ML", "CC", "MA", "DI", "WO", "VR", "ZA",
            "BV", "NV", "CV", "HB", "LT", "EX", "ST", "GR", "DL", "CL", "HL", "KW", "PK", "HZ", "MM", "UG", "TB",
            "KJ", "WH", "AH", "MS", "SE", "XL", "PX", "DB", "HA", "MU", "YR", "JR", "SR", "TH", "ND", "RD");
    /** Up to three capitalised words after the postcode: the place ("Oude Pekela", "Alphen aan den Rijn"). */
    private static final Pattern PLACE_AFTER = Pattern.compile("^[\\s,]+(\\p{Lu}[\\p{L}'’-]+)(?:\\s+(\\p{L}[\\p{L}'’-]+))?"
            + "(?:\\s+(\\p{L}[\\p{L}'’-]+))?");
    private static final Pattern WORD_AFTER = Pattern.compile("^[\\s,]+(\\p{L}[\\p{L}'’-]+)");
    private static final Pattern CONTEXT_BEFORE = Pattern.compile(
            "(?:(?:postcode(?:\\s+\\p{L}+){0,2}|(?<![\\p{L}])(?:pc|p\\.c\\.|zip)(?=\\s*[:|])|"
            // round 24 (t24-items): the English labels a form or a foreign letter uses: "zip code: 2061 AN"
            + "(?<![\\p{L}])(?:zip[\\s-]?code|postal\\s+code|post\\s+code)|adres|woont|wonen|woonde|woonden)(?:\\s+(?:op|in|aan))?\\s*[:|]?\\s*|\\d[a-z]?,?\\s*)$|\\p{L}(?:straat|laan|weg|plein|gracht|singel|kade|dijk|hof)\\s*\\d*\\s*,?\\s*$");

    /** The postcode's own label or an address label right before it ("| postcode | 4872 gb", "Adres: ..."). */
    private static final Pattern POSTCODE_LABEL_BEFORE = Pattern.compile(
            "(?:postcode|\\p{L}*adres)(?:\\s+\\p{L}+){0,2}\\s*[:|]\\s*$|postcode\\s*$"
                    // round 15: the abbreviation with a colon: "pc: 6221 bv"
                    + "|(?<![\\p{L}])(?:pc|p\\.c\\.|zip)\\s*[:|]\\s*$"
                    // round 24 (t24-items): "zip code: 2061 an", "postal code 2061 an"
                    + "|(?<![\\p{L}])(?:zip[\\s-]?code|postal\\s+code|post\\s+code)\\s*[:|]?\\s*$");
    /** Round 15: a German postcode after its own label, with or without a place: "Postleitzahl 52134", "PLZ: 47533". */
    private static final Pattern GERMAN_LABEL = Pattern.compile("(?iu)(?<![\\p{L}])(?:postleitzahl|plz)\\s*[:.]?\\s*"
            + "(?:D\\s?-\\s?)?(\\d{5})(?!\\d)");

    /** Units of measure among the two-letter words: after a number they stay units, also near a word of living. */
    private static final Set<String> UNITS = Set.of("MG", "ML", "KG", "KM", "CM", "MM", "GB", "MB", "KB", "TB", "HZ",
            "KW", "CC", "UG", "KJ", "DL", "CL", "HL", "GR", "MU", "PX");

    /**
     * A word of living or of an address anywhere in the sentence ("vader woont ergens in 6511 pk", "nieuw adres:
     * ... 2531 ha"): there four digits and two letters are a postcode even when the letters are a word or a unit.
     */
    private static final Pattern RESIDENCE_IN_SENTENCE = Pattern.compile("(?iu)(?<![\\p{L}])(?:woon\\p{L}*|woont|wonen|"
            + "woonde|woonachtig|\\p{L}*adres\\p{L}*|verhuis\\p{L}*|verhuisd|postcode|ingeschreven|verblijf\\p{L}*|"
            + "verblijft|huisnummer|lives|living|address|moved|wohnt|wohnhaft|wohnort|adresse|umgezogen)(?![\\p{L}])");

    private final WordLists words;

    public PostcodeDetector(WordLists words) {
        this.words = words;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Span> spans(TextSegment segment, ScreeningContext context) {
        String text = segment.text();
        if (text.length() < 6 || TextWindow.digitCount(text) < 4) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>(0);
        TextWindow.matchAt(POSTCODE, text, TextWindow.numberStarts(text), m -> check(text, m, spans));
        belgian(text, spans);
        if (TextWindow.digitCount(text) >= 5) {
            german(text, spans);
            // round 23 (t23-items): "33-300 Nowy Sącz", "zip: 00-950 Warszawa"
            ForeignPostcodeShapes.polish(text, words, spans);
        }
        return spans;
    }

    private void check(String text, Matcher m, List<Span> spans) {
        {
            String letters = m.group(3);
            String upper = letters.toUpperCase(java.util.Locale.ROOT);
            if (upper.equals("SA") || upper.equals("SD") || upper.equals("SS")) {
                return;
            }
            boolean space = !m.group(2).isEmpty();
            boolean upperCase = letters.equals(upper);
            boolean placeAfter = placeAfter(text, m.end());
            boolean contextBefore = CONTEXT_BEFORE.matcher(TextWindow.before(text, m.start(), 40)).find();
            boolean flag;
            if (!space) {
                // "4811AB" and "4761ab" count anywhere; "1250mg", "2000ml" (a dose, a unit, a listed word) only with an
                // address around it
                flag = upperCase || !WORDS.contains(upper) || placeAfter || contextBefore
                        // round 13: "ma zit nu in 7811cv", "verhuisd naar 2011cv": glued lower-case letters that are a
                        // word but no unit, after a place preposition or in a sentence about living
                        // a year typed together with a word is none: "in 2021na de scheiding", "sinds 2019op een kamer"
                        || !UNITS.contains(upper) && !yearNumber(m.group(1)) && (PLACE_PREPOSITION_BEFORE.matcher(
                        TextWindow.before(text, m.start(), 12)).find() || residenceInSentence(text, m));
            } else if (upperCase) {
                int number = Integer.parseInt(m.group(1));
                boolean yearAndWord = number >= 1900 && number <= 2100 && WORDS.contains(upper);
                flag = !yearAndWord || placeAfter || contextBefore;
            } else {
                // "3073 kv", "4874 hc, vlakbij de school": lower-case letters that are no word or unit after a number
                // that is no year; "1817 ja Alkmaar", "3024 gr, rotterdam": also a word or unit before a known place
                int number = Integer.parseInt(m.group(1));
                // round 22 (t22-names): a club's founding year after its name ("Quick 1890 in Nijmegen", "Sparta 1888
                // op zaterdag") is a year too
                boolean year = number >= 1900 && number <= 2100
                        || number >= 1850 && number < 1900 && clubNameBefore(text, m.start());
                // a unit ("woont 1200 km verderop") only before a known place
                flag = UNITS.contains(upper) ? !year && (domesticPlaceAfter(text, m.end())
                        || POSTCODE_LABEL_BEFORE.matcher(TextWindow.before(text, m.start(), 40)).find()
                        // round 12: "oma zit in 2811 km Reeuwijk": after "in"/"te" no distance, before a name that
                        // may be a village no list knows
                        || IN_BEFORE.matcher(TextWindow.before(text, m.start(), 10)).find()
                        && placeLikeAfter(text, m.end()))
                        // round 13 (r13-misses): "adres moeder ... 2015 cl Haarlem": a year-like number with a unit
                        // is a postcode before a known domestic place in a sentence about an address or living
                        || year && domesticPlaceAfter(text, m.end()) && residenceInSentence(text, m)
                        // round 22 (t22-names): "gaf 9981 hz op als nieuwe postcode": the postcode named in its sentence
                        || !year && RARE_UNITS.contains(upper) && postcodeWordAfter(text, m.end())
                        : WORDS.contains(upper)
                        ? !year && (contextBefore || domesticPlaceAfter(text, m.end()) || residenceInSentence(text, m))
                                // round 24 (t24-items): right after its own label even a year and a word is the
                                // postcode ("postcode: 2014 ha", "zip code: 2061 an")
                                || POSTCODE_LABEL_BEFORE.matcher(TextWindow.before(text, m.start(), 40)).find()
                        : placeAfter || contextBefore || !year;
            }
            if (flag) {
                spans.add(new Span(m.start(), m.end(), Category.POSTCODE, NAME));
            }
        }
    }

    /**
     * Round 22 (t22-names): a capitalised word right before the number that is no street ("Quick 1890", "Be Quick
     * 1887"): a sports club's name with its founding year. A street with a house number, a comma or a label before the
     * number ("Dorpsstraat 12, 1817 ja Alkmaar", "postcode 1817 ja") has none of this.
     */
    private static final Pattern CLUB_NAME_BEFORE = Pattern.compile("(?<![\\p{L}\\d])\\p{Lu}[\\p{L}'’-]+\\s+$");
    private static final Pattern STREET_WORD_BEFORE = Pattern.compile("(?iu)(?:straat|laan|weg|plein|gracht|singel|kade|"
            + "dijk|hof|pad|dreef|markt|steeg|ring|park|postcode|pc|adres)\\s+$");

    private static boolean clubNameBefore(String text, int start) {
        String before = TextWindow.before(text, start, 30);
        return CLUB_NAME_BEFORE.matcher(before).find() && !STREET_WORD_BEFORE.matcher(before).find();
    }

    /** Four digits before a capitalised place: "B-2920 Kalmthout", "2910 Essen", "L-1234 Luxembourg". */
    private static final Pattern FOUR_DIGITS_PLACE = Pattern.compile(
            "(?<![\\w,.€$-])((?:[BL]\\s?-\\s?)?)([1-9]\\d{3})\\s+\\(?(\\p{Lu}[\\p{L}'’-]+)");
    /** "Hoofdstraat 12 bus 3, 2000 Antwerpen": after a house number and a comma even a year-like number is a postcode. */
    private static final Pattern HOUSE_NUMBER_BEFORE = Pattern.compile("\\d{1,4}\\s?[a-zA-Z]?(?:\\s+bus\\s+\\d+)?,\\s*$");
    private static final Pattern BELGIUM = Pattern.compile("(?iu)(?<![\\p{L}])(?:belgi[eë]|belgisch\\p{L}*|vlaanderen|"
            + "antwerpen|brussel|wallonië|adres|postadres|woonadres|woont|wonen|woonachtig|verhuisd|"
            // round 16 (fix16-numbers): "woonplaats vader: 9060 Zelzate", "vader verblijft in 9185 (Wachtebeke)"
            + "woonplaats|verblijft|verblijf|verblijfplaats|verblijfsadres|ingeschreven|domicilie\\p{L}*|"
            + "postcode)(?![\\p{L}])");
    /** Round 16: a street with its house number (and a Belgian box) right before: "Veldstraat 12 bus 3, 9000 Gent". */
    private static final Pattern STREET_HOUSE_NUMBER_BEFORE = Pattern.compile("(?iu)\\p{L}(?:straat|laan|weg|steenweg|"
            + "plein|dreef|lei|kaai|markt|dijk|pad|baan|gracht|kade|singel|ring|hof|veld|berg|dries|meers)\\.?\\s+"
            + "\\d{1,4}\\s?[a-zA-Z]?(?:\\s*(?:bus|/)\\s*\\d{1,4}\\s?[a-zA-Z]?)?\\s*,?\\s*$");
    /** Round 16: four digits after the postcode's own label, without letters: "wel postcode 9960", "postcode: 2300". */
    private static final Pattern FOUR_DIGITS_AFTER_LABEL = Pattern.compile("(?iu)(?<![\\p{L}])postcode(?:\\s+\\p{L}+){0,2}"
            + "\\s*([:|]?)\\s*(?:B\\s?-\\s?)?([1-9]\\d{3})(?![\\d]|[.,/-]\\d|\\s{0,3}-?\\s?[A-Za-z]{2}(?![\\p{L}]))");

    /**
     * Belgian (and Luxembourg) postcodes: four digits before a place, with the country letter ("B-2920 Kalmthout")
     * or, without it, before a known place of the gazetteer in a sentence about Belgium or an address ("België, 2910
     * Essen"). A year before a place ("in 2019 Breda") is none unless the country letter is there.
     */
    private void belgian(String text, List<Span> spans) {
        if (text.length() < 9) {
            return;
        }
        Matcher m = FOUR_DIGITS_PLACE.matcher(text);
        while (m.find()) {
            boolean letter = !m.group(1).isEmpty();
            int number = Integer.parseInt(m.group(2));
            String place = WordLists.lower(m.group(3));
            boolean known = words.isPlaceInContext(place) || words.isAbroad(place); // a postcode is a place word
            if (letter && (known || !words.isWord(place))) {
                spans.add(new Span(m.start(), m.end(2), Category.POSTCODE, NAME));
            } else if (!letter && known && ((!(number >= 1900 && number <= 2100)
                    || HOUSE_NUMBER_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find())
                    && BELGIUM.matcher(text).find()
                    || STREET_HOUSE_NUMBER_BEFORE.matcher(text.substring(Math.max(0, m.start() - 50), m.start())).find())) {
                spans.add(new Span(m.start(2), m.end(2), Category.POSTCODE, NAME));
            }
        }
        Matcher label = FOUR_DIGITS_AFTER_LABEL.matcher(text);
        while (label.find()) {
            int number = Integer.parseInt(label.group(2));
            // a year after "postcode" only with a colon: "postcode sinds 2019 anders" is no postcode
            if ((!label.group(1).isEmpty() || !(number >= 1900 && number <= 2100))
                    && !covered(spans, label.start(2), label.end(2))) {
                spans.add(new Span(label.start(2), label.end(2), Category.POSTCODE, NAME));
            }
        }
    }

    /** A word of living or an address in the postcode's sentence (up to 80 characters before it, 40 after it). */
    private static boolean residenceInSentence(String text, Matcher m) {
        return inSentence(RESIDENCE_IN_SENTENCE, text, m);
    }

    /**
     * Round 22 (t22-names): the word "postcode" within three words after the letters ("moeder gaf 9981 hz op als
     * nieuwe postcode"): two letters that are a rare unit after a number that is no year are then the postcode's
     * letters, not hertz.
     */
    private static final Pattern POSTCODE_WORD_AFTER = Pattern.compile("(?iu)^(?:\\s+\\p{L}+){0,3}\\s+postcode(?![\\p{L}])");
    /**
     * Units that a card hardly measures in (frequencies, power, energy, pixels): the everyday measures of a card (a
     * baby's weight in grams, a dose in mg or ml, a distance in km, storage in mb or gb) stay units even then (review
     * ra, Pra-049/137/138: "2500 gr kwam terug omdat de postcode ...").
     */
    private static final Set<String> RARE_UNITS = Set.of("HZ", "KW", "KJ", "MU", "PX", "HL", "UG");

    /** "postcode" within three words after the letters: "9981 hz op als nieuwe postcode", "9981 hz als postcode". */
    private static boolean postcodeWordAfter(String text, int end) {
        int to = Math.min(text.length(), end + 40);
        return POSTCODE_WORD_AFTER.matcher(text.substring(end, to)).find();
    }

    private static boolean inSentence(Pattern word, String text, Matcher m) {
        int from = m.start();
        int floor = Math.max(0, m.start() - 80);
        while (from > floor && ".!?\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = m.end();
        int ceiling = Math.min(text.length(), m.end() + 40);
        while (to < ceiling && ".!?\n".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return word.matcher(text).region(from, to).find();
    }

    /** Five digits before a capitalised place, optionally with the country letter: "52062 Aachen", "D-47533 Kleve". */
    private static final Pattern FIVE_DIGITS_PLACE = Pattern.compile(
            "(?<![\\w,.€$-])((?:D\\s?-\\s?)?)(\\d{5})\\s+(\\p{Lu}[\\p{L}'’-]+)");
    private static final Pattern GERMANY = Pattern.compile("(?iu)(?<![\\p{L}])(?:duitsland|duits\\p{L}*|deutschland|"
            + "germany|bundesrepublik)(?![\\p{L}])");
    /** A street and house number with a comma right before the postcode: "Hauptstraße 12, 52062 Aachen". */
    private static final Pattern STREET_BEFORE = Pattern.compile("\\p{L}{3,}\\.?\\s+\\d{1,4}\\s?[a-zA-Z]?,\\s*$");

    /**
     * German postcodes: five digits before a place, with the country letter ("D-47533 Kleve"), or before a known
     * place in a sentence about living or an address, about Germany, or after a street and house number ("Oma woont
     * in 47533 Kleve", "Hauptstraße 12, 52062 Aachen").
     */
    private void german(String text, List<Span> spans) {
        Matcher label = GERMAN_LABEL.matcher(text);
        while (label.find()) {
            spans.add(new Span(label.start(1), label.end(1), Category.POSTCODE, NAME));
        }
        Matcher m = FIVE_DIGITS_PLACE.matcher(text);
        while (m.find()) {
            boolean letter = !m.group(1).isEmpty();
            String place = WordLists.lower(m.group(3));
            boolean known = words.isPlaceInContext(place) || words.isAbroad(place);
            if (letter && (known || !words.isWord(place))
                    || known && (residenceInSentence(text, m) || GERMANY.matcher(text).find()
                    || STREET_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()
                    // round 23 (t23-items): "VADER: 41334 NETTETAL", a family member's line
                    || ForeignPostcodeShapes.kinLabelBefore(text, m.start(), words))) {
                if (!covered(spans, m.start(2), m.end(2))) {
                    spans.add(new Span(letter ? m.start() : m.start(2), m.end(2), Category.POSTCODE, NAME));
                }
            }
        }
    }

    private static boolean covered(List<Span> spans, int start, int end) {
        for (Span s : spans) {
            if (s.start() < end && start < s.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean yearNumber(String digits) {
        int n = Integer.parseInt(digits);
        return n >= 1900 && n <= 2100;
    }

    /** Round 13: "in", "te", "uit", "naar", "richting" right before a glued postcode ("zit nu in 7811cv"). */
    private static final Pattern PLACE_PREPOSITION_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:in|te|uit|naar|richting)\\s+$"
            // round 17 (fix17-allow51): the abbreviation "pc" / "p.c." right before glued letters, without a colon:
            // "pc 7812cv emmen"; a unit or a year glued to a word stays ("pc 2000ml", "pc 2021na")
            + "|(?<![\\p{L}])(?:pc|p\\.c\\.)\\s+$");
    /** "in", "te", "uit" right before the number: a place is named, no distance ("rijdt 1200 km"). */
    private static final Pattern IN_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:in|te|uit)\\s+$");
    private static final Pattern CAPITAL_AFTER = Pattern.compile("^[\\s,]+((?:(?:De|Den|Het|'t|Sint|St\\.)\\s+)?\\p{Lu}[\\p{L}'’-]+)");

    /**
     * A capitalised place-like name right after the letters: a place of any list, or a capitalised word that is no
     * dictionary word and no place abroad ("Reeuwijk", "Bergambacht", "De Meern").
     */
    private boolean placeLikeAfter(String text, int end) {
        Matcher m = CAPITAL_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40)));
        if (!m.find()) {
            return false;
        }
        String lower = WordLists.lower(m.group(1));
        String last = lower.substring(lower.lastIndexOf(' ') + 1);
        return words.isPlaceInContext(lower) || words.isVillage(lower)
                || !words.isWord(last) && !words.isAbroad(lower) && !words.isAbroad(last);
    }

    /** A known Dutch place right after the postcode, in any case ("3024 gr, rotterdam", "1817 ja Alkmaar"). */
    private boolean domesticPlaceAfter(String text, int end) {
        Matcher m = WORD_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40)));
        return m.find() && words.isDomesticPlace(WordLists.lower(m.group(1)));
    }

    private boolean placeAfter(String text, int end) {
        Matcher m = PLACE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40)));
        if (!m.find()) {
            return false;
        }
        String word = m.group(1);
        if (words.isDomesticPlace(WordLists.lower(word)) || !words.isWord(WordLists.lower(word))) {
            return true;
        }
        // a place of several words ("9665 KA Oude Pekela")
        String phrase = word;
        for (int g = 2; g <= 3 && m.group(g) != null; g++) {
            phrase = phrase + " " + m.group(g);
            if (words.isDomesticPlace(WordLists.lower(phrase))) {
                return true;
            }
        }
        return false;
    }
}
