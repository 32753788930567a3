package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 14 rule (r14-numbers): a feast or event named right after a preposition of time and explained by its date in
 * an apposition is no name: "Op Timket, 19 januari 2026, was het gezin in de kerk.", "Tijdens Meskel, 27-09-2025,
 * ...", "Rond Genna, 7 januari, ...". Holidays are allowed text (card-format.md), and no list holds every feast of
 * every community. The word must follow "op", "tijdens" or "rond" (which take a day, not a person, before a date),
 * be one capitalised word (or two joined by a hyphen), and be followed at once by a comma and a date (a day and a month,
 * with or without a year). Guards: a listed given name or surname (also of the large list) stays ("Op Sanne, 12 maart
 * ..." is too odd to trust), a word
 * after a kin word or title stays, a bracket after the word keeps it (a birth date in brackets after a name: "na Ahmed
 * (12-03-2015)"), and "na", "voor", "met", "bij" are not among the prepositions (they take persons). Stateless.
 */
final class EventNameBeforeDate {

    private static final Set<String> TIME_PREPOSITIONS = Set.of("op", "tijdens", "rond", "rondom");

    private EventNameBeforeDate() {
    }

    static void unflag(String text, List<Token> tokens, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 1; i + 2 < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || words.isName(NameClassifier.capitalise(t.lower()))
                    || words.isWeakName(t.lower())) {
                continue;
            }
            Token before = tokens.get(i - 1);
            if (!before.isWord() || !TIME_PREPOSITIONS.contains(before.lower())) {
                continue;
            }
            int last = i;
            if (last + 2 < n && tokens.get(last + 1).is('-') && tokens.get(last + 2).isWord()
                    && tokens.get(last + 1).start() == t.end()) {
                last += 2; // "Eid-ul-Fitr" style compounds are one name
            }
            if (last + 1 >= n || !tokens.get(last + 1).is(',')) {
                continue;
            }
            int from = tokens.get(last + 1).end();
            if (dateRightAfter(text, from)) {
                for (int k = i; k <= last; k++) {
                    flag[k] = false;
                }
            }
        }
    }

    /** A date (with or without a year) starting within two spaces of {@code from}. */
    private static boolean dateRightAfter(String text, int from) {
        int end = Math.min(text.length(), from + 30);
        String window = text.substring(from, end);
        for (DateFinder.FoundDate d : DateFinder.find(window)) {
            if (d.start() <= 2 && window.substring(0, d.start()).isBlank()) {
                return true;
            }
        }
        return false;
    }
}
