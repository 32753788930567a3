package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Round 12 (telegram): the quick list after a family label and a colon ("kids: wei, lihua en de baby", "broers: minh
 * tuan, quoc bao"). The items (one or two words, separated by commas, "en", "&", "+" or "/") are names when each word is
 * a listed given name that is no word, a pet name, or a Chinese given name in pinyin that no list holds ("lihua"); an
 * item of listed given names that a dictionary also holds ("wei", "bo") counts only beside such an item, and a list of
 * one item is no list (weak names, brands, schools, drugs and abbreviations stay: "kinderen: montessori, jenaplan",
 * "kinderen: isk, oudste op het mbo", "kinderen: moncler, gucci"). The list ends at the first item that is no name: an article,
 * number, pronoun or ordinary word ("kinderen: geen", "kids: allebei op school", "kinderen: 3", "broers: onbekend").
 * Stateless.
 */
final class NamesAfterFamilyLabel {

    /** Labels of a group of family members, before a colon. */
    private static final Set<String> LABELS = WordSets.of("kids", "kinderen", "kind", "kinders", "broers", "zussen",
            "zusjes", "broertjes", "broer", "zus", "zusje", "broertje", "brusjes", "brussen", "siblings",
            "kleinkinderen", "stiefkinderen", "pleegkinderen", "halfbroers", "halfzussen", "neven", "nichten",
            "nichtjes", "neefjes", "ooms", "tantes", "gezinsleden", "huisgenoten", "children");
    private static final int MAX_ITEM_WORDS = 2;

    private NamesAfterFamilyLabel() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            Token label = tokens.get(i);
            if (!tokens.get(i + 1).is(':') || !label.isWord() || !LABELS.contains(label.lower())
                    || i > 0 && tokens.get(i - 1).isWord()) {
                continue;
            }
            list(tokens, words, flag, i + 2);
        }
    }

    private static void list(List<Token> tokens, WordLists words, boolean[] flag, int from) {
        int n = tokens.size();
        List<int[]> strong = new ArrayList<>();
        List<int[]> weak = new ArrayList<>();
        List<int[]> unknown = new ArrayList<>();
        int k = from;
        while (k < n) {
            int end = k;
            while (end < n && tokens.get(end).isWord() && !separator(tokens.get(end)) && end - k < MAX_ITEM_WORDS + 1) {
                end++;
            }
            int size = end - k;
            if (size == 0 || size > MAX_ITEM_WORDS || end < n && !separator(tokens.get(end)) && !listEnd(tokens.get(end))) {
                break;
            }
            boolean allStrong = true;
            boolean allNames = true;
            boolean allKnown = true;
            for (int m = k; m < end; m++) {
                String lower = tokens.get(m).lower();
                // strong: a listed given name that is no word, a pet name, or a Chinese given name in pinyin
                boolean s = strongName(words, tokens.get(m), lower);
                boolean listed = s || TelegramWords.listedGivenName(words, lower) && lower.length() >= 2;
                allStrong &= s;
                allKnown &= listed;
                // round 13 (names): a given name of no list ("oliwka") counts beside listed names
                allNames &= listed || TelegramWords.wordOfNoList(words, lower);
            }
            if (!allNames) {
                break;
            }
            (allStrong ? strong : allKnown ? weak : unknown).add(new int[] {k, end});
            if (end >= n || !separator(tokens.get(end))) {
                break;
            }
            k = end + 1;
        }
        if (strong.isEmpty() && (weak.isEmpty() || unknown.isEmpty()) || strong.size() + weak.size() + unknown.size() < 2) {
            return; // one item alone is no list of names ("kinderen: Jitsi", "zussen: montessori")
        }
        if (strong.size() + weak.size() < unknown.size()) {
            unknown.clear(); // round 13 (names): words of no list need as many listed names beside them
            if (strong.isEmpty() || strong.size() + weak.size() < 2) {
                return;
            }
        }
        for (List<int[]> items : List.of(strong, weak, unknown)) {
            for (int[] item : items) {
                for (int m = item[0]; m < item[1]; m++) {
                    flag[m] = true;
                }
            }
        }
    }

    private static boolean strongName(WordLists words, Token t, String lower) {
        if (TelegramWords.ordinary(words, lower) || TelegramWords.elsewhere(words, lower) || !TelegramWords.letters(lower)) {
            return false;
        }
        if (t.capitalised()) {
            return words.isFirstName(t.text()) && !words.isWord(lower);
        }
        return words.isFirstNameLower(lower) && !words.isWord(lower) || TelegramWords.petName(words, lower)
                || TelegramWords.wordOfNoList(words, lower) && TelegramWords.pinyinName(lower);
    }

    /** Punctuation that ends the list: a period, semicolon or dash ("kids: a, b, c - alle 3 thuis"). */
    private static boolean listEnd(Token t) {
        return t.is('.') || t.is(';') || t.is('-') || t.is('–') || t.is('—');
    }

    private static boolean separator(Token t) {
        return t.is(',') || t.is('&') || t.is('+') || t.is('/') || t.isWord() && t.lower().equals("en");
    }
}
