package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 13 rule (r13-cards): two or three regions or places joined by "en" (or a comma and "en") right after an
 * organisation are the area it serves ("alleen voor VHT Gooi en Eemland", "Jeugdteam Eem en Vallei"), as
 * {@link OrganisationHeadPlace} reads one place after an organisation. The organisation is a listed one of the allow
 * index ending right before the run, or a compound with an organisation head ("Wijkteam", "Jeugdbescherming" is
 * listed). Every member is a word of a place list (places, places that are also words or names, villages); every
 * flagged member is a region that no name list holds ({@link OrganisationsBySurroundings#regionWithoutName}) or a
 * place of the context-free list that is no name. Guards: never a listed given name or weak name; a member that a
 * surname list holds is never cleared ("VHT Holten en Elst" stays, both are surnames too); no bracket, comma
 * apposition or family word after the run ({@link RelativeGuard#familyAfter}), no kin word or title inside. Stateless.
 */
final class RegionPairAfterOrganisation {

    private static final int MAX_MEMBERS = 3;

    private RegionPairAfterOrganisation() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 1; i + 2 < n; i++) {
            Token head = tokens.get(i - 1);
            if (!member(tokens.get(i)) || !head.isWord() || !head.capitalised()) {
                continue;
            }
            boolean organisation = OrganisationHeadPlace.listedOrganisationEndingAt(tokens, i - 1, words) >= 0
                    || OrganisationHeadPlace.organisationHead(head.lower()) && !words.isName(head.text());
            if (!organisation) {
                continue;
            }
            int end = i;
            int count = 1;
            while (count < MAX_MEMBERS && end + 2 < n && joiner(tokens.get(end + 1)) && member(tokens.get(end + 2))) {
                end += 2;
                count++;
            }
            if (count < 2 || !tokens.get(end - 1).isWord() || !tokens.get(end - 1).lower().equals("en")) {
                continue; // the last member is joined by "en": "Gooi en Eemland", "Eem, Vallei en Gooi"
            }
            if (region(tokens, role, flag, words, i, end)) {
                for (int k = i; k <= end; k += 2) {
                    flag[k] = false;
                }
            }
            i = end;
        }
    }

    private static boolean region(List<Token> tokens, int[] role, boolean[] flag, WordLists words, int from, int to) {
        int n = tokens.size();
        if (to + 1 < n && (tokens.get(to + 1).is('(') || tokens.get(to + 1).is(','))
                || RelativeGuard.familyAfter(tokens, words, to)) {
            return false; // "VHT Gooi en Eemland (oom)": person evidence after the run
        }
        boolean anyFlag = false;
        for (int k = from; k <= to; k += 2) {
            Token t = tokens.get(k);
            String lower = WordLists.lower(t.text());
            if ((role[k] & (PersonNameDetector.KIN | PersonNameDetector.TITLE)) != 0
                    || words.isFirstName(t.text()) || words.isFirstNameLower(lower) || words.isWeakName(lower)
                    || words.isSurname(t.text()) || words.isSurname(NameClassifier.capitalise(lower))) {
                return false;
            }
            if (!words.isPlaceInContext(lower) && !words.isVillage(lower)) {
                return false; // "GGD Jansen en Eemland": a member that no place list holds
            }
            if (flag[k]) {
                anyFlag = true;
                if (!OrganisationsBySurroundings.regionWithoutName(t, words)
                        && !(words.isPlace(lower) && !RelativeGuard.listedName(t, words))) {
                    return false;
                }
            }
        }
        return anyFlag;
    }

    private static boolean member(Token t) {
        return t.isWord() && t.capitalised() && !t.allCaps();
    }

    private static boolean joiner(Token t) {
        return t.isWord() && t.lower().equals("en") || t.is(',');
    }
}
