package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 11 rule (branch r11-capsnames): a word in capitals alone in brackets right after a kin or role word names that
 * relative ("stiefvader (OKONJO) wil niet", "opa (HENK)"); the mirror of {@link CapitalsBeforeRelative}. The word
 * counts when it is a listed name that is no ordinary word, or a word of no list with five or more letters and two or
 * more vowel groups. Organisations, acronyms, places, nationalities and allowed words of the lists ("vader (RVDK)",
 * "moeder (GGZ)", "vader (MAROKKO)"), dictionary and answer words ("moeder (NEE)", "vader (JA)"), kin words, words
 * of up to four letters that are no listed name and words without a vowel ("moeder (ADHD)") stay. Stateless.
 */
final class CapitalsAfterRelative {

    private CapitalsAfterRelative() {
    }

    static void flag(List<Token> tokens, boolean[] coveredOrg, WordLists words, boolean shouted, boolean[] flag) {
        if (shouted) {
            return;
        }
        int n = tokens.size();
        for (int open = 1; open + 2 < n; open++) {
            int i = open + 1;
            if (!tokens.get(open).is('(') || !tokens.get(open + 2).is(')') || flag[i] || coveredOrg[i]) {
                continue;
            }
            Token before = tokens.get(open - 1);
            Token t = tokens.get(i);
            if (!before.isWord() || before.allCaps() || !words.isKinOrRole(before.lower()) || !t.isWord()
                    || !t.allCaps()) {
                continue;
            }
            String lower = t.lower();
            if (lower.length() < 3 || !lower.chars().allMatch(Character::isLetter)
                    || CapitalsNameInSentence.notAName(lower, words)) {
                continue;
            }
            String cap = NameClassifier.capitalise(lower);
            boolean listed = (words.isFirstName(cap) || words.isSurname(cap)) && !words.isException(cap)
                    && !words.isCommonWord(lower) && (lower.length() >= 4 || !words.isWord(lower));
            boolean unknown = lower.length() >= 5 && NameClassifier.vowelGroups(lower) >= 2
                    && !words.isWord(lower);
            if (listed || unknown) {
                flag[i] = true;
            }
        }
    }
}
