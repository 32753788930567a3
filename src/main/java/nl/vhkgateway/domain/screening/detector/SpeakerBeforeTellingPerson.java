package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 23 (t23-items): a capitalised word at a clause start that a verb of telling joins to a person it tells
 * something to ("Nootdorp zei tegen de wijkagent dat ...", "Hulst vertelde tegen haar moeder ...", "Elst riep tegen
 * hem"): the speaker is a person, even when a list calls the word a village or a place that is also a name. A
 * village does not speak to a neighbourhood officer; a municipality that decides speaks to a plan or a thing ("Ommen
 * zei nee tegen het plan": "nee" between, no person after "tegen"). Read: the word right before the verb (zei, zegt,
 * vertelde, vertelt, riep, roept, schreeuwde, schreeuwt, beloofde, belooft, loog), then "tegen", an optional
 * determiner and a family or role word of {@code kin-roles.txt} or a personal pronoun (hem, haar, mij, me, jou).
 * The word must be no function, kin, role or title word, no listed organisation, and no town of the main place list
 * unless it is a listed surname too ("Ede zei tegen de ouders" stays a municipality's word); villages and the places
 * that are also names ({@code places-villages.txt}, {@code places-also-names.txt}) are surnames in this slot.
 * Stateless and thread-safe.
 */
final class SpeakerBeforeTellingPerson {

    private static final Set<String> TELLING = WordSets.of("zei", "zegt", "vertelde", "vertelt", "riep", "roept",
            "schreeuwde", "schreeuwt", "beloofde", "belooft", "loog", "liegt", "fluisterde", "snauwde", "klaagde");
    private static final Set<String> DETERMINERS = WordSets.of("de", "het", "een", "haar", "zijn", "z'n", "mijn",
            "hun", "d'r", "onze", "ons");
    private static final Set<String> PRONOUNS = WordSets.of("hem", "mij", "me", "jou");

    private SpeakerBeforeTellingPerson() {
    }

    static void flag(List<Token> tokens, boolean[] coveredOrganisation, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 3 < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || coveredOrganisation[i]
                    || !SurnameBeforeHomeAndCare.clauseStart(tokens, i)) {
                continue;
            }
            Token verb = tokens.get(i + 1);
            Token tegen = tokens.get(i + 2);
            if (!verb.isWord() || !TELLING.contains(verb.lower()) || !tegen.isWord() || !tegen.text().equals("tegen")
                    || !personAfter(tokens, i + 3, words) || !speaker(t, words)) {
                continue;
            }
            flag[i] = true;
        }
    }

    private static boolean speaker(Token t, WordLists words) {
        String lower = t.lower();
        if (NameClassifier.isFunctionWord(lower) || words.isKinOrRole(lower) || words.isTitle(lower)
                || words.isTussenvoegsel(lower) || t.text().length() < 3 || !TelegramWords.letters(lower)) {
            return false;
        }
        if (words.isDomesticPlace(lower)) {
            return words.isSurname(t.text());
        }
        return words.isVillage(lower) || words.isPlaceInContext(lower) || words.isName(t.text())
                || words.isWeakName(lower) || !words.isWord(lower);
    }

    private static boolean personAfter(List<Token> tokens, int k, WordLists words) {
        Token first = tokens.get(k);
        if (!first.isWord()) {
            return false;
        }
        if (PRONOUNS.contains(first.lower())) {
            return true; // "zei tegen hem"
        }
        boolean more = k + 1 < tokens.size() && tokens.get(k + 1).isWord();
        if (first.lower().equals("haar") && (!more || tokens.get(k + 1).lower().equals("dat"))) {
            return true; // "zei tegen haar dat", "riep tegen haar."
        }
        Token noun = DETERMINERS.contains(first.lower()) && more ? tokens.get(k + 1) : first;
        return noun.isWord() && words.isKinOrRole(noun.lower()) && !NameClassifier.isFunctionWord(noun.lower());
    }
}
