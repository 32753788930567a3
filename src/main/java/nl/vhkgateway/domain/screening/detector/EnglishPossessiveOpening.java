package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 26 (t26-held): an English possessive that is a given name too opening an English sentence, in a quote of the
 * youth or a parent: "My parents don't know I told the teacher." ("My" is a Vietnamese and Scandinavian given name).
 * The word opens its sentence or quote, the next word is an English noun of family, home or school ({@link #NOUNS}:
 * "parents", "mom", "brother", "teacher") and another lower-case English word that is no Dutch word follows ("don't").
 * Stays: a Dutch sentence after it ("My zegt dat ze bang is", "My (8) speelt"), an English verb after it ("My loves
 * drawing", "My struggles with reading": the name as subject, review rb), a name after a kin word ("zusje My").
 * Stateless.
 */
final class EnglishPossessiveOpening {

    private static final Set<String> POSSESSIVES = Set.of("my", "our", "your", "his", "their");

    /** English nouns a youth's sentence puts after "my": family, home, school, body and belongings. */
    private static final Set<String> NOUNS = Set.of("parents", "parent", "mom", "mum", "mother", "dad", "father",
            "brother", "brothers", "sister", "sisters", "family", "teacher", "teachers", "friend", "friends",
            "boyfriend", "girlfriend", "stepdad", "stepmom", "stepfather", "stepmother", "grandma", "grandpa",
            "grandmother", "grandfather", "uncle", "aunt", "cousin", "home", "house", "room", "school", "phone", "life",
            "name", "head", "body", "class", "mom's", "dad's", "baby", "son", "daughter", "husband", "wife", "kids",
            "children", "child");

    private EnglishPossessiveOpening() {
    }

    static void unflag(List<Token> tokens, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !POSSESSIVES.contains(t.lower())
                    || !opens(tokens, i)) {
                continue;
            }
            Token noun = tokens.get(i + 1);
            if (noun.isWord() && !noun.capitalised() && NOUNS.contains(noun.lower()) && englishAfter(tokens, i + 2, words)) {
                flag[i] = false;
            }
        }
    }

    private static boolean opens(List<Token> tokens, int i) {
        if (i == 0 || tokens.get(i).sentenceStart()) {
            return true;
        }
        Token before = tokens.get(i - 1);
        return before.is('"') || before.is('“') || before.is('\'') || before.is('‘');
    }

    /** A second English-only word among the next four words of the sentence. */
    private static boolean englishAfter(List<Token> tokens, int k, WordLists words) {
        for (int j = k; j < tokens.size() && j < k + 4; j++) {
            Token t = tokens.get(j);
            if (t.endsSentence()) {
                return false;
            }
            if (englishOnly(t, words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean englishOnly(Token t, WordLists words) {
        return t.isWord() && !t.capitalised() && words.isWord(t.lower()) && !words.isDutchWord(t.lower());
    }
}
