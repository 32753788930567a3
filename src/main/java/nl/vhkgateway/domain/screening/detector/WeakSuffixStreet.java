package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.screening.Category;

/**
 * Round 21 (t21-items): a street whose suffix is also an ordinary word or an organisation's building ("Putsebocht",
 * "Lindeboog", "Hazenkamp", "Eikenhorst", "Bosweide", "Oostmeent") with a house number. Round 20 dropped these
 * suffixes from the strong list, as "werkt bij de Xbocht 3 ochtenden per week" names an organisation; so here the
 * number must have the shape only a house number has, a letter added ("212a", "8 B"), or stand at the end of the
 * clause after "op" or "aan" in a sentence with a word of living, visiting or an address ("Huisbezoek op Xbocht 12.",
 * "ingeschreven aan de Xkamp 32-2"). Review round 21: a number joined by a hyphen ("tegen Wittenhorst 2-2", a score)
 * needs that context too, and a school group, team or match word before the name ("groep Zonnehoek 7b") rules it out.
 * The street is a capitalised word that is no Dutch word, place or given name. Stateless and thread-safe.
 */
final class WeakSuffixStreet {

    private static final Pattern STREET = Pattern.compile("(?<![\\p{L}\\d])(\\p{Lu}\\p{Ll}{2,}(?:bocht|boog|kamp|horst|"
            + "weide|meent|slag|rade|stede|gaard|hoek|kuil|schouw))\\s+(\\d{1,4})(\\s?[a-zA-Z](?![\\p{L}\\d])|-\\d{1,3}"
            + "(?![\\d-]))?(?![\\d:.,/-]\\d|\\d)");
    /** The end of the clause after the number. */
    private static final Pattern CLAUSE_END = Pattern.compile("\\s*(?:$|[,.;:!?)\\n]|\\s(?:in|te|bij|en|met)(?![\\p{L}]))");
    private static final Pattern AT_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:op|aan)\\s+$");
    private static final Set<String> NOT_STREETS = Set.of("zomerkamp", "winterkamp", "jeugdkamp", "kinderkamp",
            "trainingskamp", "voetbalkamp", "vakantiekamp", "asielzoekerskamp", "vluchtelingenkamp", "tentenkamp",
            "scoutingkamp", "werkkamp", "schoolkamp", "speelhoek", "leeshoek", "kinderhoek", "huiskamerhoek",
            "regenboog", "wenkbrauwboog", "elleboog");

    /** A school group, a team or a match before the name: "groep Zonnehoek 7b", "speelde tegen Wittenhorst 2-2". */
    private static final java.util.regex.Pattern NUMBERED_BEFORE = java.util.regex.Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:groep|klas|team|unit|afdeling|lokaal|leefgroep|woongroep|paviljoen|tegen|van|bij|club|"
            + "vereniging|"
            + "elftal|bus|lijn)\\s+$");

    /** A group of an institution named right after: ", een leefgroep van ...", "(woongroep)". */
    private static final java.util.regex.Pattern GROUP_AFTER = java.util.regex.Pattern.compile(
            "(?iu)\\s*[,(]?\\s*(?:een\\s+|de\\s+)?(?:leefgroep|woongroep|groep|afdeling|unit|paviljoen|behandelgroep)"
            + "(?![\\p{L}])");

    private WeakSuffixStreet() {
    }

    static void find(String text, WordLists words, List<Span> spans) {
        if (TextWindow.digitCount(text) == 0) {
            return;
        }
        Matcher m = STREET.matcher(text);
        while (m.find()) {
            String lower = m.group(1).toLowerCase(Locale.ROOT);
            if (NOT_STREETS.contains(lower) || words.isWord(lower) || words.isDomesticPlace(lower)
                    || words.isFirstName(m.group(1)) || words.allowed().containsWord(lower)
                    || AddressDetector.institutionWord(lower) || overlaps(spans, m.start(1), m.end())) {
                continue;
            }
            if (NUMBERED_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) {
                continue; // review round 21: "groep Zonnehoek 7b", "tegen Wittenhorst 2-2": a group, a match
            }
            if (GROUP_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                continue; // "Hij woont op Lindenhorst 2, een leefgroep van Accare": a group home's unit
            }
            boolean letter = m.group(3) != null && !m.group(3).contains("-");
            if (!letter) {
                int sentence = AddressDetector.sentenceStartBefore(text, m.start());
                boolean at = AT_BEFORE.matcher(text.substring(Math.max(sentence, m.start() - 6), m.start())).find();
                boolean context = AddressDetector.ADDRESS_CONTEXT.matcher(text).region(sentence, m.start()).find();
                if (!(at && context && CLAUSE_END.matcher(text).region(m.end(), text.length()).lookingAt())) {
                    continue;
                }
            }
            spans.add(new Span(m.start(1), m.end(), Category.ADDRESS, AddressDetector.NAME));
        }
    }

    private static boolean overlaps(List<Span> spans, int start, int end) {
        for (Span s : spans) {
            if (s.start() < end && start < s.end()) {
                return true;
            }
        }
        return false;
    }
}
