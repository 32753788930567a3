package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 16 rule (r16-cards): a lake, beach or pond that no list knows, read from its shape and its article. Dutch
 * names of lakes, ponds and beaches are often one compound ending in a water word ("Sloterplas",
 * "Zevenhuizerplas", "Henschotermeer", "Bloemendaalstrand"), and one goes "naar de", swims "in de", sits "aan de" or
 * "bij de" water. A flagged word is such a place when
 * <ul>
 * <li>no list holds it at all (no given name, surname, weak name, Dutch word, place or allowed word:
 * {@link PlacesBySurroundings#unknown}), it is at least seven letters long and ends in a water word with at least
 * three letters before it ("-plas", "-plassen", "-meer", "-strand", "-vijver"; not "-ven", which ends many surnames:
 * "Verhoeven", "Bakhoven");</li>
 * <li>the lower-case article "de" or "het" stands right before it, and a lower-case preposition of place or direction
 * right before that ("naar de", "in het", "aan de", "bij de", "op het", "langs de", "rond de", "om de");</li>
 * <li>no person evidence stands around it ({@link PlacesBySurroundings#personAround}: a family word, role or title
 * before, a family apposition, an age, a person verb or a capital after).</li>
 * </ul>
 * "van de" is left out (the particle of a surname: "van de Zandplas" may be a family), and so is a word of any name
 * list ("naar de Vermeer", "bij de Plas" stay names), a word without an article ("naar Gaasperplas": a name after a
 * preposition is read by the older rules) and a word after a capitalised article ("bij De Meerplas" reads as a surname
 * with its particle). Stateless.
 */
final class WaterNameAfterArticle {

    private static final List<String> WATER_ENDINGS = List.of("plas", "plassen", "meer", "strand", "vijver");
    private static final Set<String> ARTICLES = Set.of("de", "het");
    private static final Set<String> PREPOSITIONS = Set.of("naar", "in", "aan", "bij", "op", "langs", "rond", "om");
    private static final int MIN_LENGTH = 7;
    private static final int MIN_STEM = 3;

    private WaterNameAfterArticle() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 2; i < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] && t.isWord() && t.capitalised() && !t.allCaps() && waterShape(t.lower())
                    && afterPrepositionAndArticle(tokens, i) && PlacesBySurroundings.unknown(t, words)
                    && !PlacesBySurroundings.personAround(tokens, role, words, i)) {
                flag[i] = false;
            }
        }
    }

    private static boolean waterShape(String lower) {
        if (lower.length() < MIN_LENGTH) {
            return false;
        }
        for (String e : WATER_ENDINGS) {
            if (lower.endsWith(e) && lower.length() >= e.length() + MIN_STEM) {
                return true;
            }
        }
        return false;
    }

    private static boolean afterPrepositionAndArticle(List<Token> tokens, int i) {
        Token article = tokens.get(i - 1);
        Token preposition = tokens.get(i - 2);
        return article.isWord() && !article.capitalised() && ARTICLES.contains(article.lower())
                && preposition.isWord() && !preposition.capitalised() && PREPOSITIONS.contains(preposition.lower());
    }
}
