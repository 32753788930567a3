package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 18 rule (r18-allow): "tussen X en Y" where X and Y are both places of a place list ("De kinderen wisselen
 * tussen Ballum en Buren", "pendelt tussen Lisse en Beek"): a child or a parent moving between two places. "tussen"
 * alone is no place preposition ("ruzie tussen Sanne en Daan"), so the rule asks for both sides: each word is a place
 * of the lists that the detector left unflagged, or a flagged word that a place list holds (the context list, or a
 * village of the OpenTaal list) and no name list holds: no given name, surname or weak name, kin word or title
 * ("tussen Ballum en Daan", "ruzie tussen Diever en Vledder": two surnames that are villages too, stay names), and neither has person evidence around it
 * (a family word, role or title before either, an age or family word in brackets after either, a capital or a person's
 * verb after the second: "tussen oom Beek en Lisse", "tussen Beek (12) en Lisse", "tussen Beek en Lisse Bakker"; the
 * first's "en" is followed by the second place, so "en buren" is no "en zijn vriendin" there). A surname of no
 * place list on either side ("tussen Ballum en Jansen") keeps both flags: one person makes the pair a pair of persons.
 * Review (rev-allow): "tussen X en Y" is the slot of two persons ("ruzie tussen Durant en Carney", "de omgang tussen
 * Happart en Voske"), and the context list holds many surnames of places abroad; so a flagged word counts only when it
 * is a Dutch village of the OpenTaal list (no name list holds it), the other word a Dutch place of the lists, and a
 * verb of moving or living (wisselen, pendelen, reizen, wonen, verhuizen, rijden) or "buitengebied" stands before
 * "tussen" in the same clause.
 * Stateless.
 */
final class PlacesBetween {

    /** Stems of verbs of moving between two homes or of a home between two places. */
    private static final List<String> MOVEMENT_STEMS = List.of("wissel", "pendel", "reis", "reiz", "woon", "woont",
            "verhuis", "fiets", "rijd", "rijdt", "ligt", "gelegen", "buitengebied");
    private static final int MOVEMENT_WINDOW = 6;

    private PlacesBetween() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 1; i + 2 < n; i++) {
            if (!tokens.get(i - 1).isWord() || !tokens.get(i - 1).lower().equals("tussen")
                    || !tokens.get(i + 1).isWord() || !tokens.get(i + 1).text().equals("en")) {
                continue;
            }
            boolean site = siteBefore(tokens, i - 1);
            if (!site && !movementBefore(tokens, i - 1)) {
                continue;
            }
            int j = i + 2;
            if (!flag[i] && !flag[j] || !place(tokens, flag, words, i, site) || !place(tokens, flag, words, j, site)
                    || RelativeGuard.around(tokens, role, words, i)
                    || PlacesBySurroundings.personAround(tokens, role, words, j)) {
                continue;
            }
            flag[i] = false;
            flag[j] = false;
        }
    }

    private static boolean place(List<Token> tokens, boolean[] flag, WordLists words, int i, boolean site) {
        Token t = tokens.get(i);
        if (!t.isWord() || !t.capitalised() || t.allCaps() && t.text().length() > 1) {
            return false;
        }
        String lower = t.lower();
        boolean domestic = words.isDomesticPlace(lower) || words.isVillage(lower);
        if (site && (words.isPlaceInContext(lower) || VillageSurnames.contains(lower))
                && !words.isFirstName(t.text()) && !words.isFirstNameLower(lower) && !words.isKinOrRole(lower)
                && !words.isTitle(lower)) {
            return true; // round 21: "melkveebedrijf tussen Bergambacht en Stolwijk", places that are surnames too
        }
        if (!flag[i]) {
            return domestic;
        }
        return words.isVillage(lower) && !words.isListedPersonWord(t.text());
    }

    /**
     * Round 21 (t21-cards): a site that lies outside a town ({@link SiteNearPlace#site}: a farm, greenhouses, a camp
     * site, a houseboat) right before "tussen" ("melkveebedrijf tussen Bergambacht en Stolwijk"): the site lies
     * between two places, so each side may be a place that is a surname too (the context list or
     * {@link VillageSurnames}), never a given name, kin word or title, and never a word of no place list ("een
     * boerderij tussen Jansen en Bakker" keeps both). Review (revallow P-273/274): no noun of a relation or exchange
     * earlier in the clause ("de verdeling van het melkveebedrijf tussen X en Y", "het gesprek op de woonboot tussen
     * X en Y" are between two persons).
     */
    private static boolean siteBefore(List<Token> tokens, int tussen) {
        if (tussen < 1 || !tokens.get(tussen - 1).isWord() || !SiteNearPlace.site(tokens.get(tussen - 1).lower())) {
            return false;
        }
        for (int k = tussen - 2; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.is('.') || t.is(';') || t.is(':') || t.is('\n') || t.is('?') || t.is('!')) {
                break;
            }
            if (t.isWord() && PersonRelationWords.relation(t.lower())) {
                return false; // review revallow P-273/274: "het gesprek op de woonboot tussen X en Y"
            }
        }
        return true;
    }

    /** A verb of moving or staying in the clause before "tussen" ("wisselen tussen", "pendelt heen en weer tussen"). */
    private static boolean movementBefore(List<Token> tokens, int tussen) {
        for (int k = tussen - 1; k >= 0 && k >= tussen - MOVEMENT_WINDOW; k--) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                return false;
            }
            String lower = t.lower();
            for (String stem : MOVEMENT_STEMS) {
                if (lower.startsWith(stem)) {
                    return true;
                }
            }
        }
        return false;
    }
}
