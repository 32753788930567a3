package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 26 rule (t26-new): a region named by a head noun and a place after "van", the way Dutch names its regions and
 * the care regions after them ("Toegang Jeugd Hart van Brabant", "politie district Hart van West-Brabant", "regio Land
 * van Cuijk", "de Kop van Noord-Holland", "Markiezaat van Bergen op Zoom"): the head ({@code hart}, {@code land},
 * {@code kop}, {@code baronie}, {@code markiezaat}, {@code graafschap}, {@code meierij}) capitalised, "van", and a
 * place of the lists (a province, a region, a town; with its compass part), so the head is no surname, though "Hart"
 * and "Kop" are.
 * Stays a person: a kin word, title or role before the head ("mevrouw Hart van Brabant", "oom Kop van Breda"), a
 * given name before it ("Ellen Hart van Tilburg"), "met" right before it ("gesproken met Hart van Breda"), an apposition
 * with an article or a family word after the comma, a bracket or an age after the place, a word of no place
 * list after "van" ("Hart van Dalen" when no list holds the word: a surname with its particle). Stateless.
 */
final class RegionNameOfHeadAndPlace {

    private static final Set<String> HEADS = Set.of("hart", "land", "kop", "baronie", "markiezaat", "graafschap",
            "meierij");

    private RegionNameOfHeadAndPlace() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            Token head = tokens.get(i);
            if (!flag[i] || !head.isWord() || !head.capitalised() || head.allCaps() || !HEADS.contains(head.lower())) {
                continue;
            }
            Token van = tokens.get(i + 1);
            if (!van.isWord() || !van.text().equals("van")) {
                continue;
            }
            int end = placeEnd(tokens, words, i + 2);
            if (end < 0 || RelativeGuard.kinBefore(tokens, role, words, i) || givenNameBefore(tokens, words, i)
                    || i > 0 && tokens.get(i - 1).isWord() && tokens.get(i - 1).lower().equals("met") // review rb
                    || personAfter(tokens, words, end)) {
                continue;
            }
            for (int k = i; k <= end; k++) {
                flag[k] = false;
            }
        }
    }

    /** The last token of a listed place from {@code k} ("Brabant", "West-Brabant", "Bergen op Zoom"), or -1. */
    private static int placeEnd(List<Token> tokens, WordLists words, int k) {
        int n = tokens.size();
        if (k >= n || !tokens.get(k).isWord() || !tokens.get(k).capitalised() || tokens.get(k).allCaps()) {
            return -1;
        }
        StringBuilder joined = new StringBuilder(tokens.get(k).lower());
        int end = k;
        int best = place(joined.toString(), tokens.get(k), words) ? k : -1;
        // a hyphenated part ("West-Brabant") or a linked name ("Bergen op Zoom", "Heusden en Altena")
        for (int m = k + 1; m + 1 < n && m <= k + 4; m += 2) {
            Token link = tokens.get(m);
            Token next = tokens.get(m + 1);
            if (!next.isWord()) {
                break;
            }
            if (link.is('-') && !link.spaceBefore() && !next.spaceBefore()) {
                joined.append('-').append(next.lower());
            } else if (link.isWord() && (link.lower().equals("op") || link.lower().equals("aan")
                    || link.lower().equals("en")) && next.capitalised()) {
                joined.append(' ').append(link.lower()).append(' ').append(next.lower());
            } else {
                break;
            }
            end = m + 1;
            if (place(joined.toString(), next, words) || link.is('-') && best == k) {
                best = end;
            }
        }
        return best;
    }

    private static boolean place(String lower, Token last, WordLists words) {
        return !words.isFirstName(last.text()) && (words.isDomesticPlace(lower) || words.isPlace(lower)
                || words.isVillage(lower));
    }

    /**
     * A bracket or an apposition with an article or possessive after the place ("Hart van Brabant (oom)", ", de
     * buurman"); a bare list item after a comma (", huisarts, ETZ" in a list of organisations) is none.
     */
    private static boolean personAfter(List<Token> tokens, WordLists words, int end) {
        int k = end + 1;
        if (k >= tokens.size()) {
            return false;
        }
        if (tokens.get(k).is(',')) {
            if (k + 1 >= tokens.size() || !tokens.get(k + 1).isWord()) {
                return false;
            }
            String next = tokens.get(k + 1).lower();
            // review rb: ", buurman, die ...": a family or neighbour word as a bare apposition is a person; a
            // professional's word is the next item of a list of organisations (", huisarts, ETZ")
            return APPOSITION_OPENERS.contains(next) // review rb: ", de verhuurder van de woning": any apposition
                    || words.isKinOrRole(next) && !PersonNameDetector.PROFESSIONAL_ROLES.contains(next);
        }
        return RelativeGuard.familyAfter(tokens, words, end);
    }

    private static final Set<String> APPOSITION_OPENERS = Set.of("de", "het", "een", "zijn", "haar", "hun", "die",
            "wie", "bij");

    private static boolean givenNameBefore(List<Token> tokens, WordLists words, int i) {
        if (i == 0) {
            return false;
        }
        Token before = tokens.get(i - 1);
        return before.isWord() && before.capitalised() && (words.isFirstName(before.text())
                || before.text().length() <= 2) || before.is('.') && i >= 2 && tokens.get(i - 2).text().length() == 1;
    }
}
