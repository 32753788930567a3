package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import nl.vhkgateway.domain.screening.detector.NameClassifier.WordClass;

/**
 * Round 16 (r16-names): a capitalised word that no list knows and that is written with a letter only Turkish and
 * Azerbaijani spelling uses (ğ, ı, ş, İ), as the subject of a Dutch finite verb: "AP: Ertuğrul levert loonstroken
 * aan", "Barış zegt dat ...", "Gülşen belt". At the start of a sentence or after a label a capital says nothing, so an
 * unlisted word there is left alone ("AP: Lumens plant", organisations of no list); these letters are no Dutch or
 * English spelling, and the places that have them are in the place lists ("Eskişehir", "Muğla" stay). The verb must
 * be Dutch (a Turkish quote goes on in Turkish: "Şimdi gel"). Stateless.
 */
final class TurkishLetterName {

    private TurkishLetterName() {
    }

    static void flag(List<Token> tokens, WordClass[] cls, boolean[] covered, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || covered[i] || !t.isWord() || !t.capitalised() || t.allCaps() || cls[i] != WordClass.UNKNOWN
                    || !turkishLetter(t.text()) || t.text().length() < 3 || placeOrOrganisation(t.text(), words)) {
                continue;
            }
            Token next = tokens.get(i + 1);
            if (next.isWord() && !next.capitalised() && dutchFiniteVerb(next.lower(), words)) {
                flag[i] = true;
            }
        }
    }

    /** "İstanbul", "Eskişehir": the word with its letters folded to Latin ones is a place or organisation of a list. */
    private static boolean placeOrOrganisation(String text, WordLists words) {
        String folded = WordLists.lower(text.replace('İ', 'I').replace('ı', 'i').replace('ş', 's').replace('Ş', 'S')
                .replace('ğ', 'g').replace('Ğ', 'G'));
        String lower = WordLists.lower(text);
        return words.isPlace(folded) || words.isPlace(lower) || words.allowed().containsWord(folded)
                || words.allowed().containsWord(lower);
    }

    static boolean turkishLetter(String text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == 'ğ' || c == 'ı' || c == 'ş' || c == 'İ' || c == 'Ş' || c == 'Ğ') {
                return true;
            }
        }
        return false;
    }

    /** A finite verb of the third person: of the opening-note list, or a Dutch word in -t whose stem is a word too. */
    private static boolean dutchFiniteVerb(String lower, WordLists words) {
        return LowerCaseGivenNameOpeningNote.VERBS.contains(lower) || lower.length() >= 4 && lower.endsWith("t")
                && words.isDutchWord(lower) && !NameClassifier.isFunctionWord(lower) && !words.isKinOrRole(lower)
                && words.isDutchWord(lower.substring(0, lower.length() - 1));
    }
}
