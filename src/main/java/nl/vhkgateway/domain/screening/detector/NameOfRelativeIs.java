package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 24 (t24-new): a sentence that gives a person's name as such, "X is de naam van" a family member or role ("De
 * Pauw is de naam van de nieuwe partner van moeder", "Vermeulen is de achternaam van de stiefvader", "Kees was de
 * roepnaam van opa"), and the other way round, "de (achter)naam van" a family member or role "is X" ("De achternaam
 * van vader is Van Tol"). X is one or two capitalised words with up to three capitalised particles before them
 * ("De", "Van", "Van der"), at a clause start or closing the clause. After "van": an optional determiner or possessive,
 * up to two inflected adjectives ("nieuwe", "jongste", ending in -e) and a word of {@code kin-roles.txt}. Stays: the name of a thing, a
 * school, a street, a group or a pet ("De Regenboog is de naam van de school", "De naam van de wijk is De Schooten",
 * "De Regenboog is de naam van de school van zoon": the first noun after "van" is no family or role word), an
 * organisation's name the lists cover. Stateless and thread-safe.
 */
final class NameOfRelativeIs {

    private static final Set<String> NAME_NOUNS = WordSets.of("naam", "achternaam", "voornaam", "roepnaam",
            "familienaam", "bijnaam", "meisjesnaam", "geboortenaam", "koosnaam", "geslachtsnaam");
    private static final Set<String> COPULAS = WordSets.of("is", "was");
    private static final Set<String> DETERMINERS = WordSets.of("de", "het", "een", "haar", "zijn", "z'n", "mijn",
            "hun", "d'r", "onze", "ons");

    private NameOfRelativeIs() {
    }

    static void flag(List<Token> tokens, boolean[] covered, boolean[] coveredOrganisation, WordLists words,
                     boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 4 < n; i++) {
            Token noun = tokens.get(i);
            if (!noun.isWord() || !NAME_NOUNS.contains(noun.lower()) || !tokens.get(i + 1).isWord()
                    || !tokens.get(i + 1).lower().equals("van")) {
                continue;
            }
            int after = relativeAfter(tokens, i + 2, words);
            if (after < 0) {
                continue;
            }
            // "X is de naam van <relative>"
            if (i >= 3 && tokens.get(i - 1).isWord() && DETERMINERS.contains(tokens.get(i - 1).lower())
                    && tokens.get(i - 2).isWord() && COPULAS.contains(tokens.get(i - 2).lower())) {
                int end = i - 3;
                int start = nameStartBefore(tokens, end, covered, coveredOrganisation, words);
                if (start >= 0 && !plainWord(tokens, start, end, words)
                        && SurnameBeforeHomeAndCare.clauseStart(tokens, start)) {
                    mark(flag, start, end);
                }
            }
            // "de naam van <relative> is X"
            if (after + 1 < n && tokens.get(after).isWord() && COPULAS.contains(tokens.get(after).lower())) {
                int start = after + 1;
                if (start < n && tokens.get(start).is(':')) {
                    start++;
                }
                int end = nameEndAfter(tokens, start, covered, coveredOrganisation, words);
                if (end >= 0 && !plainWord(tokens, start, end, words)
                        && (end + 1 == n || !tokens.get(end + 1).isWord())) {
                    mark(flag, start, end);
                }
            }
        }
    }

    /** Index right after the family or role word the phrase after "van" names, or -1. */
    private static int relativeAfter(List<Token> tokens, int k, WordLists words) {
        int n = tokens.size();
        if (k < n && tokens.get(k).isWord() && DETERMINERS.contains(tokens.get(k).lower())) {
            k++;
        }
        for (int extra = 0; extra <= 2 && k < n; extra++, k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || t.capitalised() && !words.isKinOrRole(t.lower())) {
                return -1;
            }
            if (words.isKinOrRole(t.lower()) && !NameClassifier.isFunctionWord(t.lower())) {
                // review rc: "de jongste groep", "de oudste klas": a superlative before a noun names no child
                if (t.lower().endsWith("ste") && k + 1 < n && tokens.get(k + 1).isWord()
                        && !COPULAS.contains(tokens.get(k + 1).lower())) {
                    return -1;
                }
                return k + 1;
            }
            if (!t.lower().endsWith("e") || NameClassifier.isFunctionWord(t.lower())) {
                return -1; // only an inflected adjective between ("nieuwe", "jongste"); "de school van zoon" is none
            }
        }
        return -1;
    }

    private static boolean namePart(Token t, boolean[] covered, boolean[] coveredOrganisation, int k,
                                    WordLists words) {
        String lower = t.lower();
        return t.isWord() && t.capitalised() && !t.allCaps() && t.text().length() >= 2 && !covered[k]
                && !coveredOrganisation[k] && !NameClassifier.isFunctionWord(lower) && !words.isKinOrRole(lower)
                && !words.isTitle(lower) && !words.isTussenvoegsel(lower);
    }

    private static boolean particle(Token t, WordLists words) {
        return t.isWord() && words.isTussenvoegsel(t.lower()) && !t.allCaps();
    }

    /** Start of a name of up to three particles and one or two capitalised words ending at {@code end}, or -1. */
    private static int nameStartBefore(List<Token> tokens, int end, boolean[] covered, boolean[] coveredOrganisation,
                                       WordLists words) {
        if (end < 0 || !namePart(tokens.get(end), covered, coveredOrganisation, end, words)) {
            return -1;
        }
        int start = end;
        if (start - 1 >= 0 && namePart(tokens.get(start - 1), covered, coveredOrganisation, start - 1, words)) {
            start--;
        }
        for (int p = 0; p < 3 && start - 1 >= 0 && particle(tokens.get(start - 1), words)
                && !coveredOrganisation[start - 1]; p++) {
            start--;
        }
        return start;
    }

    /** End of a name of up to three particles and one or two capitalised words starting at {@code start}, or -1. */
    private static int nameEndAfter(List<Token> tokens, int start, boolean[] covered, boolean[] coveredOrganisation,
                                    WordLists words) {
        int n = tokens.size();
        int k = start;
        for (int p = 0; p < 3 && k < n && particle(tokens.get(k), words) && !coveredOrganisation[k]; p++) {
            k++;
        }
        if (k >= n || !namePart(tokens.get(k), covered, coveredOrganisation, k, words)) {
            return -1;
        }
        if (k + 1 < n && namePart(tokens.get(k + 1), covered, coveredOrganisation, k + 1, words)) {
            k++;
        }
        return k;
    }

    /** Review rc: one Dutch word that is no listed name ("Onbekend", "Gezondheidscentrum", "Kinderkliniek"). */
    private static boolean plainWord(List<Token> tokens, int start, int end, WordLists words) {
        Token t = tokens.get(end);
        return start == end && words.isWord(t.lower()) && !words.isName(t.text());
    }

    private static void mark(boolean[] flag, int start, int end) {
        for (int k = start; k <= end; k++) {
            flag[k] = true;
        }
    }
}
