package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 11 rule: a name in capitals (or capitalised) right before a relative or role in brackets is a person
 * ("JOAO (vader) zegt", "volgens KIM BROUWER (moeder)", "DIRK VOS (stiefvader)"). The words before the brackets are
 * taken from right to left while each is a listed name or no word of the dictionary, with particles between them
 * ("ANOUK DE GRAAF"); the first word inside the brackets is a kin or role word in lower case, and the brackets close
 * or go on with "van". Places ("MAROKKO (vader)"), organisations and allowed words ("GGZ (vader)", "RVDK (vader)"),
 * kin words, words without a vowel ("NB (moeder)") and ordinary words ("TOESTEMMING (vader): ja") stay, and so do
 * acronyms of up to four letters that are no listed name ("VOG (vader)"). In a list after a label ("Betrokken: FIOM
 * (moeder) en SIRIZ (moeder)", "Herkomst: TIGRAY (moeder)") only listed names that are no dictionary word count.
 * Stateless.
 */
final class CapitalsBeforeRelative {

    private static final int MAX_WORDS = 4;

    private CapitalsBeforeRelative() {
    }

    static void flag(List<Token> tokens, int[] role, boolean[] coveredOrg, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int open = 1; open + 2 < n; open++) {
            if (!tokens.get(open).is('(') || !relativeInside(tokens, role, words, open)) {
                continue;
            }
            boolean labelList = afterLabel(tokens, open);
            int first = open;
            int k = open - 1;
            int taken = 0;
            while (k >= 0 && taken < MAX_WORDS && tokens.get(k).isWord()) {
                Token t = tokens.get(k);
                String lower = WordLists.lower(t.text());
                if (taken > 0 && words.isTussenvoegsel(lower) && k > 0
                        && nameWord(tokens.get(k - 1), coveredOrg[k - 1], words, labelList)) {
                    k--; // "DE" in "ANOUK DE GRAAF", "de" in "Anouk de Graaf"
                    continue;
                }
                if (!nameWord(t, coveredOrg[k], words, labelList)) {
                    break;
                }
                first = k;
                taken++;
                k--;
            }
            if (taken == 0 || !anyCapitals(tokens, first, open)) {
                continue; // capitalised words before a relative in brackets are read by the detector's own rules
            }
            for (int m = first; m < open; m++) {
                if (tokens.get(m).isWord()) {
                    flag[m] = true;
                }
            }
        }
    }

    /** "(vader)", "(moeder van de jeugdige)", "(oom, 45)": a lower-case kin or role word opens the brackets. */
    private static boolean relativeInside(List<Token> tokens, int[] role, WordLists words, int open) {
        Token inside = tokens.get(open + 1);
        if (!inside.isWord() || inside.capitalised() || !words.isKinOrRole(inside.lower())) {
            return false;
        }
        Token after = tokens.get(open + 2);
        return after.is(')') || after.is(',') || after.isWord() && after.lower().equals("van");
    }

    /** A colon before the words, in the same sentence: a "Label: X (kin), Y (kin)" list. */
    private static boolean afterLabel(List<Token> tokens, int open) {
        for (int k = open - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.is(':')) {
                return true;
            }
            if (t.is('.') || t.is('!') || t.is('?') || t.is(';')) {
                return false;
            }
        }
        return false;
    }

    private static boolean anyCapitals(List<Token> tokens, int from, int to) {
        for (int m = from; m < to; m++) {
            if (tokens.get(m).isWord() && tokens.get(m).allCaps() && tokens.get(m).text().length() >= 2) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised word that may be a name: a listed name, or no word, place, organisation or kin word at all. */
    private static boolean nameWord(Token t, boolean organisation, WordLists words, boolean labelList) {
        if (!t.isWord() || !t.capitalised() || organisation) {
            return false;
        }
        String lower = WordLists.lower(t.text());
        if (lower.length() < 2 || !hasVowel(lower) || NameClassifier.isFunctionWord(lower) || words.isKinOrRole(lower)
                || words.isTussenvoegsel(lower) || words.isPlaceInContext(lower) || words.isTitle(lower)) {
            return false;
        }
        boolean listed = words.isName(NameClassifier.capitalise(lower));
        if (labelList) {
            return listed && !words.isWord(lower);
        }
        if (listed) {
            return true;
        }
        if (t.allCaps() && lower.length() <= 4 && !words.isWeakName(lower)
                && lower.chars().filter(c -> "aeiou".indexOf(c) >= 0).count() <= 2) {
            return false; // an acronym ("VOG", "FIOM"), not a short name of vowels ("JOAO")
        }
        return lower.length() >= 3 && !words.isWord(lower) && !words.allowed().containsWord(lower)
                && lower.chars().allMatch(Character::isLetter);
    }

    private static boolean hasVowel(String lower) {
        for (int k = 0; k < lower.length(); k++) {
            if ("aeiouyáéíóúãõâêôàèëïöü".indexOf(lower.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
