package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 11 allow rules: organisations that no list knows, read from the words around them. Like
 * {@link PlacesBySurroundings}, each rule only clears words the detector flagged and never a word with person evidence
 * around it.
 * <ul>
 * <li>{@link #headAndRegion}: an organisation head word written alone with a capital after a capitalised adjective,
 * and the place or region it serves: "Sociale Dienst Drechtsteden", "Regionaal Bureau Achterhoek". The place must be
 * a place of a list and no given name; "Sociale Dienst Jansen", "het Team van Sanne" stay names.</li>
 * <li>{@link #articleAndAcronym}: an acronym in capitals right after "de" or "het" written in lower case or with one
 * capital ("De VIGO in ...", "bij het KOC"): a person takes no article. Not in a line in capitals, and not an
 * acronym that a surname list holds ("de JONG" is a particle and a surname); an acronym that is a given name only
 * with a place after it ("de VIGO in Venray"; "de KEES" may be Brabant speech for a man).</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class OrganisationsBySurroundings {

    /** Head words of an organisation's name that stand alone after an adjective ("Sociale Dienst"). */
    private static final Set<String> HEADS = Set.of("dienst", "diensten", "team", "bureau", "loket", "centrum",
            "punt", "huis", "raad", "afdeling", "stichting", "vereniging", "zorg", "hulp", "hulpverlening");
    private static final Set<String> ARTICLES = Set.of("de", "het");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "uit", "te");
    private static final int MIN_ACRONYM = 3;
    private static final int MAX_ACRONYM = 6;

    private OrganisationsBySurroundings() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            if (flag[i]) {
                headAndRegion(tokens, role, flag, words, i);
                articleAndAcronym(tokens, role, flag, words, i);
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
        String lower = WordLists.lower(place.text());
        if (!words.isPlaceInContext(lower) && !words.isVillage(lower) || words.isFirstName(place.text())
                || PlacesBySurroundings.personAround(tokens, role, words, i + 1)
                || i + 2 < n && tokens.get(i + 2).isWord() && tokens.get(i + 2).capitalised()) {
            return;
        }
        flag[i] = false;
        flag[i + 1] = false;
    }

    /** "De VIGO in Venray", "bij het KOC": an acronym after an article. */
    static void articleAndAcronym(List<Token> tokens, int[] role, boolean[] flag, WordLists words, int i) {
        Token t = tokens.get(i);
        if (i < 1 || !t.isWord() || !t.allCaps() || t.text().length() < MIN_ACRONYM
                || t.text().length() > MAX_ACRONYM || t.hasDigit()) {
            return;
        }
        Token article = tokens.get(i - 1);
        if (!article.isWord() || article.allCaps() || !ARTICLES.contains(article.lower())
                || words.isSurname(NameClassifier.capitalise(t.lower())) || shouted(tokens)
                || PlacesBySurroundings.personAround(tokens, role, words, i)) {
            return;
        }
        if (words.isFirstNameLower(t.lower()) && !placeAfter(tokens, words, i)) {
            return; // "de KEES" may be Brabant speech for a person: a given name needs "in Venray" after it
        }
        flag[i] = false;
    }

    /** "in Venray", "uit Deurne": a place preposition and a known place right after the acronym. */
    private static boolean placeAfter(List<Token> tokens, WordLists words, int i) {
        return i + 2 < tokens.size() && tokens.get(i + 1).isWord()
                && PLACE_PREPOSITIONS.contains(tokens.get(i + 1).text()) && tokens.get(i + 2).isWord()
                && tokens.get(i + 2).capitalised()
                && words.isPlaceInContext(WordLists.lower(tokens.get(i + 2).text()));
    }

    /** A line mostly in capitals: there every word is in capitals and an acronym says nothing. */
    private static boolean shouted(List<Token> tokens) {
        int words = 0;
        int caps = 0;
        for (Token t : tokens) {
            if (t.isWord() && t.text().length() > 1) {
                words++;
                if (t.allCaps()) {
                    caps++;
                }
            }
        }
        return caps * 2 > words;
    }
}
