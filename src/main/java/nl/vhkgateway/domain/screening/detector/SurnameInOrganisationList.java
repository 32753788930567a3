package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 12 (oldleaks): a listed surname standing alone as a member of a list of organisations ("Betrokken
 * hulpverlening: Lentis, Dijkstra, wijkteam"). The lists of organisations clear a capitalised word alone between
 * separators, since organisations have names of no list ("Accare", "Karakter", "Pluryn"); a word that the surname
 * list holds and that is no ordinary word, no place of the gazetteer (the places that are names too, "Berkhout",
 * count only after a place word), no place abroad and no organisation or other word of the allow lists is a person
 * named among them, and stays flagged. Only words the detector flagged before the list rules cleared them; a word in
 * capitals (an acronym) stays cleared. Stateless.
 */
final class SurnameInOrganisationList {

    /** Round 23: one-word care providers that are names too (read by {@link ListedNameInstitution} as well). */
    private static final Set<String> PROVIDERS = WordLists.lowerCaseSet("institutions-also-names.txt");

    private SurnameInOrganisationList() {
    }

    /**
     * @param before the flags before the list rules ran
     * @param flag   the flags after them; a listed surname alone between separators is flagged again
     */
    static void reflag(List<Token> tokens, boolean[] before, boolean[] flag, WordLists words) {
        reflag(tokens, before, flag, words, new boolean[tokens.size()]);
    }

    /**
     * As above; round 23 (t23-cards): a one-word care provider whose name a surname list holds too
     * ({@code institutions-also-names.txt}: Rivas, Brijder, Antes ...) stays cleared when another member of the same
     * list is a listed organisation ({@code coveredOrganisation}: "JGZ, Rivas, Sociaal Team Alblasserdam, Stichting
     * Timon"): among organisations it is the provider. A surname of no provider list ("Lentis, Dijkstra, wijkteam")
     * is flagged again as before, and so is the provider's word in a list of no capitalised listed organisation
     * ("school, Rivas, leerplicht": a lower-case service word is no organisation's name).
     *
     * @param coveredOrganisation tokens inside a listed organisation (only a capitalised one counts)
     */
    static void reflag(List<Token> tokens, boolean[] before, boolean[] flag, WordLists words,
                       boolean[] coveredOrganisation) {
        int n = tokens.size();
        boolean organisationInList = false;
        for (int k = 0; k < n && !organisationInList; k++) {
            organisationInList = coveredOrganisation[k] && tokens.get(k).isWord() && tokens.get(k).capitalised();
        }
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || !before[i] || !t.isWord() || !t.capitalised() || t.allCaps()
                    || !separator(tokens, i - 1) || !separator(tokens, i + 1) || !itemBefore(tokens, i - 1)) {
                continue;
            }
            String lower = t.lower();
            if (!words.isSurname(t.text()) || words.isWord(lower) || words.isPlace(lower) || words.isAbroad(lower)
                    || words.allowed().containsWord(lower) || words.isKinOrRole(lower)
                    || organisationInList && PROVIDERS.contains(lower)) {
                continue;
            }
            flag[i] = true;
        }
    }

    /** A list separator, the start or the end of the text (round 24: or its closing full stop), or "en"/"of". */
    private static boolean separator(List<Token> tokens, int k) {
        if (k < 0 || k >= tokens.size()) {
            return true;
        }
        Token t = tokens.get(k);
        if (t.isWord()) {
            return t.lower().equals("en") || t.lower().equals("of");
        }
        return t.is(',') || t.is(';') || t.is(':') || t.is('/') || t.is('|') || t.is('•') || t.is('-') && t.spaceBefore()
                || listEnd(tokens, k);
    }

    /**
     * Round 24 (t24-cards): the full stop that closes the list, at the end of the text or before the next sentence
     * ("Rivas, Verbruggen."): the last member counts as the others do.
     */
    private static boolean listEnd(List<Token> tokens, int k) {
        return tokens.get(k).is('.') && (k + 1 == tokens.size() || tokens.get(k + 1).sentenceStart());
    }

    /**
     * Round 12 (oldleaksfix): a list item stands before the word (a separator other than a label colon, after a word):
     * the first item of a list is often an organisation named after its founder ("Bouman, Lentis, wijkteam").
     */
    private static boolean itemBefore(List<Token> tokens, int k) {
        if (k < 1 || tokens.get(k).is(':')) {
            return false;
        }
        Token t = tokens.get(k);
        return !t.isWord() || tokens.get(k - 1).isWord() || tokens.get(k - 1).is(')');
    }
}
