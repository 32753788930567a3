package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 26 (t26-held): a given name of two syllables joined by a hyphen, the second in lower case, as Korean and
 * Chinese names are romanised ("Seo-yeon vertelt", "Ji-woo belde", "Xiao-mei zegt"), before a person's verb or after a
 * family word. The round-8 rule reads a capitalised word joined to a lower-case word by a hyphen as a thing
 * ("Rabobank-app", "Wi-fi"); a thing has a Dutch word in it. Here neither part nor the whole (with or without the
 * hyphen) is a Dutch word, a place or an organisation, the parts are short (two to five letters) and a person's verb
 * follows or a family word precedes. Stays: "Rabobank-app werkt", "Wi-fi werkt niet", "E-mail komt", a word of a
 * list of places or organisations ("Ho-chi ..."), and any such word without a person's verb or family word. Stateless.
 */
final class HyphenatedGivenName {

    private HyphenatedGivenName() {
    }

    static void flag(List<Token> tokens, boolean[] covered, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            Token first = tokens.get(i);
            Token dash = tokens.get(i + 1);
            Token second = tokens.get(i + 2);
            if (flag[i] || covered[i] || !first.isWord() || !first.capitalised() || first.allCaps()
                    || !dash.is('-') || dash.spaceBefore() || !second.isWord() || second.spaceBefore()
                    || second.capitalised() || !syllable(first.lower()) || !syllable(second.lower())
                    || i + 3 < n && tokens.get(i + 3).is('-') || i > 0 && tokens.get(i - 1).is('-')) {
                continue;
            }
            String a = first.lower();
            String b = second.lower();
            if (words.isWord(a) || words.isWord(b) || words.isWord(a + b) || words.isWord(a + "-" + b)
                    || words.isPlace(a) || words.isPlace(a + "-" + b) || words.allowed().match(tokens, i).length() > 0) {
                continue;
            }
            boolean verbAfter = i + 3 < n && tokens.get(i + 3).isWord()
                    && PersonNameDetector.isPersonVerb(tokens.get(i + 3).lower());
            boolean kinBefore = i > 0 && tokens.get(i - 1).isWord() && words.isKinOrRole(tokens.get(i - 1).lower())
                    && !BirthDateDetector.PROFESSIONAL_ROLES.contains(tokens.get(i - 1).lower());
            if (verbAfter || kinBefore) {
                flag[i] = true;
                flag[i + 1] = true;
                flag[i + 2] = true;
            }
        }
    }

    private static boolean syllable(String lower) {
        if (lower.length() < 2 || lower.length() > 5) {
            return false;
        }
        for (int k = 0; k < lower.length(); k++) {
            if (!Character.isLetter(lower.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
