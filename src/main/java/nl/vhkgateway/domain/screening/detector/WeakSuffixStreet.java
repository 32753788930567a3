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
 * number must have the shape only a house number has, an addition ("212a", "14-2", "8 B"), or stand at the end of the
 * clause after "op" or "aan" in a sentence with a word of living, visiting or an address ("Huisbezoek op Xbocht 12.").
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
            boolean addition = m.group(3) != null;
            if (!addition) {
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
