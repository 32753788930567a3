package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 21 rule (t21-cards2): a youth-care provider written by the first word of its listed name ("Timon" for "Timon
 * jeugdhulp", "Kenter" for "Kenter Jeugdhulp"; {@link CareProviderHeadWord#headsProvider}) as a bare item of a list of
 * organisations: "Timon, Indebuurt033, Jeugdbescherming Gelderland, SAVE team Eemland; school: ...", "Betrokken zijn
 * GGZ Centraal, Youké en Timon." The list is the run of items around the word joined by commas, semicolons and "en"
 * (up to a colon, a full stop, a line break or a cell border). The word is an item of its own: before it a list mark,
 * the run's start or a word that opens a list of providers ("Betrokken zijn Timon, ...", "hulp via Timon, ..."), after
 * it a list mark, "en", a full stop or the end. At least two other items are organisations of the lists (they hold a
 * listed organisation; a bracket after an item belongs to it: "Meander Medisch Centrum (kinderarts)"). Stay names: a
 * family word, role or title before the word ("broer Timon"), a bracket or family apposition after it ("Timon (8)",
 * "Timon, de broer van ..."), any other item that holds a name already found or a family word ("moeder, Timon, GGZ
 * Centraal, Youké"), a list of fewer than two organisations ("Timon, Sanne en Youké") and a verb after the word
 * ("Timon belt GGZ Centraal, ..."). A word that heads no listed provider ("Jan, GGZ Centraal, Youké") is left to the
 * other rules.
 *
 * <p>Round 22 (t22-cards): in 'Betrokken hulpverlening' a provider is also written with the place of its branch
 * ("Accare (aanmelding), Timon Amersfoort"): a word that heads a listed provider followed by a Dutch place of the
 * context-free list that no name list holds, the pair being the item, with the same guards. Review (ra 09:21): the
 * first draft took any listed name that is also a word ("Iris Heeze", "Roos Baarn", "Merel Zelhem" among
 * organisations: professionals' names, refused by the Decisions); now only a provider's head word, so "Terra Winsum"
 * (a school group that no provider list holds) stays refused. Stateless.
 */
final class ProviderInOrganisationList {

    private static final int MIN_ORGANISATIONS = 2;
    /** Words that open a list of providers ("Betrokken zijn Timon, ...", "hulp via Timon, ..."). */
    private static final Set<String> LIST_OPENERS = Set.of("zijn", "waren", "via", "van", "bij", "door", "vanuit");

    private ProviderInOrganisationList() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] coveredOrganisation, boolean[] flag,
                       WordLists words, boolean careList) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || t.allCaps()) {
                continue;
            }
            boolean branch = careList && branchPlace(tokens, flag, words, i);
            if (!branch && !CareProviderHeadWord.headsProvider(t.lower())) {
                continue;
            }
            if (!bareItem(tokens, i, branch ? 1 : 0) || RelativeGuard.around(tokens, role, words, i)) {
                continue;
            }
            if (organisationSiblings(tokens, role, coveredOrganisation, flag, words, i) >= MIN_ORGANISATIONS) {
                flag[i] = false;
            }
        }
    }

    /**
     * Round 22: "Terra Winsum": the word at {@code i} followed by a place of the context-free list that no name list
     * holds and no other step flagged.
     */
    private static boolean branchPlace(List<Token> tokens, boolean[] flag, WordLists words, int i) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        if (!CareProviderHeadWord.headsProvider(tokens.get(i).lower())) {
            return false; // review (ra 09:21): "Iris Heeze", "Roos Baarn": a given name that is a word too
        }
        Token place = tokens.get(i + 1);
        String lower = place.lower();
        return place.isWord() && place.capitalised() && !place.allCaps() && !flag[i + 1] && words.isDomesticPlace(lower)
                && !words.isName(place.text()) && !words.isWeakName(lower) && !words.isFirstNameLower(lower);
    }

    /**
     * Nothing but a list mark (or the start) before the word, a list mark, "en" or the end after it (after the
     * {@code extra} words that belong to the item: the branch's place).
     */
    private static boolean bareItem(List<Token> tokens, int i, int extra) {
        boolean start = i == 0 || listMark(tokens.get(i - 1)) || tokens.get(i - 1).is(':') || and(tokens.get(i - 1))
                || tokens.get(i - 1).isWord() && !tokens.get(i - 1).capitalised()
                && LIST_OPENERS.contains(tokens.get(i - 1).lower());
        if (!start) {
            return false;
        }
        int end = i + extra;
        if (end + 1 >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(end + 1);
        return listMark(next) || and(next) || next.is('.');
    }

    /**
     * The organisations among the other items of the list around {@code i}, or -1 when an item holds a name already
     * found or a family word.
     */
    private static int organisationSiblings(List<Token> tokens, int[] role, boolean[] coveredOrganisation,
                                            boolean[] flag, WordLists words, int i) {
        int from = i;
        while (from > 0 && !stop(tokens.get(from - 1))) {
            from--;
        }
        int to = i;
        while (to + 1 < tokens.size() && !stop(tokens.get(to + 1))) {
            to++;
        }
        int organisations = 0;
        int itemStart = from;
        int depth = 0;
        for (int k = from; k <= to + 1; k++) {
            if (k <= to) {
                Token t = tokens.get(k);
                depth += t.is('(') ? 1 : t.is(')') ? -1 : 0;
                if (depth != 0 || !listMark(t) && !and(t)) {
                    continue;
                }
            }
            if (itemStart < k && !(itemStart <= i && i < k)) {
                int verdict = item(tokens, role, coveredOrganisation, flag, words, itemStart, k);
                if (verdict < 0) {
                    return -1;
                }
                organisations += verdict;
            }
            itemStart = k + 1;
        }
        return organisations;
    }

    /** 1 for an item that holds a listed organisation, 0 for another, -1 for one with a name or family word. */
    private static int item(List<Token> tokens, int[] role, boolean[] coveredOrganisation, boolean[] flag,
                            WordLists words, int from, int to) {
        boolean organisation = false;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (flag[k] || t.isWord() && !coveredOrganisation[k] && CoverClauses.familyWord(t.lower(), words)) {
                return -1; // a name found already or a family word ("Sanne (8)", "moeder"): a list of people
            }
            organisation |= coveredOrganisation[k];
        }
        return organisation ? 1 : 0;
    }

    private static boolean listMark(Token t) {
        return t.is(',') || t.is(';');
    }

    private static boolean and(Token t) {
        return t.isWord() && !t.capitalised() && t.lower().equals("en");
    }

    /** The list ends at a colon, a full stop, a line break or a cell border. */
    private static boolean stop(Token t) {
        return t.is(':') || t.is('.') || t.is('\n') || t.is('|');
    }
}
