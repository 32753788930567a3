package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.List;

/**
 * Round 11 rule: in a list of words with years ("sanne 2011, pieter 2013, gertje 2016"), when two or more items are
 * already names, the other items are names too, also a pet form that no list holds ("gertje", "wimpje"). An item is one
 * word and a year right after it, items are separated by a comma, a semicolon or "en". An item that is a word of the
 * dictionary (unless a pet form of a listed given name: "evertje") or a kin or role word stays ("moeder 1984, vader 1981", "groep 2016, brugklas 2022"). Stateless.
 */
final class NamesWithYearsInList {

    private static final int MIN_NAMES = 2;

    private NamesWithYearsInList() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        List<Integer> items = new ArrayList<>();
        int i = 0;
        while (i + 1 < n) {
            if (!item(tokens, i)) {
                i++;
                continue;
            }
            items.clear();
            items.add(i);
            int k = i + 2;
            while (k + 2 < n && separator(tokens.get(k)) && item(tokens, k + 1)) {
                items.add(k + 1);
                k += 3;
            }
            settle(tokens, words, flag, items);
            i = k;
        }
    }

    private static void settle(List<Token> tokens, WordLists words, boolean[] flag, List<Integer> items) {
        int names = 0;
        for (int item : items) {
            names += flag[item] ? 1 : 0;
        }
        if (names < MIN_NAMES || names == items.size()) {
            return;
        }
        for (int item : items) {
            String lower = WordLists.lower(tokens.get(item).text());
            if (!flag[item] && lower.length() >= 3 && lower.chars().allMatch(Character::isLetter)
                    && (!words.isWord(lower) || petForm(words, lower)) && !words.isKinOrRole(lower) && !NameClassifier.isFunctionWord(lower)
                    && !words.isPlaceInContext(lower) && !words.allowed().containsWord(lower)) {
                flag[item] = true;
            }
        }
    }

    /** A pet form of a listed given name ("evertje" of Evert, "wimpje" of Wim), which a dictionary may hold. */
    private static boolean petForm(WordLists words, String lower) {
        for (String suffix : new String[] {"etje", "tje", "pje", "je", "ke"}) {
            if (lower.endsWith(suffix) && lower.length() - suffix.length() >= 2
                    && words.isFirstName(NameClassifier.capitalise(lower.substring(0, lower.length() - suffix.length())))) {
                return true;
            }
        }
        return false;
    }

    /** A word and a year of four digits (19xx, 20xx) right after it. */
    private static boolean item(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || !tokens.get(i).isWord() || !tokens.get(i + 1).isNumber()) {
            return false;
        }
        String year = tokens.get(i + 1).text();
        return year.length() == 4 && (year.startsWith("19") || year.startsWith("20"));
    }

    private static boolean separator(Token t) {
        return t.is(',') || t.is(';') || t.isWord() && t.lower().equals("en");
    }
}
