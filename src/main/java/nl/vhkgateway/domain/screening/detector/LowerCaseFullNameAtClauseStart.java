package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 11 rule: a full name typed in lower case at a clause start, before a finite verb ("bram smit zit in groep 7",
 * "en sanne de boer gaat elk weekend"). A listed given name that is no common word, optional particles, a listed
 * surname (which may also be a word: "smit", "bakker", "visser"), then a finite verb; at the start of the text, after
 * a full stop, comma, colon, semicolon or quote, or after a coordinating word ("en", "maar", "want", "dus"). Two words
 * that are no given name and surname stay ("roos bloeit", "thuis zit ze"). Stateless.
 */
final class LowerCaseFullNameAtClauseStart {

    private static final Set<String> OPENERS = WordSets.of("en", "maar", "want", "dus", "toen", "ook");
    /** Finite verbs that follow a subject, besides the verbs of persons. */
    private static final Set<String> FINITE = Set.of("is", "was", "zit", "zat", "staat", "stond", "ligt", "lag",
            "blijft", "bleef", "wordt", "werd", "loopt", "liep", "heeft", "had", "gaat", "ging", "komt", "kwam",
            "krijgt", "kreeg", "mag", "moet", "kan", "wil", "zal", "zou", "kon", "wilde", "moest", "mocht", "doet",
            "deed", "leert", "leerde", "kijkt", "keek", "zwijgt", "spijbelt", "woont", "werkt", "speelt", "zegt");
    private static final int MAX_PARTICLES = 3;

    private LowerCaseFullNameAtClauseStart() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || t.capitalised() || !clauseStart(tokens, i) || !givenName(words, t.lower())) {
                continue;
            }
            int k = i + 1;
            while (k < n && k <= i + MAX_PARTICLES && tokens.get(k).isWord() && !tokens.get(k).capitalised()
                    && words.isTussenvoegsel(tokens.get(k).lower())) {
                k++;
            }
            if (k + 1 >= n || !tokens.get(k).isWord() || tokens.get(k).capitalised() || !surname(words, tokens.get(k).lower(), k > i + 1)
                    || !tokens.get(k + 1).isWord() || !finiteVerb(tokens.get(k + 1).lower())
                    || properPhrase(tokens, words, i, k)) {
                continue;
            }
            for (int m = i; m <= k; m++) {
                flag[m] = true;
            }
        }
    }

    /** The words are an organisation or a proper phrase written in lower case ("jeroen bosch heeft"). */
    static boolean properPhrase(List<Token> tokens, WordLists words, int from, int to) {
        if (words.allowed().match(tokens, from).length() >= to - from + 1) {
            return true;
        }
        StringBuilder phrase = new StringBuilder();
        for (int m = from; m <= to; m++) {
            phrase.append(m > from ? " " : "").append(tokens.get(m).lower());
        }
        return words.isProperPhrase(phrase.toString());
    }

    private static boolean clauseStart(List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        Token p = tokens.get(i - 1);
        return p.is('.') || p.is(',') || p.is(':') || p.is(';') || p.is('"') || p.is('(') || p.is('-')
                || p.isWord() && OPENERS.contains(p.lower());
    }

    private static boolean givenName(WordLists words, String lower) {
        return lower.length() >= 3 && words.isFirstNameLower(lower) && !ordinary(words, lower)
                && !AddressedInQuote.isAddressWord(lower); // "honey bakker is de naam van de hond"
    }

    /** A listed surname; after particles also one that is a common word ("de jong", "van dijk"). */
    private static boolean surname(WordLists words, String lower, boolean afterParticle) {
        return lower.length() >= 3 && words.isSurname(NameClassifier.capitalise(lower))
                && (afterParticle ? !NameClassifier.isFunctionWord(lower) && !words.isKinOrRole(lower) : !ordinary(words, lower))
                && !finiteVerb(lower) && (afterParticle || !words.isPlaceInContext(lower));
    }

    private static boolean finiteVerb(String lower) {
        return FINITE.contains(lower) || PersonNameDetector.isPersonVerb(lower)
                || PersonEvidence.PERSON_ONLY_VERBS.contains(lower);
    }

    private static boolean ordinary(WordLists words, String lower) {
        return NameClassifier.isFunctionWord(lower) || words.isCommonWord(lower) || words.isKinOrRole(lower)
                || words.isTussenvoegsel(lower);
    }
}
