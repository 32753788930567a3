package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 12 allow rules (r12-allow): the two ends of a move or a daily ride, "van X naar Y", with a verb or noun of
 * moving house or riding in the clause: "fietst dagelijks van Voorburg naar school", "verhuizing van Beneden-Leeuwen
 * naar Vasse". Two readings are cleared:
 * <ul>
 * <li>the start X: a place of the lists (also one that is a name elsewhere, places-also-names.txt), followed by "naar",
 * with the verb of moving or an adverb of time right before "van" ("met K. van Gemert naar" is a surname's "van");
 * "fietst van Jansen naar huis" stays a name (Jansen is no place);</li>
 * <li>the goal Y after "van &lt;known place&gt; naar": a place of a list (also one that is a name elsewhere), when the
 * start is a known place; "van Gouda naar Kowalski" stays a name (round 12 leak review); round 19 (r19-allow): a
 * village that is a surname too counts as a place of a list here ({@link VillageSurnames}: Vasse).</li>
 * </ul>
 * Never a listed given name ("van Utrecht naar Sanne"), never with person evidence around the word
 * ({@link PlacesBySurroundings#personAround}: "naar Vasse (oom)", "naar Vasse en zijn vrouw", "naar Vasse, de broer
 * van vader"), and only with a verb or noun of moving in the sentence. Stateless.
 */
final class FromToPlaces {

    /** Verbs and nouns of moving house, commuting and riding. */
    private static final Set<String> MOVING = WordSets.of("verhuist", "verhuizen", "verhuisde", "verhuisden", "verhuisd",
            "verhuizing", "verhuizingen", "verhuiswens", "fietst", "fietsen", "fietste", "fietsten", "gefietst",
            "rijdt", "rijden", "reed", "reden", "gereden", "pendelt", "pendelen", "pendelde", "gependeld", "reist",
            "reizen", "reisde", "reisden", "gereisd", "reis", "reistijd", "busreis", "treinreis", "overplaatsing",
            "forenst", "forensen", "loopt", "lopen", "liep", "liepen", "gelopen");
    private static final int REACH = 8;
    /** Adverbs of time between the verb and "van" ("fietst dagelijks van", "rijdt elke dag van"). */
    private static final Set<String> ROUTE_ADVERBS = WordSets.of("dagelijks", "dag", "week", "ochtend", "avond", "morgen",
            "keer", "vaak", "soms", "wekelijks", "altijd", "nog", "zelf", "alleen", "eerst", "straks", "toen", "nu");

    private FromToPlaces() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 1; i < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || words.isFirstName(t.text())
                    || words.isFirstNameLower(t.lower()) || PlacesBySurroundings.personAround(tokens, role, words, i)
                    || !movingNear(tokens, i)) {
                continue;
            }
            if (NamedOrganisationsAndAreas.possessiveAfter(tokens, i)) {
                continue; // "van Gouda naar Kowalski zijn huis"
            }
            if (start(tokens, words, i) || goal(tokens, words, i)) {
                flag[i] = false;
            }
        }
    }

    /** "van Voorburg naar": a listed place between lower-case "van" and "naar". */
    private static boolean start(List<Token> tokens, WordLists words, int i) {
        String lower = WordLists.lower(tokens.get(i).text());
        // round 12 leak review: "met K. van Gemert naar school", "met mevrouw van Gemert naar": the "van" of a surname;
        // the word before "van" must be a verb or noun of moving or an adverb of time
        if (i < 2 || !tokens.get(i - 2).isWord() || !(MOVING.contains(tokens.get(i - 2).lower())
                || ROUTE_ADVERBS.contains(tokens.get(i - 2).lower()))) {
            return false;
        }
        return tokens.get(i - 1).isWord() && tokens.get(i - 1).text().equals("van") && i + 1 < tokens.size()
                && tokens.get(i + 1).isWord() && tokens.get(i + 1).text().equals("naar")
                && (words.isPlaceInContext(lower) || words.isVillage(lower));
    }

    /** "van Beneden-Leeuwen naar Vasse": a word right after "naar" behind "van" and a known place. */
    private static boolean goal(List<Token> tokens, WordLists words, int i) {
        if (i < 4 || !tokens.get(i - 1).isWord() || !tokens.get(i - 1).text().equals("naar")) {
            return false;
        }
        int k = i - 2; // the last word of the start place
        if (!tokens.get(k).isWord() || !tokens.get(k).capitalised()) {
            return false;
        }
        int first = k;
        while (first - 2 >= 0 && tokens.get(first - 1).is('-') && tokens.get(first - 2).isWord()
                && tokens.get(first - 2).capitalised()) {
            first -= 2; // "Beneden-Leeuwen", "Sint-Michielsgestel"
        }
        if (first < 1 || !tokens.get(first - 1).isWord() || !tokens.get(first - 1).text().equals("van")) {
            return false;
        }
        boolean place = false;
        StringBuilder start = new StringBuilder();
        for (int m = first; m <= k; m += 2) {
            String lower = WordLists.lower(tokens.get(m).text());
            place |= words.isPlace(lower) || words.isPlaceInContext(lower) || words.isVillage(lower);
            start.append(m > first ? "-" : "").append(tokens.get(m).text());
        }
        // the start as written ("Beneden-Leeuwen" is no person word, "Gouda" is a surname too)
        boolean personWord = words.isListedPersonWord(start.toString());
        PhraseIndex.Match phrase = words.allowed().match(tokens, first);
        boolean from = place && !words.isFirstName(tokens.get(first).text())
                || phrase.length() == k - first + 1 && phrase.kind() == PhraseIndex.Kind.PLACE;
        // round 12 leak review: "van Gouda naar Kowalski" is that person's home; the goal must be a place of a list
        String goal = WordLists.lower(tokens.get(i).text());
        // round 19 (r19-allow): or a village that is a surname too, the start vouching for it ("naar Vasse")
        // (review: not after a start that is a listed surname too, "van Gouda naar Lexmond")
        return from && (words.isPlaceInContext(goal) || words.isVillage(goal) || words.isAbroad(goal)
                || VillageSurnames.contains(goal) && !personWord);
    }

    private static boolean movingNear(List<Token> tokens, int i) {
        for (int k = Math.max(0, i - REACH); k < tokens.size() && k <= i + REACH; k++) {
            Token t = tokens.get(k);
            if (t.isWord() && MOVING.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }
}
