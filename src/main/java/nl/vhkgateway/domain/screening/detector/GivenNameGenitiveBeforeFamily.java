package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 13 (r13-misses): a capitalised listed given name with the genitive s written without an apostrophe, right
 * before a lower-case family word, is a person even when the word is also a dictionary plural ("Merels moeder",
 * "Roels vader", "Wims zus": a blackbird has no mother in a card). Guards: the word is not in capitals, the stem
 * is a listed given name of at least three letters that is no family word, the family word is one of
 * {@link CoverClauses#familyWord} and not the English "kids", and the word has no apostrophe (that is
 * {@link PossessiveBeforeFamily}). Round 19 (r19-names): also before a lower-case word for a child's own teacher,
 * trainer, mentor or classmate ("Geertjes juf", "Sems mentor", "Lottes klasgenoot"): these are no family words (a
 * professional of the cover fields is named by them), but "Xs juf" says whose teacher, so X is the child; the stem's
 * guards are the same (a listed given name that is no dictionary word: "Dans juf" with "Dan" stays a dancing
 * teacher). Stateless.
 */
final class GivenNameGenitiveBeforeFamily {

    /** Round 19: a child's own professionals and classmates, named by whose they are. */
    private static final java.util.Set<String> CHILD_ROLES = WordSets.of("juf", "juffrouw", "meester", "mentor",
            "mentrix", "leerkracht", "trainer", "trainster", "coach", "gastouder", "klasgenoot", "klasgenote",
            "begeleider", "begeleidster", "voogd", "gezinsvoogd");

    private GivenNameGenitiveBeforeFamily() {
    }

    /**
     * Round 19: a child's role noun after the word, when the word is no given name, language or listed word itself
     * ("Frans juf", "Sint Lucas mentor" stay: the school subject, the school) and no "de", "het" or "Sint" stands
     * before it ("de Frans mentor").
     */
    private static boolean childRoleAfterGenitive(List<Token> tokens, int i, WordLists words) {
        Token t = tokens.get(i);
        if (!CHILD_ROLES.contains(tokens.get(i + 1).lower()) || words.isFirstName(t.text())
                || words.allowed().containsWord(t.lower())) {
            return false;
        }
        if (i > 0 && tokens.get(i - 1).isWord()) {
            String before = tokens.get(i - 1).lower();
            return !before.equals("de") && !before.equals("het") && !before.equals("sint") && !before.equals("st")
                    && !before.equals("een");
        }
        return !(i > 1 && tokens.get(i - 1).is('.') && tokens.get(i - 2).lower().equals("st"));
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || !t.isWord() || !t.capitalised() || t.allCaps()) {
                continue;
            }
            String text = t.text();
            int len = text.length();
            if (len < 4 || text.charAt(len - 1) != 's' || text.indexOf('\'') >= 0 || text.indexOf('’') >= 0) {
                continue;
            }
            Token next = tokens.get(i + 1);
            if (!next.isWord() || next.capitalised() || next.lower().equals("kids")
                    || !CoverClauses.familyWord(next.lower(), words) && !childRoleAfterGenitive(tokens, i, words)) {
                continue;
            }
            String stem = text.substring(0, len - 1);
            String stemLower = WordLists.lower(stem);
            if (!TelegramWords.letters(stemLower) || !words.isFirstName(stem) || words.isException(stem)
                    || CoverClauses.familyWord(stemLower, words) || CoverClauses.familyWord(t.lower(), words)) {
                continue;
            }
            flag[i] = true;
        }
    }
}
