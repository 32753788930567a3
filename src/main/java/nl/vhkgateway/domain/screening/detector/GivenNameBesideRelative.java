package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;
import nl.vhkgateway.domain.screening.detector.NameClassifier.WordClass;

/**
 * Round 20 (t20-names): a listed given name that is also a Dutch word, joined by "en" to a relative's kin word at the
 * start of a clause: "Krijn en vader in conflict", "Roos en haar moeder gaan ...", and the other order after the kin
 * word ("vader en Krijn maken ruzie"), and a list of three ("Storm, vader en oma gaan ..."). Two people are named side by side; a thing or a place is not joined to "vader"
 * at a clause start. Only a word a given-name list holds (an ambiguous given name), not covered by a place or
 * organisation, and not after a preposition ("naar Hoop en vader" is no sentence anyone writes, "met Roos en vader"
 * is read by the slot rules already). Stateless.
 */
final class GivenNameBesideRelative {

    private static final Set<String> POSSESSIVES = Set.of("haar", "zijn", "z'n", "hun", "de");
    private static final String CLAUSE_OPENERS = ".;:!?(•*-–—|";

    private GivenNameBesideRelative() {
    }

    static void flag(List<Token> tokens, WordClass[] cls, boolean[] covered, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || covered[i]
                    || cls[i] != WordClass.AMBIGUOUS_FIRST_NAME || words.isKinOrRole(t.lower())) {
                continue;
            }
            if (clauseStart(tokens, i) && and(tokens.get(i + 1)) && kinAt(tokens, i + 2, words)) {
                flag[i] = true; // "Krijn en vader in conflict"
            } else if (clauseStart(tokens, i) && tokens.get(i + 1).is(',') && i + 3 < n && kinWord(tokens.get(i + 2), words)
                    && (and(tokens.get(i + 3)) || tokens.get(i + 3).is(',')) && i + 4 < n
                    && kinWord(tokens.get(i + 4), words)) {
                flag[i] = true; // "Storm, vader en oma gaan samen": a list of three people
            } else if (i >= 2 && and(tokens.get(i - 1)) && kinWord(tokens.get(i - 2), words)
                    && (clauseStart(tokens, i - 2) || i >= 3 && POSSESSIVES.contains(tokens.get(i - 3).lower())
                    && clauseStart(tokens, i - 3))) {
                flag[i] = true; // "vader en Krijn maken ruzie"
            }
        }
    }

    private static boolean and(Token t) {
        return t.isWord() && t.text().equals("en") || t.is('&');
    }

    private static boolean kinAt(List<Token> tokens, int k, WordLists words) {
        if (k < tokens.size() && kinWord(tokens.get(k), words)) {
            return true;
        }
        return k + 1 < tokens.size() && tokens.get(k).isWord() && POSSESSIVES.contains(tokens.get(k).lower())
                && kinWord(tokens.get(k + 1), words);
    }

    private static boolean kinWord(Token t, WordLists words) {
        return t.isWord() && !t.capitalised() && words.isKinOrRole(t.lower()) && KIN.contains(t.lower());
    }

    /** Relatives of the family (not roles such as "school" or "hulpverlener"). */
    private static final Set<String> KIN = WordSets.of("vader", "moeder", "pa", "ma", "papa", "mama", "oma", "opa",
            "broer", "zus", "broertje", "zusje", "stiefvader", "stiefmoeder", "oom", "tante", "neef", "nicht", "zoon",
            "dochter", "vriend", "vriendin", "partner", "buurman", "buurvrouw", "pleegvader", "pleegmoeder");

    private static boolean clauseStart(List<Token> tokens, int k) {
        if (k == 0) {
            return true;
        }
        Token before = tokens.get(k - 1);
        return before.kind() == Token.Kind.PUNCT && CLAUSE_OPENERS.indexOf(before.text().charAt(0)) >= 0;
    }
}
