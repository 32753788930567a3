package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 22 rule (t22-places): a part or building of a town, then "van" and the town ("Gesprek op het gemeentehuis van
 * Lith", "de jongen hangt rond bij de haven van Megen", "op het station van Esch-Haaren", "in de omgeving van
 * Heesch"). A town hall, a station, a harbour, a centre, a market square belong to a place, never to a person, so
 * "van" there names the place. A clearing rule:
 * <ul>
 * <li>shape: the article "de" or "het" (not a possessive: "zijn station"), a noun of {@code PARTS} (gemeentehuis,
 * stadhuis, station, haven, jachthaven, centrum, dorpsplein, dorpshuis, winkelcentrum, omgeving, buitengebied, dorpskern,
 * markt ...), "van", then the word, or words joined by hyphens without spaces ("Driebergen-Zeist");</li>
 * <li>the word (each part of a hyphenated name) is one a place list holds (the context-free places,
 * {@code places-also-names.txt}, the villages, {@link VillageSurnames}, places abroad), or a word of no list with the
 * ending of a Dutch place name ({@link PlacesBySurroundings#placeEnding}); never a listed given name;</li>
 * <li>the name closes its clause (nothing, a punctuation mark other than a bracket, or a lower-case word that is no
 * person's verb or possessive after it), and no person evidence around it ({@link PlacesBySurroundings#personAround}:
 * "de haven van Lith (oom)", "het station van Megen, de buurman" stay names).</li>
 * </ul>
 * "het huis van Lith", "de auto van Megen" (no part of a town) stay names. Stateless.
 */
final class PartOfPlaceAfterVan {

    private static final Set<String> ARTICLES = WordSets.of("de", "het");
    private static final Set<String> PARTS = WordSets.of("gemeentehuis", "stadhuis", "raadhuis", "station",
            "treinstation", "busstation", "haven", "jachthaven", "centrum", "dorpscentrum", "stadscentrum",
            "dorpsplein",
            "dorpshuis", "winkelcentrum", "omgeving", "buitengebied", "dorpskern", "markt", "marktplein", "kermis",
            "dorpsstraat", "industrieterrein", "bedrijventerrein", "stadspark", "gemeentegrens");

    private PartOfPlaceAfterVan() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 3; i < n; i++) {
            if (!flag[i] || !word(tokens, i - 1, "van") || !tokens.get(i - 2).isWord()
                    || !PARTS.contains(tokens.get(i - 2).lower()) || !tokens.get(i - 3).isWord()
                    || !ARTICLES.contains(tokens.get(i - 3).lower())) {
                continue;
            }
            int end = nameEnd(tokens, words, i);
            if (end < 0 || !closes(tokens, end) || PlacesBySurroundings.personAround(tokens, role, words, end)) {
                continue;
            }
            for (int k = i; k <= end; k++) {
                flag[k] = false;
            }
        }
    }

    /** The last token of the place's name from {@code i}, or -1 when a part is no place. */
    private static int nameEnd(List<Token> tokens, WordLists words, int i) {
        int k = i;
        while (true) {
            if (!place(tokens.get(k), words)) {
                return -1;
            }
            if (k + 2 < tokens.size() && tokens.get(k + 1).is('-') && !tokens.get(k + 1).spaceBefore()
                    && !tokens.get(k + 2).spaceBefore() && tokens.get(k + 2).isWord()) {
                k += 2;
            } else {
                return k;
            }
        }
    }

    private static boolean place(Token t, WordLists words) {
        if (!t.isWord() || !t.capitalised() || t.allCaps() && t.text().length() > 1) {
            return false;
        }
        String lower = WordLists.lower(t.text());
        if (words.isFirstName(t.text()) || words.isFirstNameLower(lower)) {
            return false;
        }
        return words.isPlace(lower) || words.isPlaceInContext(lower) || words.isVillage(lower)
                || VillageSurnames.contains(lower) || words.isAbroad(lower)
                || PlacesBySurroundings.unknown(t, words) && PlacesBySurroundings.placeEnding(lower);
    }

    private static boolean closes(List<Token> tokens, int end) {
        if (end + 1 >= tokens.size()) {
            return true;
        }
        Token after = tokens.get(end + 1);
        if (!after.isWord()) {
            return !after.is('(') && !after.is('/') && !after.is('\'');
        }
        String lower = after.lower();
        return !after.capitalised() && !PersonNameDetector.isPersonVerb(lower)
                && !NamedOrganisationsAndAreas.POSSESSIVES.contains(lower);
    }

    private static boolean word(List<Token> tokens, int k, String lower) {
        return tokens.get(k).isWord() && tokens.get(k).lower().equals(lower);
    }
}
