package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 22 rule (t22-inst): an organisation's acronym followed by a point of the compass names its regional branch
 * ("LTO Oost heeft vader doorverwezen", "de erfbetreder van ZLTO Zuid", "GGD West"), also when the compass word is a
 * surname too ("Noord", "West", "Oost" are). An unflag rule:
 * <ul>
 * <li>Shape: a word of two to six capital letters (an acronym), then one compass word written in ordinary
 * capitalisation (Noord, Zuid, Oost, West, Noordoost, Noordwest, Zuidoost, Zuidwest, Midden), closing the name (no
 * capitalised word after it).</li>
 * <li>The acronym is no title, kin word or role ("DHR", "MW", "PA" stay forms of address) and no listed given name,
 * and has three to six letters: two capitals before a surname-like word are initials written without dots as often
 * ("JM West").</li>
 * <li>No form of address, title or kin word in the three tokens before the acronym ("Mw. JM West", "mevrouw PJK
 * West" are a person with initials; review rb, Prb-054).</li>
 * </ul>
 * Stays a person: a line in capitals ("JAN WEST BELDE": the acronym test needs ordinary text around it), a kin word
 * or title before the acronym, a family apposition or age after the compass word, a second capitalised word after it
 * ("GGD West Jansen" is a person of the branch). Stateless.
 */
final class AcronymRegionalBranch {

    private static final Set<String> COMPASS = WordSets.of("noord", "zuid", "oost", "west", "noordoost", "noordwest",
            "zuidoost", "zuidwest", "midden");

    private AcronymRegionalBranch() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words, boolean shouted) {
        if (shouted) {
            return;
        }
        int n = tokens.size();
        for (int k = 1; k < n; k++) {
            Token compass = tokens.get(k);
            Token acronym = tokens.get(k - 1);
            if (!flag[k] || !compass.isWord() || compass.allCaps() || !compass.capitalised()
                    || !COMPASS.contains(compass.lower()) || !acronym(acronym, words)) {
                continue;
            }
            if (k + 1 < n && tokens.get(k + 1).isWord() && tokens.get(k + 1).capitalised()
                    || RelativeGuard.kinBefore(tokens, role, words, k - 1) || addressedBefore(tokens, role, words, k - 1)
                    || RelativeGuard.familyAfter(tokens, words, k)) {
                continue;
            }
            flag[k] = false;
            flag[k - 1] = false;
        }
    }

    private static boolean acronym(Token t, WordLists words) {
        String text = t.text();
        if (!t.isWord() || !t.allCaps() || text.length() < 3 || text.length() > 6) {
            return false;
        }
        String lower = t.lower();
        return !words.isTitle(lower) && !words.isKinOrRole(lower) && !words.isFirstNameLower(lower)
                && !words.isFirstName(text.charAt(0) + lower.substring(1));
    }

    /** A form of address, title or kin word up to three tokens before the acronym ("Mw. JM West", "mevrouw PJ West"). */
    private static boolean addressedBefore(List<Token> tokens, int[] role, WordLists words, int a) {
        for (int k = Math.max(0, a - 3); k < a; k++) {
            Token t = tokens.get(k);
            if (t.isWord() && (words.isTitle(t.lower()) || words.isKinOrRole(t.lower())
                    || (role[k] & (PersonNameDetector.KIN | PersonNameDetector.TITLE)) != 0)) {
                return true;
            }
        }
        return false;
    }
}
