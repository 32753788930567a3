package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Round 16 rule (r16-allow): a place put first and taken up by "daar" after a colon or a dash ("Sommelsdijk — daar
 * woont de peetoom", "Luttenberg en Haarle: daar zit de familie", "Bosnië: daar is vader geboren"). "daar" points
 * back to a location, so the words before it are places when the clause after "daar" is about living or coming from
 * somewhere. An unflag rule:
 * <ul>
 * <li>Shape: one to four capitalised words joined by "en" or "," open the sentence; right after them a colon or a
 * dash and "daar"; right after "daar" a verb of living or staying (woont, wonen, zit, verblijft, logeert ...), or
 * a form of "zijn" with "geboren" / "opgegroeid" later in the clause, or a verb of coming with "vandaan" later.</li>
 * <li>Members: every one a word a place list holds (places, places in context, villages, places abroad), or a word
 * of no list with a Dutch place-name ending ("Sommelsdijk"); one member of no place list, a listed surname among them
 * ("Kooistra en Haarle: daar verblijven de kinderen": at the Kooistra family's), keeps every flag.</li>
 * <li>Guards: never a listed given name or weak name (a chat line "Kees: daar woont mijn zus" names its speaker), a
 * single listed surname that no place list holds ("Jansen: daar woont hij"), a member with person evidence
 * around it ({@link PlacesBySurroundings#personAround}), a run after the period of an initial, title or kin word
 * ("Dhr. Rouveen: daar verblijft moeder").</li>
 * </ul>
 * Stateless.
 */
final class PlaceBeforeDaar {

    private static final Set<String> LIVING = WordSets.of("woont", "wonen", "woonde", "woonden", "zit", "zitten",
            "zat", "zaten", "verblijft", "verblijven", "verbleef", "verbleven", "logeert", "logeren", "logeerde");
    private static final Set<String> BE = WordSets.of("is", "was", "zijn", "waren", "werd", "werden");
    private static final Set<String> BORN = WordSets.of("geboren", "opgegroeid", "getogen");
    private static final Set<String> COME = WordSets.of("komt", "komen", "kwam", "kwamen");
    private static final Set<String> JOINERS = WordSets.of("en", ",");
    /** Endings of Dutch place names, as the word-list generator reads them ({@code TOPONYM_ENDING}), a short set. */
    private static final Pattern TOPONYM_ENDING = Pattern.compile(".{3,}(dijk|dorp|plaat|weer|wolde|woude|veen|"
            + "zijl|huizen|drecht|sluis|haven|kerk|kerke|broek|terp|wier|werd|weerd|oord|zande|vliet)$");
    private static final int MAX_MEMBERS = 4;

    private PlaceBeforeDaar() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int start = 0; start < n; start++) {
            if (!(start == 0 || sentenceEnd(tokens.get(start - 1)) && !afterAbbreviation(tokens, start, words))) {
                continue;
            }
            int end = runEnd(tokens, start);
            if (end < 0 || !daarClause(tokens, end + 1)) {
                continue;
            }
            clearRun(tokens, role, flag, words, start, end);
        }
    }

    /** Inclusive end of the run of capitalised words joined by "en"/"," that starts at {@code start}; -1 for none. */
    private static int runEnd(List<Token> tokens, int start) {
        if (!member(tokens, start)) {
            return -1;
        }
        int end = start;
        int count = 1;
        while (end + 2 < tokens.size() && JOINERS.contains(tokens.get(end + 1).lower()) && member(tokens, end + 2)) {
            end += 2;
            count++;
        }
        return count <= MAX_MEMBERS ? end : -1;
    }

    /** Right after the run: ":" or a dash, "daar", and a verb of living, or of being born / coming from. */
    private static boolean daarClause(List<Token> tokens, int at) {
        int n = tokens.size();
        if (at + 2 >= n || !(tokens.get(at).is(':') || tokens.get(at).is('—') || tokens.get(at).is('–')
                || tokens.get(at).is('-')) || !tokens.get(at + 1).isWord()
                || !tokens.get(at + 1).lower().equals("daar") || !tokens.get(at + 2).isWord()) {
            return false;
        }
        String verb = tokens.get(at + 2).lower();
        if (LIVING.contains(verb)) {
            return true;
        }
        Set<String> later = BE.contains(verb) ? BORN : COME.contains(verb) ? Set.of("vandaan") : Set.of();
        for (int k = at + 3; k < n && !tokens.get(k).is(',') && !sentenceEnd(tokens.get(k)); k++) {
            if (tokens.get(k).isWord() && later.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static void clearRun(List<Token> tokens, int[] role, boolean[] flag, WordLists words, int start, int end) {
        for (int k = start; k <= end; k += 2) {
            Token t = tokens.get(k);
            if (givenName(t, words) || PlacesBySurroundings.personAround(tokens, role, words, k)) {
                return;
            }
            if (!listedPlace(t, words) && !unlistedToponym(t, words)) {
                // "Jansen: daar woont hij", "Kooistra en Haarle: daar verblijven de kinderen" (leak review): a member
                // that no place list holds may be the family the others stay with
                return;
            }
        }
        for (int k = start; k <= end; k += 2) {
            flag[k] = false;
        }
    }

    /**
     * "K. Vlist: daar woont ze", "Dhr. Rouveen: daar verblijft moeder" (leak review): the period closes an initial, a
     * title or a kin or role word, not a sentence.
     */
    private static boolean afterAbbreviation(List<Token> tokens, int start, WordLists words) {
        if (start < 2 || !tokens.get(start - 1).is('.')) {
            return false;
        }
        Token before = tokens.get(start - 2);
        if (!before.isWord()) {
            return false;
        }
        String lower = before.lower();
        return before.text().length() <= 3 || words.isTitle(lower) || words.isKinOrRole(lower)
                || words.isTitle(lower + ".");
    }

    private static boolean member(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return t.isWord() && t.capitalised() && !t.allCaps() && t.text().length() > 1;
    }

    private static boolean sentenceEnd(Token t) {
        return t.is('.') || t.is('!') || t.is('?') || t.is(';');
    }

    private static boolean listedPlace(Token t, WordLists words) {
        String lower = WordLists.lower(t.text());
        return words.isPlace(lower) || words.isPlaceInContext(lower) || words.isVillage(lower) || words.isAbroad(lower);
    }

    private static boolean unlistedToponym(Token t, WordLists words) {
        String lower = WordLists.lower(t.text());
        return !words.isName(t.text()) && !words.isWeakName(lower) && TOPONYM_ENDING.matcher(lower).matches();
    }

    private static boolean givenName(Token t, WordLists words) {
        String lower = WordLists.lower(t.text());
        return words.isFirstName(t.text()) || words.isFirstName(NameClassifier.capitalise(lower))
                || words.isFirstNameLower(lower) || words.isWeakName(lower);
    }
}
