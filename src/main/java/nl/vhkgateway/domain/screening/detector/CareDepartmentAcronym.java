package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 25 rule (t25-cards): an acronym of a hospital or care department written in capitals after a kin word
 * ("Bernhoven (moeder SEH)", "vader PAAZ", "baby NICU"): the department the relative came to, no name in capitals.
 * The word must be written in capitals in text that is not shouted as a whole, stand right after a kin word, and be an
 * acronym of {@code care-department-acronyms.txt} that no given-name or surname list holds (a weak name of the
 * humannames list may be cleared: "seh"), and close its part of the sentence (a bracket, comma, semicolon or full stop
 * after it). "moeder ANS" (no department), "moeder Seh" (not in capitals), "Vader SEH belde" (a verb after it) and a
 * shouted text's words stay names. Stateless.
 */
final class CareDepartmentAcronym {

    private static final Set<String> ACRONYMS = WordLists.lowerCaseSet("care-department-acronyms.txt");

    private CareDepartmentAcronym() {
    }

    /** The word (lower case) is an acronym of {@code care-department-acronyms.txt}. */
    static boolean isAcronym(String lower) {
        return ACRONYMS.contains(lower);
    }

    static void unflag(String text, List<Token> tokens, int[] role, boolean[] flag, WordLists words, boolean shouted) {
        if (shouted) {
            return;
        }
        for (int k = 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!flag[k] || !t.isWord() || !writtenInCapitals(text, t) || t.text().length() < 2
                    || !ACRONYMS.contains(t.lower()) || (role[k - 1] & PersonNameDetector.KIN) == 0
                    || words.isFirstName(NameClassifier.capitalise(t.lower()))
                    || words.isSurname(NameClassifier.capitalise(t.lower())) || !closesPart(tokens, k)) {
                continue;
            }
            flag[k] = false;
        }
    }

    /** A bracket, comma, semicolon, full stop or the end follows: no verb makes the acronym a subject. */
    private static boolean closesPart(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(k + 1);
        return next.is(')') || next.is(',') || next.is(';') || next.is('.');
    }

    /** The word as the text writes it (the detector reads a name in capitals in Title Case) is in capitals. */
    static boolean writtenInCapitals(String text, Token t) {
        if (t.start() < 0 || t.end() > text.length()) {
            return false;
        }
        String written = text.substring(t.start(), t.end());
        return written.chars().allMatch(Character::isUpperCase);
    }
}
