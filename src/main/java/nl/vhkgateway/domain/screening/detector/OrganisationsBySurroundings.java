package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 11 allow rule: organisations that no list knows, read from the words around them. Like
 * {@link PlacesBySurroundings}, each rule only clears words the detector flagged and never a word with person evidence
 * around it.
 * <ul>
 * <li>{@link #headAndRegion}: an organisation head word written alone with a capital after a capitalised adjective,
 * and the place or region it serves: "Sociale Dienst Drechtsteden", "Regionaal Bureau Achterhoek". The place must be
 * a place of a context-free list that no given-name, surname or weak-name list holds (round 11 leak fix); "Sociale
 * Dienst Jansen", "Sociale Dienst Garcia", "het Team van Sanne" stay names.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class OrganisationsBySurroundings {

    /** Head words of an organisation's name that stand alone after an adjective ("Sociale Dienst"). */
    private static final Set<String> HEADS = Set.of("dienst", "diensten", "team", "bureau", "loket", "centrum",
            "punt", "huis", "raad", "afdeling", "stichting", "vereniging", "zorg", "hulp", "hulpverlening");

    private OrganisationsBySurroundings() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            if (flag[i]) {
                headAndRegion(tokens, role, flag, words, i);
            }
        }
    }

    /** "Sociale Dienst Drechtsteden": clears the head word and the place after it. */
    static void headAndRegion(List<Token> tokens, int[] role, boolean[] flag, WordLists words, int i) {
        int n = tokens.size();
        Token head = tokens.get(i);
        if (!head.isWord() || !head.capitalised() || head.allCaps() || !HEADS.contains(head.lower()) || i < 1
                || i + 1 >= n) {
            return;
        }
        Token adjective = tokens.get(i - 1);
        Token place = tokens.get(i + 1);
        if (!adjective.isWord() || !adjective.capitalised() || !adjective.lower().endsWith("e")
                && !adjective.lower().endsWith("aal") || !words.isDutchWord(adjective.lower())
                || !place.isWord() || !place.capitalised() || place.allCaps()) {
            return;
        }
        // Round 11 leak fix: only a place of the context-free lists that no given-name, surname or weak-name list
        // holds; no place that is also a name ("Volgens de Sociale Dienst Garcia", "Lokale Zorg Zijderveld").
        // Round 12 (fix30): a place of places-also-names that no name list holds (a region, "Drechtsteden") too;
        // the organisation head is its place word.
        String placeLower = WordLists.lower(place.text());
        if (!words.isPlace(placeLower) && !regionWithoutName(place, words)
                || PlacesBySurroundings.personListed(place, words)
                || PlacesBySurroundings.personAround(tokens, role, words, i + 1)
                || i + 2 < n && tokens.get(i + 2).isWord() && tokens.get(i + 2).capitalised()) {
            return;
        }
        flag[i] = false;
        flag[i + 1] = false;
    }

    /**
     * Round 12 (fix30): an entry of places-also-names ("Drechtsteden") that no given-name, surname or weak-name list
     * holds and that is no ordinary word: after an organisation head it is the region the organisation serves.
     */
    static boolean regionWithoutName(Token place, WordLists words) {
        String lower = WordLists.lower(place.text());
        return RelativeGuard.contextPlace(lower, words) && !PlacesBySurroundings.personListed(place, words)
                && !words.isWord(lower) && !words.isException(place.text());
    }
}
