package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 23 rule (t23-inst): a Turkish mosque's name puts its own name before the word for mosque in its compound form
 * ("Ulu Camii", "Fatih Camii", "Yunus Emre Camii", "Mevlana Camii"): Turkish reads "X Camii" as "the mosque of X"
 * only, so the one to three capitalised words right before "Camii" (or "Cami", "Camisi") are the mosque's name, also
 * when they are given names (mosques are named after sultans, saints and poets). {@link CommunityNames} clears the
 * head word and the names after head-first foreign words ("Masjid Al-Fath"); this is the head-last order. An unflag
 * rule:
 * <ul>
 * <li>"Camii", "Cami" or "Camisi" written with a capital, right after one to three capitalised words in ordinary
 * capitalisation with nothing between them, and no hyphen glued after it (a compound: "Camii-lessen").</li>
 * <li>The article "de"/"het" right before the name, or the name opens the segment (review of reviewer ra's probe
 * "brengt vrijwilligster Hatice Kaya Camii-lessen naar huis").</li>
 * <li>No kin word, role or title before the name or among its words, no family apposition or age after the head.</li>
 * </ul>
 * Stays a person: a comma, bracket or dash between the name and the head ("Yusuf, Camii-bestuur"), a kin word or
 * role before ("imam Yusuf Camii"), not in a line in capitals (the shape needs ordinary capitalisation). Stateless.
 */
final class TurkishMosqueName {

    private static final Set<String> HEADS = WordSets.of("camii", "cami", "camisi");
    private static final int MAX_WORDS = 3;

    private TurkishMosqueName() {
    }

    /**
     * The article "de"/"het" right before the name, the name opening the segment, or (round 24, t24-inst, for
     * {@link HinduTempleName}) one of {@code openers} right before it ("vereniging Shri Ram Mandir").
     */
    private static boolean articleOrStart(List<Token> tokens, int first, Set<String> openers) {
        if (first == 0) {
            return true;
        }
        Token before = tokens.get(first - 1);
        return before.isWord() && (before.lower().equals("de") || before.lower().equals("het")
                || !before.capitalised() && openers.contains(before.lower()));
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words, boolean shouted) {
        unflagBeforeHead(tokens, role, flag, words, shouted, HEADS, Set.of());
    }

    /** The rule for any head-last house of worship: {@code heads} in lower case, {@code openers} as above. */
    static void unflagBeforeHead(List<Token> tokens, int[] role, boolean[] flag, WordLists words, boolean shouted,
            Set<String> heads, Set<String> openers) {
        if (shouted) {
            return;
        }
        int n = tokens.size();
        for (int h = 1; h < n; h++) {
            Token head = tokens.get(h);
            if (!head.isWord() || !head.capitalised() || head.allCaps() || !heads.contains(head.lower())
                    || RelativeGuard.familyAfter(tokens, words, h)) {
                continue;
            }
            int first = nameStart(tokens, h, MAX_WORDS);
            if (first == h || RelativeGuard.kinBefore(tokens, role, words, first) || !articleOrStart(tokens, first, openers)
                    || h + 1 < tokens.size() && tokens.get(h + 1).is('-') && !tokens.get(h + 1).spaceBefore()) {
                continue; // "vrijwilligster Hatice Kaya Camii-lessen": a compound, and no article before the name
            }
            boolean person = false;
            for (int k = first; k < h; k++) {
                person |= (role[k] & (PersonNameDetector.KIN | PersonNameDetector.TITLE)) != 0
                        || words.isKinOrRole(tokens.get(k).lower()) || words.isTitle(tokens.get(k).lower());
            }
            if (person) {
                continue;
            }
            for (int k = first; k <= h; k++) {
                flag[k] = false;
            }
        }
    }

    /**
     * The first of at most {@code maxWords} capitalised words (not in capitals) right before the head at {@code h};
     * {@code h} itself when there is none. Shared with {@link MosqueNameBeforeDutchHead}.
     */
    static int nameStart(List<Token> tokens, int h, int maxWords) {
        int first = h;
        for (int k = h - 1; k >= 0 && h - k <= maxWords; k--) {
            Token t = tokens.get(k);
            if (!t.isWord() || !t.capitalised() || t.allCaps()) {
                break;
            }
            first = k;
        }
        return first;
    }
}
