package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 14 (names): a family table row that gives the name first and the relation in the next cell ("GROOT ZEVERT | oom
 * | geen contact", "Bos | opa | ..."): a cell that opens the row or follows a bar, of one to three capitalised words
 * (particles between them allowed), before a cell that holds one relative's word (a kin word, no group or professional's
 * role). Two or more words count when a surname or given-name list holds each of them, also words a dictionary holds
 * ("GROOT ZEVERT": the pair is no Dutch phrase), unless every one is a frequent word ("GEEN IDEE | vader |"); one word
 * only when no dictionary holds it. Places, organisations, kin words, titles and function words never count ("UTRECHT
 * | oom |", "GGZ | moeder |", "Onbekend | vader |"), and so does a cell that holds a listed phrase of two or more words
 * ("Santa Cruz | tante", "Ronald McDonald Huis | moeder"). Stateless.
 */
final class NameCellBeforeRelativeCell {

    private static final int MAX_WORDS = 3;

    private NameCellBeforeRelativeCell() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            if (i > 0 && !tokens.get(i - 1).is('|') || !tokens.get(i).isWord()) {
                continue;
            }
            int k = i;
            int names = 0;
            boolean allCommon = true;
            boolean ok = true;
            while (k < n && tokens.get(k).isWord() && k - i < MAX_WORDS + 2) {
                Token t = tokens.get(k);
                String lower = t.lower();
                if (k > i && !t.capitalised() && words.isTussenvoegsel(lower)) {
                    k++;
                    continue;
                }
                if (!t.capitalised() || !nameWord(lower, words)) {
                    ok = false;
                    break;
                }
                allCommon &= words.isCommonWord(lower);
                names++;
                k++;
            }
            if (!ok || names == 0 || names > MAX_WORDS || k + 1 >= n || !tokens.get(k).is('|')
                    || !relativeCell(tokens, k + 1, words)) {
                continue;
            }
            if (names == 1 ? words.isWord(tokens.get(i).lower()) : allCommon) {
                continue;
            }
            if (phraseInside(tokens, i, k, words)) {
                continue; // "Santa Cruz | tante |", "Ronald McDonald Huis | moeder |": a listed place or organisation
            }
            for (int m = i; m < k; m++) {
                flag[m] = true;
            }
        }
    }

    private static boolean nameWord(String lower, WordLists words) {
        if (lower.length() < 2 || !TelegramWords.letters(lower) || NameClassifier.isFunctionWord(lower)
                || words.isKinOrRole(lower) || words.isTitle(lower) || words.isTussenvoegsel(lower)
                || TelegramWords.elsewhere(words, lower)) {
            return false;
        }
        String cap = NameClassifier.capitalise(lower);
        return words.isSurname(cap) || words.isFirstName(cap) || words.isWeakName(lower)
                || TelegramWords.wordOfNoList(words, lower);
    }

    /** A phrase of the allow lists (place, organisation, brand) of two or more words inside the cell. */
    private static boolean phraseInside(List<Token> tokens, int from, int to, WordLists words) {
        for (int m = from; m < to; m++) {
            int length = words.allowed().match(tokens, m).length();
            if (length >= 2 || length == 1 && to - from == 1) {
                return true;
            }
            length = words.allowed().matchWithoutDiacritics(tokens, m).length();
            if (length >= 2) {
                return true;
            }
        }
        return false;
    }

    /** "| oom |", "| oom" at the end, "| Stiefvader |": one relative's word fills the cell. */
    private static boolean relativeCell(List<Token> tokens, int k, WordLists words) {
        Token t = tokens.get(k);
        if (!t.isWord() || !CoverClauses.kinWord(t.lower(), words) || !words.isKinOrRole(t.lower())) {
            return false;
        }
        return k + 1 >= tokens.size() || tokens.get(k + 1).is('|');
    }
}
