package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 26 (t26-items): a listed given name that is also a word, opening a sentence (or a note after a label's colon)
 * before "leert"/"leerde" without an object pronoun: "Roos leert fietsen", "Doel 2: Merel leert haar post openen": the
 * child who learns. With an object pronoun after the verb the subject teaches ("Hoop leert ons door te gaan", "Kamp
 * leert hem zelfstandig te zijn": review ra, Rra-286/289), and a word that is no given name ("Ervaring leert dat ...",
 * "School leert ...") stays a noun. Stateless.
 */
final class GivenNameLearning {

    private static final Set<String> LEARN = WordSets.of("leert", "leerde");
    private static final Set<String> OBJECTS = WordSets.of("hem", "haar", "ons", "je", "jou", "jullie", "mij", "me",
            "hen", "hun", "ze", "zich", "het", "de", "een", "dat", "dit", "kinderen", "ouders", "mensen");

    private GivenNameLearning() {
    }

    static void flag(List<Token> tokens, boolean[] covered, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            Token t = tokens.get(i);
            Token verb = tokens.get(i + 1);
            Token after = tokens.get(i + 2);
            if (flag[i] || covered[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !verb.isWord()
                    || !LEARN.contains(verb.text()) || !(i == 0 || t.sentenceStart() || tokens.get(i - 1).is(':'))
                    || !words.isFirstName(t.text()) || words.isKinOrRole(t.lower())
                    || after.isWord() && OBJECTS.contains(after.lower())) {
                continue;
            }
            flag[i] = true;
        }
    }
}
