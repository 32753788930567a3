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
 * <li>Town and district: a town of the context-free list, hyphen and a place-list word written together
 * ("Ede-Veldhuizen"); neither part a given name, no capitalised word before ("Sanne Arnhem-Bemmel"), no particle before ("de familie van
 * Ede-Veldhuizen" is a double surname) unless "naar" follows ("van Ede-Veldhuizen naar Ede-Zuid").</li>
 * <li>Guards: person evidence around the word ({@link PlacesBySurroundings#personAround}); a family word, role or
 * title before the prefix.</li>
 * </ul>
 * A place of a place list that a name list holds too stays a name here ("Breda en Vlist zijn broer", the round-10
 * leak probes; so "Heiloo, Limmen en Castricum" is still refused), and so do a word no place list holds ("Breda en
 * Kooijdam") and a given name ("Breda en Santiago"). A family word or title within four tokens or a possessive
 * after the word keeps it a name. Stateless.
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
            if (compound(tokens, role, words, i) || townAndDistrict(tokens, role, words, i)) {
                flag[i] = false;
                flag[i - 1] = false;
                flag[i - 2] = false;
            } else if (listedPlaceOnly(tokens.get(i), words) && !PlacesBySurroundings.personAround(tokens, role, words, i)
                    && !familyNear(tokens, role, words, i)
                    && (anchorBefore(tokens, flag, words, i, true) || anchorAfter(tokens, flag, words, i, true))) {
                flag[i] = false;
            }
        }
    }

    private static boolean compound(List<Token> tokens, int[] role, WordLists words, int i) {
        if (!gluedHyphenBefore(tokens, i) || !PREFIXES.contains(tokens.get(i - 2).lower())) {
            return false;
        }
        String whole = tokens.get(i - 2).lower() + "-" + WordLists.lower(tokens.get(i).text());
        return (words.isPlaceInContext(whole) || words.isVillage(whole))
                && !RelativeGuard.kinBefore(tokens, role, words, i - 2)
                && !PlacesBySurroundings.personAround(tokens, role, words, i);
    }

    /**
     * "Ede-Veldhuizen", "Arnhem-Malburgen": a town of the context-free list, a hyphen and a neighbourhood or village of
     * a place list, written together; neither part a given name or weak name, no family word or title before.
     */
    private static boolean townAndDistrict(List<Token> tokens, int[] role, WordLists words, int i) {
        if (!gluedHyphenBefore(tokens, i) || !tokens.get(i - 2).capitalised()) {
            return false;
        }
        Token town = tokens.get(i - 2);
        Token district = tokens.get(i);
        String townLower = WordLists.lower(town.text());
        String lower = WordLists.lower(district.text());
        return words.isPlace(townLower) && !givenName(town, words)
                && (words.isPlaceInContext(lower) || words.isVillage(lower)) && !givenName(district, words)
                && !RelativeGuard.kinBefore(tokens, role, words, i - 2)
                && !(i >= 3 && tokens.get(i - 3).isWord() && words.isTussenvoegsel(tokens.get(i - 3).lower())
                && !fromTo(tokens, i))
                && !(i >= 3 && tokens.get(i - 3).isWord() && tokens.get(i - 3).capitalised())
                && !titleBefore(tokens, words, i - 2)
                && !PlacesBySurroundings.personAround(tokens, role, words, i);
    }

    /** A word, a hyphen and the word at {@code i}, written together ("Noord-Sleen", "Ede-Veldhuizen"). */
    private static boolean gluedHyphenBefore(List<Token> tokens, int i) {
        return i >= 2 && tokens.get(i - 1).is('-') && tokens.get(i - 2).isWord()
                && tokens.get(i - 1).start() == tokens.get(i - 2).end() && tokens.get(i).start() == tokens.get(i - 1).end();
    }

    /** A title right before, also abbreviated with its period: "Mw. Zwolle-Ommen" is a double surname. */
    private static boolean titleBefore(List<Token> tokens, WordLists words, int start) {
        int k = start - 1;
        if (k >= 0 && tokens.get(k).is('.')) {
            k--;
        }
        return k >= 0 && tokens.get(k).isWord() && words.isTitle(tokens.get(k).lower());
    }

    /** "van Ede-Veldhuizen naar Ede-Zuid": "van" before and "naar" right after (a move, not a surname particle). */
    private static boolean fromTo(List<Token> tokens, int i) {
        return tokens.get(i - 3).lower().equals("van") && i + 1 < tokens.size() && tokens.get(i + 1).isWord()
                && tokens.get(i + 1).lower().equals("naar");
    }

    private static boolean givenName(Token t, WordLists words) {
        String lower = WordLists.lower(t.text());
        return words.isFirstName(t.text()) || words.isFirstName(NameClassifier.capitalise(lower))
                || words.isFirstNameLower(lower) || words.isWeakName(lower);
    }

    /** A word of a place list that no name list holds. */
    private static boolean listedPlaceOnly(Token t, WordLists words) {
        String lower = WordLists.lower(t.text());
        return (words.isPlaceInContext(lower) || words.isVillage(lower) || words.isAbroad(lower))
                && !PlacesBySurroundings.personListed(t, words);
    }

    /**
     * A family word or title within four tokens of the word (a role such as "huisarts" is no person here), or a possessive right after it ("Moeder, Vlist en
     * Breda zijn gebeld", "Verloo en Huntelaar zijn de halfbroers", "Breda en Vlist zijn broer"): a list of persons.
     */
    private static boolean familyNear(List<Token> tokens, int[] role, WordLists words, int i) {
        int n = tokens.size();
        for (int k = Math.max(0, i - 4); k < n && k <= i + 4; k++) {
            Token t = tokens.get(k);
            if (k != i && t.isWord() && ((role[k] & PersonNameDetector.TITLE) != 0 || words.isTitle(t.lower())
                    || CoverClauses.familyWord(t.lower(), words))) {
                return true;
            }
        }
        return i + 1 < n && tokens.get(i + 1).isWord()
                && NamedOrganisationsAndAreas.POSSESSIVES.contains(tokens.get(i + 1).lower());
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
     * place or proper name ("Den Bommel"). A flagged neighbour is never an anchor, even a listed place ("Verloo en
     * Huntelaar zijn de halfbroers": the detector extends a name to the word coordinated with it).
     */
    private static boolean anchor(List<Token> tokens, boolean[] flag, WordLists words, int a, boolean flaggedOk) {
        Token t = tokens.get(a);
        if (!t.isWord() || !t.capitalised() || t.allCaps() || words.isFirstName(t.text())
                || RelativeGuard.kinBefore(tokens, null, words, a)
                || a > 0 && tokens.get(a - 1).isWord() && RelativeGuard.kinBefore(tokens, null, words, a - 1)) {
            return false; // "oma Breda en Schoonhoven": the anchor is a person's nickname
        }
        if (flag[a]) {
            return false; // "Verloo en Huntelaar zijn de halfbroers": a flagged neighbour is a name, not an anchor
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
