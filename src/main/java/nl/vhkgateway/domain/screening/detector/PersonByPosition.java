package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;
import nl.vhkgateway.domain.screening.detector.NameClassifier.WordClass;

/**
 * Round 8 rules: a person by the position of a word, where the word lists call it something else.
 * <ul>
 * <li>An apposition that names the relative just described: "De vriend van moeder, Zwaan, is 22", "Grootmoeder langs
 * vaderskant, Godelieve, spreekt ...": a single capitalised word between two commas, right after a phrase with a family
 * word, and followed by a lower-case word that continues the sentence (not a list: "en", "of").</li>
 * <li>Two given names in lower case joined by "en" at the start of a dictated sentence, as the subject of a plural
 * verb of a person: "jasmijn en linde slapen samen", "noor en bram gaan ...".</li>
 * </ul>
 */
final class PersonByPosition {

    /** Plural verbs (and auxiliaries) of persons after a subject of two names. */
    private static final Set<String> PLURAL_PERSON_VERBS = Set.of("slapen", "sliepen", "gaan", "gingen", "zijn",
            "waren", "hebben", "hadden", "willen", "wilden", "spelen", "speelden", "wonen", "woonden", "zitten",
            "zaten", "komen", "kwamen", "lopen", "liepen", "huilen", "huilden", "vertellen", "vertelden", "zeggen",
            "zeiden", "moeten", "moesten", "mogen", "mochten", "kunnen", "konden", "krijgen", "kregen", "eten",
            "aten", "logeren", "logeerden", "durven", "durfden", "maken", "maakten", "vinden", "vonden", "praten",
            "praatten", "ruziën", "ruzieden", "missen", "misten", "blijven", "bleven", "delen", "deelden");

    private PersonByPosition() {
    }

    /** The apposition rule; {@code family} tells whether a lower-case word is a family word. */
    static boolean apposition(List<Token> tokens, WordClass[] cls, boolean[] coveredOrganisation, int i,
                              java.util.function.Predicate<String> family) {
        int n = tokens.size();
        if (i < 2 || i + 2 >= n || !tokens.get(i - 1).is(',') || !tokens.get(i + 1).is(',')
                || coveredOrganisation[i] || tokens.get(i).allCaps()) {
            return false;
        }
        WordClass c = cls[i];
        if (c != WordClass.NAME && c != WordClass.UNKNOWN && c != WordClass.AMBIGUOUS_FIRST_NAME
                && c != WordClass.AMBIGUOUS_SURNAME && c != WordClass.DICTIONARY) {
            return false;
        }
        Token after = tokens.get(i + 2);
        if (!after.isWord() || after.capitalised() || after.text().equals("en") || after.text().equals("of")) {
            return false;
        }
        for (int p = i - 2; p >= 0 && p >= i - 5; p--) {
            Token w = tokens.get(p);
            if (!w.isWord()) {
                return false;
            }
            if (family.test(w.lower())) {
                return true;
            }
        }
        return false;
    }

    /** The lower-case pair rule: flags both names. */
    static void lowerCasePair(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        if (n < 4) {
            return;
        }
        Token a = tokens.get(0);
        Token and = tokens.get(1);
        Token b = tokens.get(2);
        Token verb = tokens.get(3);
        if (!a.isWord() || !b.isWord() || !and.isWord() || !verb.isWord() || a.capitalised() || b.capitalised()
                || !and.text().equals("en") || !PLURAL_PERSON_VERBS.contains(verb.lower())) {
            return;
        }
        if (givenName(a, words) && givenName(b, words)) {
            flag[0] = true;
            flag[2] = true;
        }
    }

    private static boolean givenName(Token t, WordLists words) {
        String lower = t.lower();
        return lower.length() >= 3 && words.isFirstName(NameClassifier.capitalise(lower))
                && !NameClassifier.isFunctionWord(lower) && !words.isKinOrRole(lower) && !words.isCommonWord(lower);
    }
}
