package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 13 (names): a given name in lower case as the subject right after a verb of saying in inverted order ("toen
 * zei bram dat hij bang was", "gisteren vertelde roos: ...", "vroeg kees tegen de juf"). The word after the verb must be
 * a listed given name, also one that is a word ("bram", "roos"), but no frequent word, kin or role word, pronoun,
 * place or organisation, and "dat", "tegen" or a colon must follow it: "zei moeder dat", "zegt school dat", "zei hoop
 * te hebben" and role nouns without an article ("vertelde buddy dat") stay. Stateless.
 */
final class InvertedSubjectAfterReport {

    private static final Set<String> SAYING = WordSets.of("zei", "zegt", "zeggen", "vertelt", "vertelde", "riep", "roept",
            "vroeg", "vraagt", "antwoordde", "antwoordt", "schreeuwde", "schreeuwt", "fluisterde", "fluistert", "huilde",
            "meldde", "meldt", "gaf", "geeft", "appte", "appt", "schreef", "schrijft", "beweerde", "beweert");
    private static final Set<String> AFTER = WordSets.of("dat", "tegen");
    /** Role nouns written without an article that name lists hold too ("vertelde buddy dat", "zei coach dat"). */
    private static final Set<String> ROLE_NOUNS = WordSets.of("buddy", "coach", "nanny", "maatje", "tutor", "trainer",
            "oppas", "gastouder", "begeleider", "sensei", "boss", "baas", "chef");

    private InvertedSubjectAfterReport() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 1; i + 1 < n; i++) {
            Token t = tokens.get(i);
            Token verb = tokens.get(i - 1);
            Token after = tokens.get(i + 1);
            if (flag[i] || !t.isWord() || t.capitalised() || t.text().length() < 3 || !verb.isWord()
                    || !SAYING.contains(verb.lower())
                    || !(after.is(':') || after.isWord() && AFTER.contains(after.lower()))) {
                continue;
            }
            String lower = t.lower();
            if (words.isFirstNameLower(lower) && !ROLE_NOUNS.contains(lower)
                    && TelegramWords.listedGivenName(words, lower) && !words.isCommonWord(lower)
                    && !CareNoteAbbreviation.listed(lower)) {
                flag[i] = true;
            }
        }
    }
}
