package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 14 rule (r14-places): the name between a Chamber of Commerce label and its number is the registered holder,
 * an organisation ("KvK Lyvore 30184321", "KvK-nr. Lyvore: 30184321"): the KvK registers enterprises, and an
 * organisation's number is allowed (ORG_NUMBER). One to three capitalised words (hyphens between them) are cleared
 * when they stand right after "KvK" (with "-nummer", "-nr", "nummer" or "nr" and periods) and right before a number of
 * eight digits (a colon may stand between). Guard: every cleared word is of no name list (given names, surnames, weak
 * names) and no title or initial is among them, so a one-man business under a person's name ("KvK Yilmaz 12345678",
 * "KvK J. de Vries 12345678") stays refused. Stateless.
 */
final class KvkNumberHolder {

    private static final Set<String> LABEL_TAILS = Set.of("nummer", "nr", "-", ".", "-nummer", "-nr");
    private static final int KVK_DIGITS = 8;
    private static final int MAX_WORDS = 3;

    private KvkNumberHolder() {
    }

    static void unflag(List<Token> tokens, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            if (!tokens.get(i).isWord() || !tokens.get(i).lower().equals("kvk")) {
                continue;
            }
            int k = i + 1;
            while (k < n && k <= i + 4 && LABEL_TAILS.contains(tokens.get(k).lower())) {
                k++;
            }
            int start = k;
            int count = 0;
            while (k < n && count < MAX_WORDS && tokens.get(k).isWord() && tokens.get(k).capitalised()
                    && tokens.get(k).text().length() > 1) {
                count++;
                k++;
                if (k + 1 < n && tokens.get(k).is('-') && !tokens.get(k).spaceBefore() && tokens.get(k + 1).isWord()) {
                    k++;
                }
            }
            int end = k;
            if (count == 0) {
                continue;
            }
            if (k < n && tokens.get(k).is(':')) {
                k++;
            }
            if (k >= n || !kvkNumber(tokens.get(k)) || !unlisted(tokens, words, start, end)) {
                continue;
            }
            for (int m = start; m < end; m++) {
                flag[m] = false;
            }
        }
    }

    private static boolean kvkNumber(Token t) {
        String s = t.text();
        return s.length() == KVK_DIGITS && s.chars().allMatch(Character::isDigit);
    }

    private static boolean unlisted(List<Token> tokens, WordLists words, int start, int end) {
        for (int m = start; m < end; m++) {
            Token t = tokens.get(m);
            if (!t.isWord()) {
                continue;
            }
            String lower = t.lower();
            String cap = NameClassifier.capitalise(lower);
            if (words.isName(t.text()) || words.isName(cap) || words.isWeakName(lower) || words.isFirstNameLower(lower)
                    || words.isTitle(lower) || words.isKinOrRole(lower)) {
                return false;
            }
        }
        return true;
    }
}
