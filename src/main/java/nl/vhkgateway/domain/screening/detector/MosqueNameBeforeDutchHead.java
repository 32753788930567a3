package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 25 rule (t25-new): a mosque named before the Dutch word "moskee" written in lower case ("de Mevlana moskee",
 * "Wijkteam, Eyup Sultan moskee, huisarts"), the Dutch form of {@link TurkishMosqueName}'s "Fatih Camii": one or two capitalised
 * words right before "moskee" name the mosque (mosques are named after saints, poets and sultans, so also a given
 * name: "de Fatih moskee").
 * <ul>
 * <li>Before the name: the article "de" (any name), or the start of the segment or sentence or a comma or semicolon of a
 * list for words that no name list holds (review ra: "Netwerk vader: buurman, Ilyas moskee, zus" is a person from the
 * mosque; {@link CardDeclaredInitials} reads a name the card writes as "de X moskee" as the mosque elsewhere).</li>
 * <li>No kin word, role or title before the name or among its words ("imam Yusuf moskee", "oom Ali moskee"), no family word
 * or age in brackets after "moskee" (an apposition after a comma is the list's next item: ", huisarts"), no hyphen glued after it ("moskee-bestuur").</li>
 * </ul>
 * Stays a person: a comma or bracket between the name and "moskee" ("Yusuf, moskee-bestuur"), after a verb or
 * preposition ("met Yusuf moskee bezocht"), in capitals. Stateless.
 */
final class MosqueNameBeforeDutchHead {

    private static final Set<String> HEADS = WordSets.of("moskee");
    private static final int MAX_WORDS = 2;

    private MosqueNameBeforeDutchHead() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words, boolean shouted) {
        if (shouted) {
            return;
        }
        int n = tokens.size();
        for (int h = 1; h < n; h++) {
            Token head = tokens.get(h);
            if (!head.isWord() || head.capitalised() || !HEADS.contains(head.lower())
                    || h + 1 < n && tokens.get(h + 1).is('(') && RelativeGuard.familyAfter(tokens, words, h)
                    || h + 1 < n && tokens.get(h + 1).is('-') && !tokens.get(h + 1).spaceBefore()) {
                continue;
            }
            int first = TurkishMosqueName.nameStart(tokens, h, MAX_WORDS);
            if (first == h || !opener(tokens, first) || RelativeGuard.kinBefore(tokens, role, words, first)) {
                continue;
            }
            boolean afterDe = first > 0 && tokens.get(first - 1).isWord() && tokens.get(first - 1).lower().equals("de");
            boolean person = false;
            for (int k = first; k < h; k++) {
                // review ra (Rra-211..215): after a comma, semicolon or at the start a listed name before "moskee" is a
                // network person ("Ilyas moskee", "buurman, Yusuf moskee"); only "de" makes it the mosque's name
                person |= !afterDe && RelativeGuard.listedName(tokens.get(k), words);
                String lower = tokens.get(k).lower();
                person |= (role[k] & (PersonNameDetector.KIN | PersonNameDetector.TITLE)) != 0
                        || words.isKinOrRole(lower) || words.isTitle(lower);
            }
            if (!person) {
                for (int k = first; k < h; k++) {
                    flag[k] = false;
                }
            }
        }
    }

    /** The article "de" right before, the start of the segment or sentence, or a comma or semicolon of a list. */
    private static boolean opener(List<Token> tokens, int first) {
        if (first == 0 || tokens.get(first).sentenceStart()) {
            return true;
        }
        Token before = tokens.get(first - 1);
        return before.is(',') || before.is(';') || before.isWord() && before.lower().equals("de");
    }
}
