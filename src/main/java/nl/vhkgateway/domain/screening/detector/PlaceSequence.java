package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 13 rule (r13-allow): places in a sequence without a place preposition before them ("Den Bommel en
 * Ooltgensplaat hebben geen huisarts", "Mogadishu en later Nairobi, daarna Nederland", "Sommelsdijk en Ooltgensplaat:
 * ...") and a place written with a compass or age prefix and a hyphen that a place list holds whole ("Noord-Sleen",
 * "Oud-Beijerland" when its parts are names).
 * <ul>
 * <li>Sequence: a flagged capitalised word that a place list holds ({@code places-also-names}, villages, places
 * abroad) and that no given-name, surname or weak-name list holds, joined by "en", "of", "/", "," (optionally "en
 * later", "en daarna", "en toen") to a place of the context-free list that the detector did not flag.</li>
 * <li>Compound: prefix (Noord, Zuid, Oost, West, Nieuw, Oud, Groot, Klein, Hoog, Laag, Sint), hyphen and word
 * written together, the whole a place of the lists ({@link WordLists#isPlaceInContext} or a village).</li>
 * <li>Guards: person evidence around the word ({@link PlacesBySurroundings#personAround}); a family word, role or
 * title before the prefix.</li>
 * </ul>
 * A place of a place list that a surname list holds too, but no given-name or weak-name list (the Dutch surname
 * list holds toponymic surnames without their particle: "Strijen" of "van Strijen") counts only beside an unflagged
 * place of the context-free list ("Heiloo, Limmen en Castricum", not "Goudswaard en Limmen"). A word no place list
 * holds stays a name ("Breda en Kooijdam"), and so does a given name ("Breda en Santiago"). Stateless.
 */
final class PlaceSequence {

    private static final Set<String> JOINERS = WordSets.of("en", "of", "/", ",");
    private static final Set<String> THEN = WordSets.of("later", "daarna", "toen", "vervolgens");
    private static final Set<String> PREFIXES = WordSets.of("noord", "zuid", "oost", "west", "nieuw", "oud", "groot",
            "klein", "hoog", "laag", "sint");

    private PlaceSequence() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            if (!flag[i] || !tokens.get(i).isWord() || !tokens.get(i).capitalised() || tokens.get(i).allCaps()) {
                continue;
            }
            if (compound(tokens, role, words, i)) {
                flag[i] = false;
                flag[i - 1] = false;
                flag[i - 2] = false;
            } else if (!PlacesBySurroundings.personAround(tokens, role, words, i)) {
                boolean placeOnly = listedPlaceOnly(tokens.get(i), words);
                if ((placeOnly || toponymicSurname(tokens.get(i), words))
                        && (anchorBefore(tokens, flag, words, i, placeOnly) || anchorAfter(tokens, flag, words, i, placeOnly))) {
                    flag[i] = false;
                }
            }
        }
    }

    private static boolean compound(List<Token> tokens, int[] role, WordLists words, int i) {
        if (i < 2 || !tokens.get(i - 1).is('-') || !tokens.get(i - 2).isWord()
                || !PREFIXES.contains(tokens.get(i - 2).lower())
                || tokens.get(i - 1).start() != tokens.get(i - 2).end() || tokens.get(i).start() != tokens.get(i - 1).end()) {
            return false;
        }
        String whole = tokens.get(i - 2).lower() + "-" + WordLists.lower(tokens.get(i).text());
        return (words.isPlaceInContext(whole) || words.isVillage(whole))
                && !RelativeGuard.kinBefore(tokens, role, words, i - 2)
                && !PlacesBySurroundings.personAround(tokens, role, words, i);
    }

    /** A word of a place list that no name list holds. */
    private static boolean listedPlaceOnly(Token t, WordLists words) {
        String lower = WordLists.lower(t.text());
        return (words.isPlaceInContext(lower) || words.isVillage(lower) || words.isAbroad(lower))
                && !PlacesBySurroundings.personListed(t, words);
    }

    /**
     * A place of a place list ({@code places-also-names}, villages) that a surname list holds but no given-name or
     * weak-name list: the Dutch surname list holds toponymic surnames without their particle ("van Strijen" gives
     * "Strijen", "van Limmen" gives "Limmen"), so these are places beside a place of the context-free list.
     */
    private static boolean toponymicSurname(Token t, WordLists words) {
        String lower = WordLists.lower(t.text());
        return (words.isPlaceInContext(lower) || words.isVillage(lower)) && !words.isFirstName(t.text())
                && !words.isFirstName(NameClassifier.capitalise(lower)) && !words.isFirstNameLower(lower)
                && !words.isWeakName(lower);
    }

    private static boolean anchorBefore(List<Token> tokens, boolean[] flag, WordLists words, int i, boolean flaggedOk) {
        int k = i - 1;
        if (k >= 0 && tokens.get(k).isWord() && THEN.contains(tokens.get(k).lower())) {
            k--;
        }
        if (k < 1 || !joiner(tokens.get(k))) {
            return false;
        }
        return anchor(tokens, flag, words, k - 1, flaggedOk);
    }

    private static boolean anchorAfter(List<Token> tokens, boolean[] flag, WordLists words, int i, boolean flaggedOk) {
        int k = i + 1;
        if (k + 1 >= tokens.size() || !joiner(tokens.get(k))) {
            return false;
        }
        if (tokens.get(k + 1).isWord() && THEN.contains(tokens.get(k + 1).lower())) {
            k++;
        }
        return k + 1 < tokens.size() && anchor(tokens, flag, words, k + 1, flaggedOk);
    }

    /**
     * The other member: an unflagged capitalised place of the context-free list, also the last word of a two-word
     * place or proper name ("Den Bommel"), or a flagged word that is itself a listed place only ("Sommelsdijk en
     * Ooltgensplaat").
     */
    private static boolean anchor(List<Token> tokens, boolean[] flag, WordLists words, int a, boolean flaggedOk) {
        Token t = tokens.get(a);
        if (!t.isWord() || !t.capitalised() || t.allCaps() || words.isFirstName(t.text())
                || RelativeGuard.kinBefore(tokens, null, words, a)
                || a > 0 && tokens.get(a - 1).isWord() && RelativeGuard.kinBefore(tokens, null, words, a - 1)) {
            return false; // "oma Breda en Schoonhoven": the anchor is a person's nickname
        }
        if (flag[a]) {
            return flaggedOk && listedPlaceOnly(t, words);
        }
        String lower = WordLists.lower(t.text());
        if (words.isPlace(lower)) {
            return true;
        }
        if (a == 0 || !tokens.get(a - 1).isWord()) {
            return false;
        }
        String two = WordLists.lower(tokens.get(a - 1).text()) + " " + lower;
        return words.isPlace(two) || words.isProperPhrase(two);
    }

    private static boolean joiner(Token t) {
        return t.isWord() && JOINERS.contains(t.lower()) || t.is('/') || t.is(',');
    }
}
