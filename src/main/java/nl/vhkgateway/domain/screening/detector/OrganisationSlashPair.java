package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 12 rule (fix30): organisations written as a pair or chain with "/" inside brackets ("(Woonkracht10 /
 * Trivire)", "(Veilig Thuis / Kwadraad)"). A capitalised word that no list knows is cleared when "/" joins it to an
 * organisation: a listed organisation phrase, a capitalised brand of letters and digits ("Woonkracht10"), or an
 * organisation compound ("Woningstichting"), and the chain stands inside brackets. Guards: no name list holds the word
 * (nor a place that is also a name), nothing but the chain inside the brackets (no family word, title or age), no
 * person evidence around it. "(moeder / Jansen)", "(Veilig Thuis / Sanne)" stay names. Stateless.
 */
final class OrganisationSlashPair {

    private static final String[] HEADS = {"stichting", "corporatie", "groep", "zorg", "bank", "dienst", "team",
        "centrum", "huis", "wonen", "praktijk", "kliniek", "bureau"};

    private OrganisationSlashPair() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || !unknown(t, words)
                    || PlacesBySurroundings.personAround(tokens, role, words, i)) {
                continue;
            }
            int open = openBracket(tokens, i);
            int close = closeBracket(tokens, i);
            if (open < 0 || close < 0 || !onlyChain(tokens, role, words, open, close)) {
                continue;
            }
            boolean joined = i - 2 > open && tokens.get(i - 1).is('/') && organisationEndingAt(tokens, i - 2, words)
                    || i + 2 < close && tokens.get(i + 1).is('/') && organisationStartingAt(tokens, i + 2, words);
            if (joined) {
                flag[i] = false;
            }
        }
    }

    private static boolean unknown(Token t, WordLists words) {
        String lower = t.lower();
        return !RelativeGuard.listedName(t, words) && !PlacesBySurroundings.personListed(t, words)
                && !words.isWord(lower);
    }

    private static int openBracket(List<Token> tokens, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (tokens.get(k).is('(')) {
                return k;
            }
            if (tokens.get(k).is(')')) {
                return -1;
            }
        }
        return -1;
    }

    private static int closeBracket(List<Token> tokens, int i) {
        for (int k = i + 1; k < tokens.size(); k++) {
            if (tokens.get(k).is(')')) {
                return k;
            }
            if (tokens.get(k).is('(')) {
                return -1;
            }
        }
        return -1;
    }

    /** Inside the brackets only capitalised words, brands and "/": no family word, title, age or lower-case word. */
    private static boolean onlyChain(List<Token> tokens, int[] role, WordLists words, int open, int close) {
        boolean slash = false;
        for (int k = open + 1; k < close; k++) {
            Token t = tokens.get(k);
            if (t.is('/')) {
                slash = true;
            } else if (t.hasDigit() && Character.isUpperCase(t.text().charAt(0))) {
                continue;
            } else if (!t.isWord() || !t.capitalised() && !t.allCaps()
                    || (role[k] & (PersonNameDetector.KIN | PersonNameDetector.TITLE)) != 0
                    || words.isKinOrRole(t.lower()) || words.isTitle(t.lower())) {
                return false;
            }
        }
        return slash;
    }

    private static boolean organisationEndingAt(List<Token> tokens, int end, WordLists words) {
        if (organisationWord(tokens.get(end), words)) {
            return true;
        }
        for (int start = end; start >= 0 && start >= end - 6; start--) {
            PhraseIndex.Match m = words.allowed().match(tokens, start);
            if (m.kind() == PhraseIndex.Kind.ORGANISATION && start + m.length() - 1 == end) {
                return true;
            }
        }
        return false;
    }

    private static boolean organisationStartingAt(List<Token> tokens, int start, WordLists words) {
        return organisationWord(tokens.get(start), words)
                || words.allowed().match(tokens, start).kind() == PhraseIndex.Kind.ORGANISATION;
    }

    /** "Woonkracht10": a capitalised word of letters and digits; "Woningstichting": an organisation compound. */
    private static boolean organisationWord(Token t, WordLists words) {
        String lower = t.lower();
        if (lower.isEmpty() || !Character.isUpperCase(t.text().charAt(0)) || RelativeGuard.listedName(t, words)) {
            return false;
        }
        if (t.hasDigit() && Character.isLetter(lower.charAt(0)) && lower.chars().anyMatch(Character::isLetter)
                && lower.chars().allMatch(Character::isLetterOrDigit)
                && lower.chars().filter(Character::isLetter).count() >= 4) {
            return true;
        }
        for (String head : HEADS) {
            if (lower.endsWith(head) && lower.length() > head.length() + 2) {
                return true;
            }
        }
        return false;
    }
}
