package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 15 rule (r15-allow2): in a move "verhuisd van X naar Y" (German "von X nach Y gezogen"), X is the place left
 * when Y is a place of the context-free list that the detector did not flag and X itself is a word of a place list
 * (places, villages, places abroad), also when a surname list holds it too ("verhuisd van Hasselt naar Zwartsluis",
 * "von Eschweiler nach Kerkrade gezogen"). The verb of moving must stand right before "van" (German: "ist von X nach Y
 * gezogen"), and X must be the single word right after it. Never cleared: a given name or weak name, a word of no place list ("verhuisd
 * van Bakker naar Zwolle": a foster family's name), a word followed by another capitalised word ("van Hasselt Jansen"),
 * a destination that is no listed place ("van Hasselt naar Kees"). Stateless.
 */
final class MoveFromPlaceToPlace {

    private static final Set<String> DUTCH_MOVE = WordSets.of("verhuisd", "verhuist", "verhuisde", "verhuisden",
            "verhuizen", "verhuis");
    private static final Set<String> GERMAN_AUX = WordSets.of("ist", "sind", "war", "waren");
    private static final Set<String> GERMAN_MOVE = WordSets.of("gezogen", "umgezogen");
    private static final Set<String> FROM = WordSets.of("van", "von");
    private static final Set<String> TO = WordSets.of("naar", "nach");

    private MoveFromPlaceToPlace() {
    }

    static void unflag(List<Token> tokens, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int from = 0; from + 3 < n; from++) {
            if (!tokens.get(from).isWord() || !FROM.contains(tokens.get(from).lower())) {
                continue;
            }
            int x = from + 1;
            Token place = tokens.get(x);
            if (!flag[x] || !place.isWord() || !(place.capitalised() || place.allCaps())
                    || !tokens.get(x + 1).isWord() || !TO.contains(tokens.get(x + 1).lower())
                    || !moveVerbAround(tokens, from) || !destination(tokens, flag, words, x + 2)
                    || givenName(place, words) || !listedPlace(place, words)) {
                continue;
            }
            flag[x] = false;
            flag[from] = false;
        }
    }

    /**
     * Dutch: the verb of moving right before "van" ("verhuisd van X naar Y"). German: "ist/sind/war von X nach Y
     * gezogen", the participle right after Y. Nothing else may stand between: "verhuist met oma van Hasselt naar
     * Zwolle", "meneer van Hasselt naar Zwolle verhuisd", "mit Frau von Essen nach Kerkrade gezogen" (leak review)
     * keep their flag.
     */
    private static boolean moveVerbAround(List<Token> tokens, int from) {
        if (from < 1 || !tokens.get(from - 1).isWord()) {
            return false;
        }
        String before = tokens.get(from - 1).lower();
        if (tokens.get(from).lower().equals("van")) {
            return DUTCH_MOVE.contains(before);
        }
        int participle = from + 4;
        return GERMAN_AUX.contains(before) && participle < tokens.size() && tokens.get(participle).isWord()
                && GERMAN_MOVE.contains(tokens.get(participle).lower());
    }

    private static boolean destination(List<Token> tokens, boolean[] flag, WordLists words, int y) {
        if (y >= tokens.size() || flag[y]) {
            return false;
        }
        Token t = tokens.get(y);
        return t.isWord() && (t.capitalised() || t.allCaps()) && words.isPlace(t.lower()) && !givenName(t, words);
    }

    private static boolean listedPlace(Token t, WordLists words) {
        String lower = t.lower();
        return words.isPlace(lower) || words.isPlaceInContext(lower) || words.isVillage(lower) || words.isAbroad(lower);
    }

    private static boolean givenName(Token t, WordLists words) {
        String lower = t.lower();
        return words.isFirstName(t.text()) || words.isFirstName(NameClassifier.capitalise(lower))
                || words.isFirstNameLower(lower) || words.isWeakName(lower);
    }
}
