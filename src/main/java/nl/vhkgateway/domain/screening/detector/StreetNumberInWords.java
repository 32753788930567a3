package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.screening.Category;

/**
 * Round 15: a street and its house number written in words, as interpreters, dictated notes and quoted speech write
 * it ("wij wonen Schoolstraat elf", "op Molenlaan drieëntwintig in Venlo", "Nieuw adres: Lindelaan achtenveertig te
 * Helmond"). The street is a word the address rules already take as a street with a house number (a street suffix
 * such as -straat, -laan, -weg, or a one-word street such as "Markt"); the number is two to 999 in Dutch words ("een"
 * is left out: "in de Kerkstraat een ongeluk" is an article), or "één". The number must end the clause (round 15,
 * r15-misses: also before a remark in brackets, "woont op Beukenlaan zesenveertig (doorgegeven door zus)") or stand
 * before a word that follows an address ("hoog", "boven", "beneden", "in", "te", "bij", "sinds" ...): a noun after it
 * makes it a count ("in de Molenstraat drie kinderen", "de Kalverstraat twee keer", "de Schoolstraat elf jaar
 * geleden"), and "en"/"is" a count or a list ("Schoolplein drie en drie", "de Sportlaan drie is nog open"). A word of
 * living or an address before it in the sentence ("wonen", "adres", "verhuisd") or a floor after it ("drie hoog") is
 * needed: a count per place ends a clause too ("op het Marktplein twaalf, op de Brink twee"). A group, ward or
 * numbered thing right before the name is no street ("leefgroep Lindehof twee", "unit Rozenhof vier"). Stateless
 * and thread-safe.
 */
final class StreetNumberInWords {

    /** The compass part of a street of two words in the north and east ("Kanaal Oost", "Hoofdweg Zuid"). */
    private static final String COMPASS = "(?:Oost|West|Noord|Zuid|NZ|OZ|WZ|ZZ)";
    private static final Pattern COMPASS_AFTER = Pattern.compile("^(\\S+)\\s+" + COMPASS + "$");

    /** Two to 999 in Dutch words, or "één"; "een" is an article as often as a number and is left out. */
    private static final String NUMBER = "(?:één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|"
            + "dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|"
            + "(?:(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën))?"
            + "(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)|"
            + "(?:twee|drie|vier|vijf|zes|zeven|acht|negen)?honderd(?:en)?[\\p{L}]{0,20})";
    private static final Pattern STREET_NUMBER = Pattern.compile("(?<![\\p{L}])(\\p{Lu}[\\p{L}'’-]+"
            // round 16 (r16-names): a street of two words with a compass part, "Kanaal Oost", "Dorpsstraat Noord"
            + "(?:\\s+" + COMPASS + ")?)\\s+"
            + "((?iu:" + NUMBER + ")(?:\\s?-?\\s?[a-dA-D](?![\\p{L}\\d]))?)"
            + "(?=\\s*(?:$|[,.;:!?'\"’”)\\]|/\\n(]|\\s(?iu:hoog|boven|beneden|huis|bis|in|te|bij|sinds|vanaf|samen)"
            + "(?![\\p{L}])))");
    /** A floor after the number: "Beukenlaan drie hoog" is an address without a word of living. */
    private static final Pattern FLOOR_AFTER = Pattern.compile("^\\s+(?iu:hoog|boven|beneden|huis|bis)(?![\\p{L}])");
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}'’-]+)\\s+$");

    private StreetNumberInWords() {
    }

    /**
     * @param street whether a capitalised word is a street before a house number (the address rules' own test)
     */
    static void find(String text, Predicate<String> street, WordLists words, List<Span> spans) {
        Matcher m = STREET_NUMBER.matcher(text);
        while (m.find()) {
            Matcher compass = COMPASS_AFTER.matcher(m.group(1));
            boolean twoWords = compass.matches();
            if (!(twoWords ? compassStreet(compass.group(1), street, words) : street.test(m.group(1)))
                    || overlaps(spans, m.start(1), m.end(2))) {
                continue;
            }
            // "leefgroep Lindehof twee", "unit Rozenhof vier": a group or ward named like a street
            Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, m.start(1) - 30), m.start(1)));
            if (before.find() && (AddressDetector.NUMBERED_THINGS.contains(WordLists.lower(before.group(1)))
                    || AddressDetector.institutionWord(WordLists.lower(before.group(1))))) {
                continue;
            }
            int sentence = AddressDetector.sentenceStartBefore(text, m.start(1));
            boolean floor = FLOOR_AFTER.matcher(text).region(m.end(2), text.length()).lookingAt();
            // the word of living in the same clause ("Sinds hij in de woongroep woont, voetbalt hij op de Markt vijftien")
            int clause = Math.max(sentence, text.lastIndexOf(',', m.start(1) - 1) + 1);
            boolean living = AddressDetector.ADDRESS_CONTEXT.matcher(text).region(clause, m.start(1)).find()
                    // round 16 (r16-names): "zit bij zijn moeder op Kanaal Oost drie": a relative's home right before
                    || HomeOfPerson.atRelativeOn(text, clause, m.start(1), words);
            if (floor || living) {
                spans.add(new Span(m.start(1), m.end(2), Category.ADDRESS, AddressDetector.NAME));
            }
        }
    }

    /**
     * The first word of a street with a compass part: a street by the address rules' test, or a canal, dyke or quay
     * word that names a street on its own in the north and east ("Kanaal Oost", "Vaart ZZ", "Dijk West"). Review of
     * round 16: any Dutch noun was too much ("Kamp Zuid twee", "Toren Noord drie hoog", "Boerderij Zuid twee").
     */
    private static boolean compassStreet(String first, Predicate<String> street, WordLists words) {
        return street.test(first) || STREET_NOUNS.contains(WordLists.lower(first));
    }

    /** Canal, dyke and quay words that name a street with a compass part. */
    private static final java.util.Set<String> STREET_NOUNS = WordSets.of("kanaal", "vaart", "dijk", "diep", "kade",
            "wal", "singel", "gracht", "dreef", "weg", "feart", "dyk", "opgaande");

    private static boolean overlaps(List<Span> spans, int start, int end) {
        for (Span s : spans) {
            if (s.start() < end && start < s.end()) {
                return true;
            }
        }
        return false;
    }
}
