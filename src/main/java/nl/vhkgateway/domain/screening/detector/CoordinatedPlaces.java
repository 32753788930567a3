package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 12 (allowfix): places coordinated with a listed place ("sporten in Heeswijk en Dinther", "Nieuwkoop / Noorden /
 * Zevenhoven — drie kernen, één gemeente"). An unflag rule: a run of capitalised words joined by "en", "/" or ","
 * whose flagged members are all places, in place context, is a list of places.
 * <ul>
 * <li>Every flagged member is a word a place list holds ({@code places-also-names}, villages), or the part of a
 * listed double place name written with a hyphen ("Heeswijk-Dinther" gives "Heeswijk en Dinther").</li>
 * <li>At least one member is a place of the context-free list ({@link WordLists#isPlace}) that is no given name and
 * that the detector did not flag.</li>
 * <li>Place context: a place preposition right before the run ("in", "naar", "uit" ...) or a place or municipality
 * noun in the sentence ("gemeente", "kernen", "dorpen", "wijk").</li>
 * <li>Guards: never a listed given name; never a member with person evidence ({@link PlacesBySurroundings#personAround}:
 * a family word, role or title before, a person verb or a capital after, a bracket with a family word or age), an
 * initial before or a possessive after ("Zevenhoven zijn huis").</li>
 * </ul>
 * Stateless.
 */
final class CoordinatedPlaces {

    private static final Set<String> JOINERS = WordSets.of("en", "/", ",");
    private static final Set<String> PLACE_PREPOSITIONS = WordSets.of("in", "naar", "uit", "te", "vanuit", "richting",
            "nabij", "tussen");
    private static final Set<String> PLACE_NOUNS = WordSets.of("gemeente", "gemeenten", "kern", "kernen", "dorp",
            "dorpen", "dorpskernen", "woonkernen", "wijk", "wijken", "plaatsen", "woonplaatsen", "regio");
    private static final int MAX_MEMBERS = 6;

    private CoordinatedPlaces() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        boolean placeNoun = false;
        for (Token t : tokens) {
            placeNoun |= t.isWord() && PLACE_NOUNS.contains(t.lower());
        }
        int i = 0;
        while (i < n) {
            if (!member(tokens.get(i))) {
                i++;
                continue;
            }
            int end = i; // inclusive end of the run of coordinated capitals
            int count = 1;
            while (end + 2 < n && joiner(tokens.get(end + 1)) && member(tokens.get(end + 2))) {
                end += 2;
                count++;
            }
            if (count >= 2 && count <= MAX_MEMBERS) {
                clearRun(tokens, role, flag, words, i, end, placeNoun);
            }
            i = end + 1;
        }
    }

    private static void clearRun(List<Token> tokens, int[] role, boolean[] flag, WordLists words, int start, int end,
            boolean placeNoun) {
        boolean context = placeNoun || start > 0 && tokens.get(start - 1).isWord()
                && PLACE_PREPOSITIONS.contains(tokens.get(start - 1).lower());
        if (!context) {
            return;
        }
        boolean anchor = false;
        boolean anyFlag = false;
        for (int k = start; k <= end; k += 2) {
            Token t = tokens.get(k);
            String lower = WordLists.lower(t.text());
            if (words.isFirstName(t.text()) || words.isFirstNameLower(lower) || personEvidence(tokens, role, words, k)) {
                return;
            }
            if (flag[k]) {
                anyFlag = true;
                if (doublePlacePart(tokens, words, k, start, end)) {
                    anchor = true; // "Heeswijk en Dinther": the listed "Heeswijk-Dinther" is the anchor
                } else if (!words.isPlaceInContext(lower) && !words.isVillage(lower)) {
                    return; // "in Breda met Jansen en Bakker": a flagged member that no place list holds
                }
            } else if (words.isPlace(lower)) {
                anchor = true;
            }
        }
        if (!anchor || !anyFlag) {
            return;
        }
        for (int k = start; k <= end; k += 2) {
            flag[k] = false;
        }
    }

    /** "Heeswijk en Dinther": the word and its neighbour in the run form a listed place written with a hyphen. */
    private static boolean doublePlacePart(List<Token> tokens, WordLists words, int k, int start, int end) {
        String lower = WordLists.lower(tokens.get(k).text());
        if (k - 2 >= start && tokens.get(k - 1).isWord() && tokens.get(k - 1).lower().equals("en")
                && words.isPlace(WordLists.lower(tokens.get(k - 2).text()) + "-" + lower)) {
            return true;
        }
        return k + 2 <= end && tokens.get(k + 1).isWord() && tokens.get(k + 1).lower().equals("en")
                && words.isPlace(lower + "-" + WordLists.lower(tokens.get(k + 2).text()));
    }

    private static boolean personEvidence(List<Token> tokens, int[] role, WordLists words, int k) {
        if (PlacesBySurroundings.personAround(tokens, role, words, k)) {
            return true;
        }
        if (k + 1 < tokens.size() && tokens.get(k + 1).isWord()
                && NamedOrganisationsAndAreas.POSSESSIVES.contains(tokens.get(k + 1).lower())) {
            return true; // "Zevenhoven zijn huis"
        }
        if (k >= 2 && tokens.get(k - 1).is('.') && tokens.get(k - 2).isWord() && tokens.get(k - 2).text().length() == 1
                && Character.isUpperCase(tokens.get(k - 2).text().charAt(0))) {
            return true; // "K. Vlist": an initial
        }
        return false;
    }

    private static boolean member(Token t) {
        return t.isWord() && t.capitalised() && !t.allCaps();
    }

    private static boolean joiner(Token t) {
        return t.isWord() && t.lower().equals("en") || t.is('/') || t.is(',');
    }
}
