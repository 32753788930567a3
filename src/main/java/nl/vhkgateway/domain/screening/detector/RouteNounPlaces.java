package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 25 rule (t25-new): the two ends of a route after the noun "route" ("Kaart met route Ubbergen - Beek", "de
 * fietsroute Elst naar Bemmel"): a route runs from a place to a place, so two capitalised words joined by a dash or
 * "naar" right after "route" (or a compound ending in it: fietsroute, busroute, wandelroute) are places when a place
 * list holds each of them (the context-free places, {@code places-also-names.txt}, villages, places abroad) and no
 * given-name list does. {@link DashedPlaceRun} reads such a run at the opening of a sentence only.
 * Stays a person: a listed given name at either end ("route Emma - Sophie"), a word of no place list ("route Jansen -
 * Beek"), a family apposition or age after the second ("route Beek - Ubbergen (oom)"). Stateless.
 */
final class RouteNounPlaces {

    private static final Set<String> JOINS = Set.of("-", "–", "—", "naar");

    private RouteNounPlaces() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int r = 0; r + 3 < n; r++) {
            Token noun = tokens.get(r);
            if (!noun.isWord() || !noun.lower().endsWith("route")) {
                continue;
            }
            int a = r + 1;
            int b = r + 3;
            Token join = tokens.get(r + 2);
            if (!JOINS.contains(join.isWord() ? join.lower() : join.text()) || !place(tokens.get(a), words)
                    || !place(tokens.get(b), words) || RelativeGuard.familyAfter(tokens, words, b)) {
                continue;
            }
            flag[a] = false;
            flag[b] = false;
        }
    }

    private static boolean place(Token t, WordLists words) {
        if (!t.isWord() || !t.capitalised() || words.isFirstName(t.text())) {
            return false;
        }
        String lower = t.lower();
        return words.isDomesticPlace(lower) || words.isPlaceInContext(lower) || words.isVillage(lower)
                || words.isAbroad(lower);
    }
}
