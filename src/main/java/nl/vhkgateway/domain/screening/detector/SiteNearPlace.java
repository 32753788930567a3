package nl.vhkgateway.domain.screening.detector;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Round 17 rule (r17-allow): "bij" after a site that lies outside a town (a farm, greenhouses, containers, a camp
 * site, a holiday park, an industrial estate: {@code site-nouns.txt}) means near: "De seizoenarbeiders slapen in
 * containers bij <dorp>", "oom heeft een boerderij bij <dorp>". A clearing rule:
 * <ul>
 * <li>shape: a site noun of the list, "bij", a capitalised word; also a second word joined by "en" ("kassen bij
 * <dorp> en <dorp>");</li>
 * <li>the word is a place of a place list, also one that is a given name or surname too (the site before "bij" is the
 * place slot), or a word of no list at all with a Dutch place-name ending ("-woude", "-dijk");</li>
 * <li>never with person evidence around it ({@link PlacesBySurroundings#personAround}: a family word, role or title
 * right before, an age or family word in brackets after, a capital or a person's verb after), and never a word of no
 * place list ("een boerderij bij Jansen" stays a name). "bij <dorp> thuis" and "bij <dorp> ingetrokken" are flagged
 * again afterwards ({@link HomeOfPlaceNamedPerson}).</li>
 * </ul>
 * Round 19 (r19-allow): a village that is a surname too ({@link VillageSurnames}) is the second (or first) of two
 * places joined by "en" when the other is a word of a place list ("kassen bij Dirksland en Melissant"; not a word of
 * no list with a place ending: "bij Lammerdijk en Riel" keeps both).
 * Round 21 (t21-cards): houseboats, roads, cycle paths, locks and river forelands in the list, the plain noun
 * "weg" after an article, or an article and an adjective ("langs de provinciale weg bij <dorp>"), and a river or lake
 * of {@code waters.txt} after its article ("aan de Vecht bij <dorp>"), which vouches for a village of
 * {@link VillageSurnames} too.
 * Dwellings are no sites ("een kamer bij <naam>" is a person's home). The nouns are data. Stateless.
 */
final class SiteNearPlace {

    private static final Set<String> SITES = load();
    private static final Set<String> ROAD_DETERMINERS = Set.of("de", "die", "deze", "een");

    private SiteNearPlace() {
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        WordLists.read("site-nouns.txt", w -> words.add(WordLists.lower(w)));
        if (words.isEmpty()) {
            throw new IllegalStateException("site-nouns.txt is empty");
        }
        return Set.copyOf(words);
    }

    /** Round 21 (t21-cards): a site noun of {@code site-nouns.txt} (lower case), for {@link PlacesBetween}. */
    static boolean site(String lower) {
        return SITES.contains(lower);
    }

    /**
     * Round 21 (t21-cards): the word at {@code i} follows "bij" after a site noun, a road or a water ("woonboot aan de
     * Vecht bij X", "melkveebedrijf bij X"), the slot of a place near which the site lies; for {@link CardPlaces#learn}.
     */
    static boolean afterSite(List<Token> tokens, WordLists words, int i) {
        if (i < 2 || !tokens.get(i - 1).isWord() || !tokens.get(i - 1).text().equals("bij")
                || !tokens.get(i - 2).isWord()) {
            return false;
        }
        return SITES.contains(tokens.get(i - 2).lower()) || roadNoun(tokens, i - 2) || water(tokens, words, i - 2);
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 2; i < n; i++) {
            if (!tokens.get(i - 1).isWord() || !tokens.get(i - 1).text().equals("bij")
                    || !tokens.get(i - 2).isWord()) {
                continue;
            }
            boolean water = water(tokens, words, i - 2);
            if (!SITES.contains(tokens.get(i - 2).lower()) && !roadNoun(tokens, i - 2) && !water) {
                continue;
            }
            if (water && VillageSurnames.capitalisedVillage(tokens.get(i)) && villageSurname(tokens, role, words, i)
                    && !(i + 1 < tokens.size() && tokens.get(i + 1).isWord() && tokens.get(i + 1).text().equals("en"))) {
                flag[i] = false; // round 21: "aan de Vecht bij Loosdrecht": the river vouches for the village
                continue;
            }
            boolean second = i + 2 < n && tokens.get(i + 1).isWord() && tokens.get(i + 1).text().equals("en");
            boolean first = placeWord(tokens, role, words, i);
            boolean other = second && placeWord(tokens, role, words, i + 2);
            // round 19 (r19-allow): a village that is a surname too ({@link VillageSurnames}) counts only beside a
            // place of the other lists, "kassen bij Dirksland en Melissant"; "kassen bij Melissant" alone stays a name
            // review (rev-allow): the place that vouches must be a listed one, not a word of no list with a place
            // ending ("bij Lammerdijk en Riel": an unlisted surname beside a listed one)
            boolean firstVillage = !first && other && listedPlace(tokens.get(i + 2), words)
                    && villageSurname(tokens, role, words, i);
            boolean otherVillage = second && !other && first && listedPlace(tokens.get(i), words)
                    && villageSurname(tokens, role, words, i + 2);
            if (!first && !firstVillage) {
                continue;
            }
            flag[i] = false;
            if (other || otherVillage) {
                flag[i + 2] = false; // "kassen bij <dorp> en <dorp>"
            }
        }
    }

    /**
     * Round 21 (t21-cards): a river, canal or lake of {@code waters.txt} written capitalised after its article ("aan de
     * Vecht bij Loosdrecht", "langs de Lek bij Lexmond"): water lies near a place, so "bij" there means near, and the
     * water is a second place that vouches for a village of {@link VillageSurnames} as well.
     */
    private static boolean water(List<Token> tokens, WordLists words, int k) {
        Token t = tokens.get(k);
        return t.capitalised() && !t.allCaps() && words.isWater(t.lower()) && k >= 1 && tokens.get(k - 1).isWord()
                && (tokens.get(k - 1).lower().equals("de") || tokens.get(k - 1).lower().equals("het"));
    }

    /**
     * Round 21 (t21-cards): the noun "weg" after an article or an adjective ("langs de provinciale weg bij <dorp>", "de
     * drukke weg bij <dorp>"); the adverb "weg" ("liep weg bij <naam>", "is weg bij <naam>") has neither before it.
     */
    private static boolean roadNoun(List<Token> tokens, int k) {
        if (!tokens.get(k).text().equals("weg") || k < 1 || !tokens.get(k - 1).isWord()) {
            return false;
        }
        String before = tokens.get(k - 1).text();
        return ROAD_DETERMINERS.contains(before)
                || before.length() > 3 && before.endsWith("e") && !tokens.get(k - 1).capitalised()
                && k >= 2 && tokens.get(k - 2).isWord() && ROAD_DETERMINERS.contains(tokens.get(k - 2).lower());
    }

    private static boolean placeWord(List<Token> tokens, int[] role, WordLists words, int i) {
        Token t = tokens.get(i);
        if (!t.isWord() || !t.capitalised() || t.allCaps() && t.text().length() > 1) {
            return false;
        }
        String lower = WordLists.lower(t.text());
        if (words.isFirstName(t.text()) || words.isFirstNameLower(lower) || words.isWeakName(lower)) {
            return false; // fix17-allow: "op een boerderij bij Jasper", "in de kassen bij Vincent" stay names
        }
        boolean curated = words.isPlaceInContext(lower) || words.isVillage(lower);
        boolean place = curated || !words.isName(t.text()) && words.isAbroad(lower)
                || PlacesBySurroundings.unknown(t, words) && PlacesBySurroundings.placeEnding(lower);
        return place && !PlacesBySurroundings.personAround(tokens, role, words, i);
    }

    /**
     * Round 19: a word of a place list that no name list holds (not one of no list with a place ending), as the place
     * that vouches.
     */
    private static boolean listedPlace(Token t, WordLists words) {
        String lower = WordLists.lower(t.text());
        return (words.isPlace(lower) || words.isPlaceInContext(lower) || words.isVillage(lower))
                && !words.isListedPersonWord(t.text()); // review: "bij Bergen en Wamel" (Bergen a surname too)
    }

    /** Round 19: a village of {@link VillageSurnames}, capitalised, with no person evidence around it. */
    private static boolean villageSurname(List<Token> tokens, int[] role, WordLists words, int i) {
        Token t = tokens.get(i);
        return VillageSurnames.capitalisedVillage(t) && !words.isFirstName(t.text()) && !PlacesBySurroundings.personAround(tokens, role, words, i);
    }
}
