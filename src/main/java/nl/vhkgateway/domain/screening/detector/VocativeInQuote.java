package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 26 (t26-items): a name called out at the start of a quote, before a comma and an order ("'Wietske, kom nu
 * naar beneden!' riep oma", "\"Gerritje, doe de deur dicht\""): the person addressed. A word of no dictionary opening a
 * quote is read as a compound or a typo by the sentence-start rules ("Jacomijntje" ends in "mijntje"); the comma and
 * the imperative after it make it a vocative. The word must be of no dictionary and no word of address of {@code
 * address-words.txt} ("'Mattie, luister nou'": review ra, Rra-244). Counter-shapes that stay: a word of endearment or address from the dictionary ("'Schat, ga naar
 * boven!'", "'Jongens, kom eten'"), a family word ("'Mam, kom eens'"), a capitalised word without the order after
 * it ("'Hallo, hoe gaat het?'"). Stateless.
 */
final class VocativeInQuote {

    /** Frequent imperatives of Dutch orders to a child. */
    private static final Set<String> IMPERATIVES = WordSets.of("ga", "kom", "doe", "hou", "houd", "luister", "stop",
            "pak", "geef", "zit", "blijf", "kijk", "let", "wacht", "ruim", "eet", "help", "hoor", "zeg", "sta", "loop",
            "ren", "breng", "haal", "neem", "maak", "zet", "leg", "draai", "hup", "opschieten", "schiet", "wees");
    /** Words of address and endearment ("mattie", "bro", "honey"): review ra, Rra-244. */
    private static final Set<String> ADDRESS_WORDS = WordLists.lowerCaseSet("address-words.txt");
    private static final Set<String> QUOTES = WordSets.of("'", "\"", "‘", "’", "“", "”", "„");

    private VocativeInQuote() {
    }

    static void flag(List<Token> tokens, int[] role, boolean[] coveredOrganisation, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 1; i + 2 < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || coveredOrganisation[i] || !t.isWord() || !t.capitalised() || t.allCaps()
                    || !QUOTES.contains(tokens.get(i - 1).text()) || !tokens.get(i + 1).is(',')
                    || (role[i] & PersonNameDetector.KIN) != 0 || words.isKinOrRole(t.lower())) {
                continue;
            }
            Token order = tokens.get(i + 2);
            if (!order.isWord() || order.capitalised() || !IMPERATIVES.contains(order.lower())) {
                continue;
            }
            String lower = t.lower();
            if (!words.isWord(lower) && !words.allowed().containsWord(lower) && !words.isPlace(lower)
                    && !ADDRESS_WORDS.contains(lower)) {
                flag[i] = true;
            }
        }
    }
}
