package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 22 (t22-names): an abbreviated given name ({@code given-name-abbreviations.txt}: "Mhd", "Moh.", "Md.", "Mohd",
 * "Muh", the short forms of Muhammad/Mohammed) is a name where a name stands:
 * <ul>
 *   <li>before a capitalised word, with or without its period: "Moh. Yilmaz is de oom", "gesprek met Md. Rahman";
 *       both words;</li>
 *   <li>in a person's slot: after a word that takes a person ("mail van Mhd", "met Mhd", "door", "namens",
 *       "volgens", "aan"), a kin word or a form of address ("oom Mhd"), or before a person's verb ("Mhd belde").</li>
 * </ul>
 * The word must be capitalised and not in capitals ("MD" is a doctor's degree, "MHD" a code). Alone elsewhere ("zie
 * Md. 3") it stays. Stateless.
 */
final class AbbreviatedGivenName {

    private static final Set<String> ABBREVIATIONS = WordLists.lowerCaseSet("given-name-abbreviations.txt");
    private static final Set<String> PERSON_BEFORE = WordSets.of("van", "met", "door", "namens", "volgens", "aan",
            "tegen", "bij");
    private static final Set<String> PERSON_VERBS = WordSets.of("zegt", "zei", "belde", "belt", "mailde", "mailt",
            "appte", "appt", "schreef", "schrijft", "vertelt", "vertelde", "wil", "wilde", "heeft", "had", "is", "was",
            "komt", "kwam", "vindt", "vond", "vraagt", "vroeg");

    private AbbreviatedGivenName() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || !t.capitalised() || t.allCaps() || !ABBREVIATIONS.contains(t.lower())) {
                continue;
            }
            int next = i + 1 < n && tokens.get(i + 1).is('.') && !tokens.get(i + 1).spaceBefore() ? i + 2 : i + 1;
            if (next < n && tokens.get(next).isWord() && tokens.get(next).capitalised() && !tokens.get(next).allCaps()
                    && !words.isDutchWord(tokens.get(next).lower())) {
                flag[i] = true;
                flag[next] = true; // "Moh. Yilmaz", "Md Rahman"
                continue;
            }
            if (i > 0 && tokens.get(i - 1).isWord() && (PERSON_BEFORE.contains(tokens.get(i - 1).lower())
                    || words.isKinOrRole(tokens.get(i - 1).lower()) || words.isTitle(tokens.get(i - 1).lower()))
                    || next < n && tokens.get(next).isWord() && PERSON_VERBS.contains(tokens.get(next).lower())) {
                flag[i] = true; // "mail van Mhd", "Mhd belde"
            }
        }
    }
}
