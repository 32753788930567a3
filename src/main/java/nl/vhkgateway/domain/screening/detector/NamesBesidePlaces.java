package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Round 10: names that stand beside places, where the place rules took them for places (round 9's open leaks).
 * <ul>
 * <li>{@link #surnameInBracketsAfterPlace}: "woont in Breda (Visser)" ("Zeeland (Tholen)" stays a place).</li>
 * <li>{@link #surnameInParallelPlace}: "in Breda en Bakker in Oosterhout".</li>
 * <li>{@link #membersOfNameList}: "De pleeggezinnen Bakker, Vorst en Hendriks" ("in Brussel, Vorst en Anderlecht"
 * stays).</li>
 * </ul>
 * Stateless and thread-safe; {@link PersonEvidence} calls {@link #flag} after its own rules.
 */
final class NamesBesidePlaces {

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "te", "uit");

    private NamesBesidePlaces() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            // the shapes first: they look at the neighbouring tokens before any word list
            if (t.isWord() && t.capitalised() && !flag[i] && (surnameInBracketsAfterPlace(tokens, words, i)
                    || surnameInParallelPlace(tokens, words, i)) && !t.allCaps() && !words.isKinOrRole(t.lower())
                    && !NameClassifier.isFunctionWord(t.lower())) {
                flag[i] = true;
            }
        }
        membersOfNameList(tokens, words, flag);
    }

    /**
     * "woont in Breda (Visser)", "verblijft in Zwolle (Visser), moeder bij haar zus": a surname alone in brackets after a
     * place, that no place list holds, names who lives there ("Zeeland (Tholen)", "Ghana (Kumasi)" stay places).
     */
    private static boolean surnameInBracketsAfterPlace(List<Token> tokens, WordLists words, int i) {
        int n = tokens.size();
        if (i < 2 || i + 1 >= n || !tokens.get(i - 1).is('(') || !tokens.get(i + 1).is(')')
                || !tokens.get(i - 2).isWord() || !tokens.get(i - 2).capitalised()) {
            return false;
        }
        String lower = WordLists.lower(tokens.get(i).text());
        return words.isSurname(tokens.get(i).text()) && !words.isPlaceInContext(lower) && !words.isAbroad(lower)
                && words.isPlaceInContext(WordLists.lower(tokens.get(i - 2).text()));
    }

    /**
     * "in Breda en Bakker in Oosterhout": "en", a listed surname that no place list holds, and a place preposition before
     * a capital repeat the shape of the clause before; the word is who is in the second place.
     */
    private static boolean surnameInParallelPlace(List<Token> tokens, WordLists words, int i) {
        int n = tokens.size();
        if (i < 3 || i + 2 >= n || !tokens.get(i - 1).isWord() || !tokens.get(i - 1).lower().equals("en")
                || !tokens.get(i + 1).isWord() || !PLACE_PREPOSITIONS.contains(tokens.get(i + 1).lower())
                || !tokens.get(i + 2).isWord() || !tokens.get(i + 2).capitalised()) {
            return false;
        }
        String lower = WordLists.lower(tokens.get(i).text());
        if (!words.isSurname(tokens.get(i).text()) || words.isPlaceInContext(lower) || words.isAbroad(lower)) {
            return false;
        }
        // the clause before has "in/te/uit <Place>" right before the "en"
        return tokens.get(i - 2).isWord() && tokens.get(i - 2).capitalised()
                && words.isPlaceInContext(WordLists.lower(tokens.get(i - 2).text())) && tokens.get(i - 3).isWord()
                && PLACE_PREPOSITIONS.contains(tokens.get(i - 3).lower());
    }

    /**
     * "De pleeggezinnen Bakker, Vorst en Hendriks", "de kinderen Jansen, Vorst en De Vries": in a list of three or more
     * capitalised surnames (each with its particles) joined by commas and "en", of which one or more is already a name
     * and none is a place of the place lists, every member is a name ("in Brussel, Vorst en Anderlecht" stays).
     */
    private static void membersOfNameList(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            int head = memberHead(tokens, words, i);
            if (head < 0) {
                i++;
                continue;
            }
            List<int[]> members = new ArrayList<>();
            members.add(new int[] {i, head});
            int end = head;
            while (end + 2 < n && (tokens.get(end + 1).is(',') || tokens.get(end + 1).isWord()
                    && tokens.get(end + 1).lower().equals("en"))) {
                int next = memberHead(tokens, words, end + 2);
                if (next < 0) {
                    break;
                }
                members.add(new int[] {end + 2, next});
                end = next;
            }
            if (members.size() >= 3 && !placePrepositionBefore(tokens, i)) {
                boolean named = false;
                boolean names = true;
                for (int[] m : members) {
                    String text = tokens.get(m[1]).text();
                    named |= flag[m[1]];
                    names &= (flag[m[1]] || words.isName(text)) && !words.isPlace(WordLists.lower(text));
                }
                if (names && named) {
                    for (int[] m : members) {
                        for (int k = m[0]; k <= m[1]; k++) {
                            flag[k] = true;
                        }
                    }
                }
            }
            i = end + 1;
        }
    }

    /** The head of a list member at {@code from}: capitalised particles ("De", "Van der") and a capitalised word. */
    private static int memberHead(List<Token> tokens, WordLists words, int from) {
        int k = from;
        while (k + 1 < tokens.size() && tokens.get(k).isWord() && words.isTussenvoegsel(tokens.get(k).lower())
                && tokens.get(k + 1).isWord() && k - from < 3) {
            k++;
        }
        Token t = tokens.get(k);
        return t.isWord() && t.capitalised() && !t.allCaps() && !words.isTussenvoegsel(t.lower()) ? k : -1;
    }

    private static boolean placePrepositionBefore(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).isWord()
                && Set.of("in", "uit", "te", "naar", "vanuit", "tussen", "via").contains(tokens.get(i - 1).lower());
    }
}
