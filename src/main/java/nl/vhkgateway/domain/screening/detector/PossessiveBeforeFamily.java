package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 12 (telegram): a word with a possessive 's right before a family word is a person, whatever list holds the word
 * ("Vinh's broertjes", "Osman's moeder", "mo's zus"): a place, an organisation or a thing has no brothers or mother.
 * The family words are those of {@link CoverClauses#familyWord} (no professional's role: "Jumbo's bedrijfsleider" is no
 * family). Kin words, titles and function words with 's stay ("oma's broer", "mama's vriendin": plurals and
 * family words themselves), and so do dictionary plurals in any case ("Scenario's gezin", "Taxi's kinderen"), listed
 * organisations of the allow index and the English "kids" after a brand ("Zara's kids collectie"). Stateless.
 */
final class PossessiveBeforeFamily {

    private PossessiveBeforeFamily() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token t = tokens.get(i);
            Token next = tokens.get(i + 1);
            if (flag[i] || !t.isWord() || !LowerCasePossessive.genitive(t.text(), 4)
                    || t.allCaps() && t.text().length() <= 5 || !next.isWord() || next.capitalised()
                    || !CoverClauses.familyWord(next.lower(), words) || next.lower().equals("kids")) {
                continue;
            }
            String text = t.text();
            int len = text.length();
            String stem = WordLists.lower(text.substring(0, len - 2));
            if (stem.length() < 2 || !TelegramWords.letters(stem) || TelegramWords.ordinary(words, stem)
                    || CoverClauses.familyWord(stem, words) || words.allowed().containsWord(stem) && !words.isPlace(stem)
                    && !words.isAbroad(stem) || words.isWord(stem) && !words.isFirstNameLower(stem)) {
                continue;
            }
            flag[i] = true;
        }
    }
}
