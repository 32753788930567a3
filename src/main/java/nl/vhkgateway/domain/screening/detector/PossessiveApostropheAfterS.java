package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 13 (names): a name ending in s, x or z with only an apostrophe as its possessive ("Kuipers' nieuwe vriendin",
 * "Thijs' kamer", "Alex' moeder", "kuipers' vriend"). Dutch writes this apostrophe only after a proper name, so a
 * capitalised word with it before a family word or a thing of a person's own life ({@link LowerCasePossessive#OWN}),
 * with at most one adjective between, is a name when a name list holds it, also one that is a word too ("Kuipers",
 * "Visser"); a lower-case word must be a listed name that no dictionary holds. Places, organisations, kin and role
 * words, titles and function words stay ("Philips' directeur", "ouders' kamer"), and so do saints ("Sint Nicolaas'
 * verjaardag"), and so do words in quotes closed by
 * the apostrophe before another noun ("'Thuis' gedrag" has a space before the quote). Stateless.
 */
final class PossessiveApostropheAfterS {

    private static final java.util.Set<String> SAINTS = WordSets.of("sint", "st", "sinte", "heilige", "h", "saint");

    private PossessiveApostropheAfterS() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            Token t = tokens.get(i);
            Token apostrophe = tokens.get(i + 1);
            if (flag[i] || !t.isWord() || !(apostrophe.is('\'') || apostrophe.is('’')) || apostrophe.spaceBefore()
                    || !tokens.get(i + 2).spaceBefore() || t.text().length() < 3 || !sibilant(t.text())) {
                continue;
            }
            if (i > 0 && (tokens.get(i - 1).is('\'') || tokens.get(i - 1).is('’') || tokens.get(i - 1).is('‘'))) {
                continue; // a word in single quotes
            }
            if (i > 0 && tokens.get(i - 1).isWord() && SAINTS.contains(tokens.get(i - 1).lower())) {
                continue; // "Sint Nicolaas' verjaardag": a saint's feast, church or school
            }
            if (!ownedAfter(tokens, words, i + 2)) {
                continue;
            }
            String lower = t.lower();
            if (!TelegramWords.letters(lower) || TelegramWords.ordinary(words, lower) || TelegramWords.elsewhere(words, lower)
                    || CoverClauses.familyWord(lower, words) || t.allCaps() && lower.length() <= 4) {
                continue;
            }
            boolean name = t.capitalised()
                    ? words.isName(NameClassifier.capitalise(lower)) || words.isWeakName(lower)
                    : TelegramWords.listedName(words, lower)
                            || LowerCaseSurnameAfterPreposition.surname(words, lower) && !words.isWord(lower);
            if (name) {
                flag[i] = true;
            }
        }
    }

    private static boolean sibilant(String text) {
        char last = Character.toLowerCase(text.charAt(text.length() - 1));
        return last == 's' || last == 'x' || last == 'z';
    }

    /** A family word or a thing of a person's own life, right after or after one adjective in -e. */
    private static boolean ownedAfter(List<Token> tokens, WordLists words, int k) {
        for (int m = k; m < Math.min(tokens.size(), k + 2); m++) {
            Token w = tokens.get(m);
            if (!w.isWord() || w.capitalised()) {
                return false;
            }
            String lower = w.lower();
            if (LowerCasePossessive.OWN.contains(lower) || CoverClauses.familyWord(lower, words)) {
                return true;
            }
            if (!lower.endsWith("e") || !words.isDutchWord(lower)) {
                return false;
            }
        }
        return false;
    }
}
