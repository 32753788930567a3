package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.screening.Category;

/**
 * Round 15: a street abroad with its house number, written the way the family's other country writes it: a street
 * word of that language before the name ("Rue de la Gare 14", "Calle Mayor 3", "Strada Mihai Eminescu nr. 12",
 * "ul. Długa 12", "Avenida da Liberdade 45"), after it ("Atatürk Caddesi No: 12", "Gül Sokak No:5", "Oxford Road
 * 12"), a German compound or phrase in -straße/-strasse/-gasse ("Hauptstraße 5", "Aachener Straße 12"; round 18:
 * also abbreviated, "Hauptstr. 5", "Bocholter Str. 14"), and the
 * number first as French and English write it ("14 rue de la Gare", "12 Baker Street"). The Dutch rules know Dutch
 * street endings only; the words here are street types of the languages of neighbouring countries and of the families
 * in the cards (French, German, Spanish, Portuguese, Italian, Romanian, Polish, Turkish, English; every grammar of the
 * language lists them). The name holds a capitalised word; counts, doses and times after the number are kept out as
 * the Dutch rules keep them out. Words that are also Dutch or Latin words are left out ("via", "route", "al." as in
 * "et al.", "corso", "largo"), so are "Place" without "de"/"du"/"des" and "Drive". Stateless and thread-safe.
 */
final class ForeignStreetNumber {

    /** A house number: not a year, count, dose, time or a part of a date or a decimal ("Abbey Road 1969"). */
    private static final String HOUSE = "(?!(?:19|20)\\d{2}(?!\\d))(\\d{1,4}(?:\\s?[a-zA-Z](?![\\p{L}\\d])|/\\d{1,3}(?![\\d/]))?)"
            + "(?![\\p{L}\\d]|[.,:/-]\\d|\\s?%|\\s?(?i:jaar|jahre|ans|años|anni|lat|yıl|years|keer|mal|fois|uur|uhr|h|"
            + "kg|km|cm|m|meter|euro|eur|min|minuten|weken|wochen|dagen|tage|maanden|monate|x|mg|ml|stuks|personen|"
            + "kinderen|kinder)(?![\\p{L}]))"
            // the number ends the clause or stands before a place or a preposition: a noun after it makes a count
            // ("Crossy Road 250 punten", "Piazza Roma 3 pizza's", "Coronation Street 2 afleveringen")
            + "(?=\\s*(?:$|[,.;:!?'\"’”)\\]\\n(]|\\s(?:in|te|op|bij|sinds|à|a|w|we|na|em|en|in|im|bei|seit|since|"
            + "en|de|di|\\d{4,5}\\s)(?![\\p{L}])))";
    private static final String NAME = "((?:(?:de|du|des|la|le|les|del|della|dei|di|da|do|dos|das|e|y|lui|al|el|"
            + "\\p{Lu}[\\p{L}'’.-]*|l['’]|d['’])\\s*){1,6})";
    private static final String NUMBER_LABEL = "\\s*,?\\s*(?:(?i:n[º°o]\\.?|nr\\.?|no\\.?|numéro|número|numero)\\s*:?\\s*)?";
    /** A street word before the name. */
    private static final Pattern TYPE_FIRST = Pattern.compile("(?<![\\p{L}])(?:(?i:rue|avenida|avda\\.|calle|carrer|"
            + "rua|travessa|strada|bulevardul|calea|aleea|ulica|ul\\.|aleja|osiedle)|Avenue|Av\\.|Chaussée|"
            + "Boulevard|Bd\\.|Chemin|Allée|Impasse|Quai|Place(?=\\s+(?:de|du|des|d['’]))|Viale|Piazza|Str\\.|Derb)\\s+" + NAME + NUMBER_LABEL + HOUSE);
    /** A street word after the name (Turkish, English). */
    private static final Pattern TYPE_AFTER = Pattern.compile("(?<![\\p{L}])(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3})"
            + "\\s+(?:Caddesi|Cad\\.|Cd\\.|Sokak|Sokağı|Sok\\.|Sk\\.|Bulvarı|Street|Road|Lane|Avenue)"
            + "\\s*,?\\s*(?:(?i:no|nr|number)\\.?\\s*:?\\s*)?" + HOUSE);
    /** German: a compound in -straße/-strasse/-gasse, or a capitalised word and "Straße"/"Strasse"/"Gasse". */
    private static final Pattern GERMAN = Pattern.compile("(?<![\\p{L}])(\\p{Lu}[\\p{L}-]*(?:straße|strasse|gasse|str\\.)"
            + "|\\p{Lu}[\\p{L}-]*\\s+(?:Straße|Strasse|Gasse|Str\\.))\\s+(?:(?i:nr)\\.?\\s*)?" + HOUSE);
    /** The number first: "14 rue de la Gare", "12, avenue Foch", "12 Baker Street". */
    private static final Pattern NUMBER_FIRST = Pattern.compile("(?<![\\p{L}\\d.,/-])(\\d{1,4}[a-zA-Z]?),?\\s+"
            + "(?:(?i:rue|avenue|boulevard|chemin|allée|impasse|quai|chaussée)\\s+(?:(?:de|du|des|la|le|l['’]|d['’])\\s*)*"
            + "\\p{Lu}[\\p{L}'’-]*"
            + "|(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}\\s+(?:Street|Road|Lane|Avenue|Close|Crescent|"
            + "Terrace)))(?![\\p{L}])");
    /** Street words that are also words of titles, shops and restaurants: the address needs a word of living. */
    private static final Pattern TITLE_WORDS = Pattern.compile("^(?:Avenue|Av\\.|Boulevard|Bd\\.|Place|Viale|Piazza)");
    private static final Pattern TITLE_AFTER = Pattern.compile("\\s(?:Street|Road|Lane|Avenue)\\s*,?\\s*(?:(?i:no|nr|number)\\.?\\s*:?\\s*)?\\d");
    /** A word of living or an address in the languages of the cards' families. */
    private static final Pattern LIVING = Pattern.compile("(?iu)(?<![\\p{L}])(?:lives?|living|address|habite\\p{L}*|"
            + "adresse|wohn\\p{L}*|anschrift|mieszka\\p{L}*|adres\\p{L}*|mora|moram|vive|viven|direcci[oó]n|indirizzo|"
            + "abita|locuie\\p{L}*|oturuyor|ya[sş][ıi]yor|adresi)(?![\\p{L}])");

    private ForeignStreetNumber() {
    }

    static void find(String text, List<Span> spans) {
        if (TextWindow.digitCount(text) == 0) {
            return;
        }
        Matcher m = TYPE_FIRST.matcher(text);
        while (m.find()) {
            if (capitalised(m.group(1))
                    && (!TITLE_WORDS.matcher(m.group()).lookingAt() || living(text, m.start()))) {
                add(spans, m.start(), m.end());
            }
        }
        // round 16 (r16-speed): the two patterns that try every capitalised word run only on a text that holds
        // one of their street words, spelled as the patterns spell them (they match these words case-sensitively)
        if (containsAny(text, TYPE_AFTER_WORDS)) {
            Matcher after = TYPE_AFTER.matcher(text);
            while (after.find()) {
                if (!TITLE_AFTER.matcher(after.group()).find() || living(text, after.start())) {
                    add(spans, after.start(), after.end());
                }
            }
        }
        if (containsAny(text, GERMAN_WORDS)) {
            add(GERMAN.matcher(text), spans);
        }
        Matcher first = NUMBER_FIRST.matcher(text);
        while (first.find()) {
            // "lives at 31 Church Road", "woont op 12 Baker Street": the word of living right before ("Sinds hij ...
            // woont, keek hij 21 Jump Street" is a film)
            if (first.group(2) == null || livingNear(text, first.start())) {
                add(spans, first.start(), first.end());
            }
        }
    }

    /**
     * A word of living or an address before the street in its sentence (Dutch or the family's language): English
     * and Italian street words name films, games, series, shops and restaurants too ("21 Jump Street", "10 Downing
     * Street", "Avenue Fashion").
     */
    private static final Pattern LIVING_RIGHT_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:lives?|living|address|"
            + "woont|wonen|woonde|woonachtig|verhuisd|\\p{L}*adres|habite\\p{L}*|adresse|wohnt|wohnen)\\s*"
            + "(?:(?:at|op|in|aan|naar|à|in der)\\s*)?[:,]?\\s*$");

    /** A word of living right before the number, with only a preposition or colon between. */
    /** Literal parts of {@link #TYPE_AFTER}'s street types and {@link #GERMAN}'s, one of which each match holds. */
    private static final List<String> TYPE_AFTER_WORDS = List.of("Cad", "Cd.", "Sok", "Sk.", "Bulvar", "Street",
            "Road", "Lane", "Avenue");
    private static final List<String> GERMAN_WORDS = List.of("straße", "strasse", "gasse", "Straße", "Strasse",
            "Gasse", "str.", "Str.");
    private static boolean containsAny(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean livingNear(String text, int start) {
        int from = Math.max(AddressDetector.sentenceStartBefore(text, start), start - 25);
        return LIVING_RIGHT_BEFORE.matcher(text).region(from, start).find();
    }

    private static boolean living(String text, int start) {
        int sentence = AddressDetector.sentenceStartBefore(text, start);
        return AddressDetector.ADDRESS_CONTEXT.matcher(text).region(sentence, start).find()
                || LIVING.matcher(text).region(sentence, start).find();
    }

    private static boolean capitalised(String name) {
        for (String w : name.split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static void add(Matcher m, List<Span> spans) {
        while (m.find()) {
            add(spans, m.start(), m.end());
        }
    }

    private static void add(List<Span> spans, int start, int end) {
        for (Span s : spans) {
            if (s.start() < end && start < s.end()) {
                return;
            }
        }
        spans.add(new Span(start, end, Category.ADDRESS, AddressDetector.NAME));
    }
}
