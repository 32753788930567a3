package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.screening.Category;

/**
 * Round 16 (r16-names): an address of the old numbering by district that some villages still write ("Wijk 5 19 in
 * Giethoorn", "woont op Wijk 2 114", Urk's "Wijk 3-27"): "Wijk", the district's number and the house number. A
 * district with one number is a neighbourhood of the municipality, no address ("wijk 5 heeft een wijkteam"); the two
 * numbers make it one. The house number must end its clause or stand before "in"/"te"/"op" and a capitalised place:
 * a noun after it is a count ("Wijk 5 19 meldingen", "wijk 3 12 gezinnen"), a time or date a meeting ("Wijk 5 19:30",
 * "wijk 4 12-3"). And a word of living or a person's home must stand before it in the sentence, or the place after it
 * ("bij tante, Wijk 5 19 in Giethoorn", "adres: Wijk 2 114"): a table of counts per district names no place ("Wijk 4
 * 12, Wijk 5 19."). With a hyphen ("Wijk 3-27") only after a word of living or a home, and not when the second number
 * is just above the first: "Wijk 2 - 3 in Urk" is a range of districts. Stateless and thread-safe.
 */
final class WijkHouseNumber {

    private static final Pattern WIJK_NUMBER = Pattern.compile("(?<![\\p{L}\\d])[Ww]ijk\\s+(\\d{1,2})(\\s+|\\s?-\\s?)"
            + "(\\d{1,3})(?:\\s?[a-dA-D])?(?![\\p{L}\\d:.,/-]\\d)(?![\\p{L}\\d])");
    /** After the house number: the end of the clause, or "in"/"te"/"op" and a capitalised place. */
    private static final Pattern END_AFTER = Pattern.compile("^(?:\\s*(?:$|[,.;!?)\\n(])|\\s+(in|te|op)\\s+\\p{Lu})");
    /** "bij tante,", "bij zijn oma,": someone's home before the address. */
    private static final Pattern AT_PERSON = Pattern.compile("(?iu)(?<![\\p{L}])bij\\s+(?:(?:zijn|haar|hun|z'n|d'r|de)"
            + "\\s+)?([\\p{L}'’]+)\\s*[,:]?\\s*$");

    private WijkHouseNumber() {
    }

    static void find(String text, WordLists words, List<Span> spans) {
        Matcher m = WIJK_NUMBER.matcher(text);
        while (m.find()) {
            Matcher after = END_AFTER.matcher(text).region(m.end(), text.length());
            if (!after.lookingAt()) {
                continue;
            }
            int sentence = AddressDetector.sentenceStartBefore(text, m.start());
            boolean placeAfter = after.group(1) != null;
            boolean living = AddressDetector.ADDRESS_CONTEXT.matcher(text).region(sentence, m.start()).find()
                    || relativeBefore(text, sentence, m.start(), words);
            // review of round 16: "Wijk 2 - 3 in Urk", "wijk 5-6": districts joined by a hyphen are a range; the
            // hyphen form needs a word of living or a home before it, and no second number just above the first
            boolean hyphen = m.group(2).contains("-");
            int district = Integer.parseInt(m.group(1));
            int house = Integer.parseInt(m.group(3));
            if (hyphen && (!living || house > district && house <= district + 9)) {
                continue;
            }
            if (placeAfter || living) {
                spans.add(new Span(m.start(), m.end(), Category.ADDRESS, AddressDetector.NAME));
            }
        }
    }

    private static boolean relativeBefore(String text, int from, int to, WordLists words) {
        Matcher m = AT_PERSON.matcher(text).region(Math.max(from, to - 40), to);
        if (!m.find()) {
            return false;
        }
        String w = WordLists.lower(m.group(1));
        return LowerCaseStreetNumber.PERSON_WORDS.contains(w)
                || words.isKinOrRole(w) && !BirthDateDetector.PROFESSIONAL_ROLES.contains(w);
    }
}
