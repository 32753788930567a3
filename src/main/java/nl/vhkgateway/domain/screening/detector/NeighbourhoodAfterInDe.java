package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 21 rule (t21-cards2): a neighbourhood written with its article after "in" ("gesproken in de Kersenboogerd",
 * "woning in de Kersenboogerd", "problemen in de Bijlmer") is a place. Names of neighbourhoods, polders and districts
 * take "de" ("in de Kersenboogerd", "in de Schilderswijk", "in de Jordaan"), so the rule that reads an entry of {@code
 * places-also-names.txt} or {@code places-villages.txt} as a place only after a place word ({@link
 * WordLists#isPlaceInContext}, {@link WordLists#isVillage}) missed it when the article stood between. A person is
 * never "in de X": a flagged capitalised word right after a lower-case "de" right after "in" is cleared when it is such
 * a place and no listed given name, surname or weak name. Stay names: "mevrouw In de Betouw", "J. in de Braekt" (a
 * title, kin word, role or initial before "in": the surname particle "in de"), "In de Betouw belde" mid-sentence with
 * a capital "In", a family apposition or bracket after the word ("in de Beek (oom)"), and a word that no place list
 * holds ("in de Jansen"). Stateless.
 */
final class NeighbourhoodAfterInDe {

    private NeighbourhoodAfterInDe() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 2; i < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !afterInDe(tokens, role, words, i)) {
                continue;
            }
            String lower = t.lower();
            if (!(listedNeighbourhood(t, lower, words) || round22Neighbourhood(tokens, role, words, i))
                    || RelativeGuard.familyAfter(tokens, words, i)) {
                continue;
            }
            if (i + 1 < n && tokens.get(i + 1).isWord() && tokens.get(i + 1).capitalised()) {
                continue; // "in de Beek Jansen": a longer name, left to the other rules
            }
            flag[i] = false;
        }
    }

    private static boolean listedNeighbourhood(Token t, String lower, WordLists words) {
        return (words.isPlaceInContext(lower) || words.isVillage(lower)) && !words.isName(t.text())
                && !words.isWeakName(lower);
    }

    /**
     * Round 22 (t22-places): neighbourhoods that are surnames too or that no list holds, read by the slot ("in de
     * Schadewijk", "sinds kort in de Muntel"): a person is never "in de X" unless the particle "In de" belongs to a
     * surname (a title, initial or kin word before, handled in {@link #afterInDe}). Cleared also: a word of a place
     * list that a surname list holds too and has the ending of a district or place ("-wijk", "-buurt", "-veld" ...,
     * {@link PlacesBySurroundings#placeEnding}); a word that no list holds or only the weak-name list holds (no given
     * name, surname or Dutch word). Never a listed given name, a surname of no place list ("in de Vries"), and never
     * with a person's verb or possessive right after ("in de Muntel zegt", "in de Krim zijn auto"). Round 24
     * (t24-places): also a listed surname of no place list that has the neighbourhood shape ({@link NeighbourhoodShape}:
     * "in de Meerwijk", "in de Boswijk"): "in de" before a surname is the particle only after a title, initial or kin
     * word, which {@link #afterInDe} already keeps.
     */
    private static boolean round22Neighbourhood(List<Token> tokens, int[] role, WordLists words, int i) {
        Token t = tokens.get(i);
        String lower = WordLists.lower(t.text());
        if (words.isFirstName(t.text()) || words.isFirstNameLower(lower) || t.allCaps()) {
            return false;
        }
        if (i + 1 < tokens.size() && tokens.get(i + 1).isWord()
                && (PersonNameDetector.isPersonVerb(tokens.get(i + 1).lower())
                || NamedOrganisationsAndAreas.POSSESSIVES.contains(tokens.get(i + 1).lower()))) {
            return false;
        }
        boolean placeListed = words.isPlaceInContext(lower) || words.isVillage(lower);
        if (placeListed && words.isName(t.text())) {
            return PlacesBySurroundings.placeEnding(lower) || NeighbourhoodShape.ending(lower);
        }
        if (words.isSurname(t.text()) && NeighbourhoodShape.shapedAnyName(t, words)) {
            return true; // round 24 (t24-places): "in de Meerwijk", a surname of the neighbourhood shape
        }
        boolean weakOnly = words.isWeakName(lower) && !words.isName(t.text()) && !words.isWord(lower);
        return weakOnly || PlacesBySurroundings.unknown(t, words);
    }

    /** "in de" right before: "de" in lower case, "in" too (or opening the sentence), no title or initial before. */
    private static boolean afterInDe(List<Token> tokens, int[] role, WordLists words, int i) {
        Token de = tokens.get(i - 1);
        Token in = tokens.get(i - 2);
        if (!de.isWord() || de.capitalised() || !de.lower().equals("de") || !in.isWord()
                || !in.lower().equals("in") || in.capitalised() && !in.sentenceStart()) {
            return false;
        }
        if (i - 3 < 0) {
            return true;
        }
        Token before = tokens.get(i - 3);
        if (before.is('.') && i - 4 >= 0 && tokens.get(i - 4).isWord() && tokens.get(i - 4).text().length() <= 3
                && tokens.get(i - 4).capitalised()) {
            return false; // "J. in de Braekt", "Th. in de Betouw": an initial before the particle
        }
        return !RelativeGuard.kinBefore(tokens, role, words, i - 2);
    }
}
