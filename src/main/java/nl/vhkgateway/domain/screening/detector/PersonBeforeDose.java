package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;
import nl.vhkgateway.domain.screening.detector.NameClassifier.WordClass;

/**
 * Round 15 (names): a person's name before a number and a dose or frequency unit is not a medicine when it stands where
 * a person stands: right after a kin word or title ("Buurman Okonkwo 2 keer per week", "oma Jansen 1x per maand") or
 * as the object of a giving verb ("Moeder gaf Nakashima 5 ml", "geeft Ruben 2 tabletten"). Before this rule a
 * capitalised word before "5 ml" or "2 keer" was covered as a medicine whatever stood before it, so such a name got
 * through. Right after a title (mevrouw, meneer, dhr., mw.) any capitalised word of no list counts ("Mevrouw Mbeki 2x
 * per week"): a title is never followed by a medicine. Elsewhere the word must be a name of the lists (given name or surname, also one that is a Dutch word) or a weak name
 * (humannames) of no dictionary: a medicine's brand name of no list stays covered ("Moeder gaf Nurofen 5 ml",
 * "vader Xanax 0,5 mg" in telegram style), and so does a word in a list ("Medicatie: Nakashima 5 ml" is judged by
 * {@link MedicineBeforeDose}). Stateless.
 */
final class PersonBeforeDose {

    /** Verbs of giving whose indirect object (a person) can stand right before the dose. */
    private static final Set<String> GIVING = Set.of("gaf", "gaven", "geeft", "geef", "geven", "gegeven", "toegediend");

    private PersonBeforeDose() {
    }

    /** The word at {@code i} is a name in a person's slot, so a dose after it does not make it a medicine. */
    static boolean personSlot(List<Token> tokens, WordClass[] cls, int[] role, WordLists words, int i) {
        if (i == 0 || !tokens.get(i).isWord()) {
            return false;
        }
        boolean listed = nameOfLists(tokens.get(i), cls[i], words);
        Token prev = tokens.get(i - 1);
        if (listed && prev.isWord() && GIVING.contains(prev.lower())) {
            return true;
        }
        int k = i - 1;
        if (k > 0 && (tokens.get(k).is(':') || tokens.get(k).is('.'))) {
            k--; // "de buren: Okonkwo 1 sachet", "dhr. Mbeki 2x per week"
        }
        if (!tokens.get(k).isWord()) {
            return false;
        }
        if ((role[k] & PersonNameDetector.TITLE) != 0 && !tokens.get(k + 1).is(':')) {
            return listed || cls[i] == WordClass.UNKNOWN; // "mevrouw Mbeki 2x per week": no medicine after a title
        }
        return listed && (role[k] & PersonNameDetector.KIN) != 0;
    }

    private static boolean nameOfLists(Token t, WordClass c, WordLists words) {
        if (c == WordClass.NAME || c == WordClass.AMBIGUOUS_FIRST_NAME || c == WordClass.AMBIGUOUS_SURNAME) {
            return true;
        }
        String lower = t.lower();
        return c == WordClass.UNKNOWN && words.isWeakName(lower) && !words.isWord(lower);
    }
}
