package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 13 (names): a surname typed in lower case right after a preposition of a person in a telegram note ("afspr.
 * met lubbers verzet", "kind slaapt bij hadders", "melding door wolters"). The word must be a listed surname that no
 * Dutch dictionary, frequent-word, kin, title, particle, care-note, place or organisation list holds; the weak list
 * alone is no evidence here, as it holds kin words of other languages too ("bij tita in Den Haag"). "met spoed",
 * "bij zwolle", "bij lentis", "met mdr" stay. The word after it must be Dutch, punctuation or a number: English or
 * German text stays ("I met baker at school", "mit dich geben"). Stateless.
 */
final class LowerCaseSurnameAfterPreposition {

    /** Prepositions that take a person in a care note. */
    private static final Set<String> PREPOSITIONS = WordSets.of("met", "bij", "van", "door", "namens", "aan", "voor",
            "tegen", "via", "zonder");

    private LowerCaseSurnameAfterPreposition() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 1; i < n; i++) {
            Token t = tokens.get(i);
            Token before = tokens.get(i - 1);
            if (flag[i] || !t.isWord() || t.capitalised() || t.text().length() < 4 || !before.isWord()
                    || !PREPOSITIONS.contains(before.lower())) {
                continue;
            }
            String lower = t.lower();
            if (!surname(words, lower)) {
                continue;
            }
            if (!dutchAfter(tokens, words, i + 1)
                    || i >= 2 && tokens.get(i - 2).isWord() && ENGLISH_SUBJECTS.contains(tokens.get(i - 2).lower())) {
                continue; // a foreign sentence ("I met baker at school", "nicht aan dich geben")
            }
            flag[i] = true;
        }
    }

    /** A listed surname that no Dutch word, place or organisation list holds. */
    static boolean surname(WordLists words, String lower) {
        return TelegramWords.letters(lower)
                && words.isSurname(NameClassifier.capitalise(lower))
                && !words.isDutchWord(lower) && !TelegramWords.ordinary(words, lower)
                && !TelegramWords.elsewhere(words, lower) && !CareNoteAbbreviation.listed(lower);
    }

    /** Punctuation, a number or the end of the text, or a word that only the Dutch dictionary holds. */
    private static boolean dutchAfter(List<Token> tokens, WordLists words, int k) {
        if (k >= tokens.size() || !tokens.get(k).isWord()) {
            return true;
        }
        String next = tokens.get(k).lower();
        return words.isDutchWord(next) && !ENGLISH_FUNCTION.contains(next);
    }

    /** English words that a Dutch dictionary holds too ("at", "on"), read as English after a name. */
    private static final Set<String> ENGLISH_FUNCTION = WordSets.of("at", "on", "to", "and", "the", "of", "for", "with",
            "a", "an", "he", "she", "it", "they", "yesterday", "today", "last", "this");
    /** English subject pronouns: "I met baker", "we met wolters". */
    private static final Set<String> ENGLISH_SUBJECTS = WordSets.of("i", "we", "you", "they", "he", "she");
}
