package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 12 allow rule (r12-allow): Dutch writes an accented first letter as a plain capital ("Eén ernstig incident",
 * "Eèn keer"): the word's first letter loses its accent, so the lower-cased "eén" is in no list and the detector took
 * the word for a name. A capitalised word of letters only is cleared when it is in no name list and putting the accent
 * back on its first letter (é, è, ë, á, ó, ú, í) gives a word of the Dutch dictionary ("één"). Never with person
 * evidence around it ({@link PlacesBySurroundings#personAround}). Stateless.
 */
final class AccentlessCapital {

    private static final String PLAIN = "aeiou";
    private static final String[] ACCENTED = {"áàä", "éèë", "íìï", "óòö", "úùü"};

    private AccentlessCapital() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !accentRestored(t, words)
                    || PlacesBySurroundings.personListed(t, words)
                    || PlacesBySurroundings.personAround(tokens, role, words, i)) {
                continue;
            }
            flag[i] = false;
        }
    }

    private static boolean accentRestored(Token t, WordLists words) {
        String lower = t.lower();
        if (lower.length() < 2 || !lower.chars().allMatch(Character::isLetter) || words.isDutchWord(lower)) {
            return false;
        }
        int plain = PLAIN.indexOf(lower.charAt(0));
        if (plain < 0) {
            return false;
        }
        for (char accented : ACCENTED[plain].toCharArray()) {
            if (words.isDutchWord(accented + lower.substring(1))) {
                return true;
            }
        }
        return false;
    }
}
