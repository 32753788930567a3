package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 23 rule (t23-inst): a place's adjective opening an organisation's proper name, before capitalised common
 * nouns ("Haags Juridisch Loket helpt moeder", "Gooise Scholen Federatie heeft een melding gedaan", "de Haagse
 * Hogeschool"). {@link PlaceAdjective} reads the adjective before a lower-case noun; here the noun is capitalised as
 * part of the name. An unflag rule:
 * <ul>
 * <li>The adjective: a capitalised word that {@link PlaceAdjective#placeAdjective} reads ("Haagse", "Leidse"), its
 * neuter form in "-s" ("Haags", "Utrechts": the "-se" form is a place's adjective), or "-se" on a region that is a
 * place only after a place word ("Gooise": 't Gooi).</li>
 * <li>Then one to three capitalised words in ordinary capitalisation, each a word of the Dutch dictionary that no
 * given-name or surname list holds ("Juridisch Loket", "Scholen Federatie").</li>
 * <li>No family word, role or title before the adjective and no family apposition or age after the name ({@link
 * RelativeGuard#around}), and the adjective is on no name list.</li>
 * </ul>
 * Stays a person: a listed surname or given name after the adjective ("Leidse Visser belde", "Haagse Sanne"), a word
 * of no dictionary ("Haagse Jansen"), a kin word or title before. Stateless.
 */
final class PlaceAdjectiveBeforeOrganisation {

    private static final int MAX_WORDS = 3;

    private PlaceAdjectiveBeforeOrganisation() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || !t.capitalised() || t.allCaps() || !adjective(t.lower(), words)
                    || PlacesBySurroundings.personListed(t, words)
                    || RelativeGuard.around(tokens, role, words, i)) {
                continue;
            }
            int last = i;
            for (int k = i + 1; k < n && k - i <= MAX_WORDS; k++) {
                Token w = tokens.get(k);
                if (!w.isWord() || !w.capitalised() || w.allCaps() || !words.isDutchWord(w.lower())
                        || words.isName(w.text()) || words.isFirstNameLower(w.lower())
                        || words.isKinOrRole(w.lower())) {
                    break;
                }
                last = k;
            }
            if (last == i) {
                continue;
            }
            for (int k = i; k <= last; k++) {
                flag[k] = false;
            }
            i = last;
        }
    }

    private static boolean adjective(String lower, WordLists words) {
        if (PlaceAdjective.placeAdjective(lower, words)) {
            return true;
        }
        if (lower.endsWith("s") && !lower.endsWith("se") && lower.length() > 4
                && PlaceAdjective.placeAdjective(lower + "e", words)) {
            return true; // "Haags", "Utrechts"
        }
        return lower.endsWith("se") && lower.length() > 5 && words.isPlaceInContext(lower.substring(0, lower.length() - 2));
    }
}
