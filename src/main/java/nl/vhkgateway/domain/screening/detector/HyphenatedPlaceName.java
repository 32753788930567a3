package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 23 rule (t23-places): a place whose name joins two or three places with hyphens ("Paesens-Moddergat",
 * "Oud-Charlois", "Berkel-Enschot", "Almelo-De Riet" is another rule's) where the lists hold the parts but not the
 * joined name. The detector flags the parts it does not know in a place's slot and extends the flag over the hyphens.
 * A double surname joins two surnames the same way ("Jansen-Mill"), so the parts must be places and the slot a place's.
 * A clearing rule:
 * <ul>
 * <li>parts: each a capitalised word (in capitals only in a line in capitals) that a place list holds (the
 * context-free places, {@code places-also-names.txt}, the villages, {@link VillageSurnames}, places abroad) or a first
 * word of place names ("Oud", "Nieuw", "Sint", "Groot", "Klein", "Hoog", "Laag"); at least one part a place that no
 * name list holds (the anchor: "Moddergat", "Charlois", "Enschot"), no part a listed given name ("Maria-Hoop" stays for
 * another rule);</li>
 * <li>slot: right after a place preposition (in, uit, naar, te, vanuit, nabij, richting, via, tussen, rond; "verspreid
 * over"), or after "bij" when no part is a word that a name list holds ("bij Paesens-Moddergat"; "logeert bij
 * Berkel-Jansen" is a family's home), or opening its line before a comma, colon, semicolon or dash ("Oud-Charlois,
 * aan de dijk");</li>
 * <li>guards: no family word, role or title before the name, no person evidence after it ({@link
 * PlacesBySurroundings#personAround}: a person's verb, a capital, a family apposition or an age).</li>
 * </ul>
 * Stateless.
 */
final class HyphenatedPlaceName {

    private static final Set<String> PREPOSITIONS = WordSets.of("in", "uit", "naar", "te", "vanuit", "nabij",
            "richting", "via", "tussen", "rond", "over");
    /** First words of Dutch and Belgian place names joined with a hyphen ("Oud-Charlois", "Sint-Oedenrode"). */
    private static final Set<String> MODIFIERS = WordSets.of("oud", "oude", "nieuw", "nieuwe", "sint", "groot",
            "klein", "hoog", "laag", "st");
    private static final int MAX_PARTS = 3;

    private HyphenatedPlaceName() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words, boolean shouted) {
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            int end = nameEnd(tokens, i, shouted);
            if (end < 0) {
                i++;
                continue;
            }
            if (anyFlag(flag, i, end) && places(tokens, words, i, end) && slot(tokens, words, i, end)
                    && !RelativeGuard.kinBefore(tokens, role, words, i)
                    && !PlacesBySurroundings.personAround(tokens, role, words, end)) {
                for (int k = i; k <= end; k++) {
                    flag[k] = false;
                }
            }
            i = end + 1;
        }
    }

    /** The last token of "A-B(-C)" from i (no spaces around the hyphens), or -1. */
    private static int nameEnd(List<Token> tokens, int i, boolean shouted) {
        if (!part(tokens.get(i), shouted)) {
            return -1;
        }
        int end = i;
        int parts = 1;
        while (parts < MAX_PARTS && end + 2 < tokens.size() && tokens.get(end + 1).is('-')
                && !tokens.get(end + 1).spaceBefore() && !tokens.get(end + 2).spaceBefore()
                && part(tokens.get(end + 2), shouted)) {
            end += 2;
            parts++;
        }
        if (parts < 2 || end + 2 < tokens.size() && tokens.get(end + 1).is('-')
                && !tokens.get(end + 1).spaceBefore()) {
            return -1; // one word, or more parts than a place name has
        }
        return end;
    }

    private static boolean part(Token t, boolean shouted) {
        return t.isWord() && t.capitalised() && (!t.allCaps() || shouted);
    }

    private static boolean anyFlag(boolean[] flag, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (flag[k]) {
                return true;
            }
        }
        return false;
    }

    private static boolean places(List<Token> tokens, WordLists words, int from, int to) {
        boolean anchor = false;
        for (int k = from; k <= to; k += 2) {
            Token t = tokens.get(k);
            String lower = t.lower();
            if (words.isFirstName(NameClassifier.capitalise(lower)) || words.isFirstNameLower(lower)) {
                return false;
            }
            if (MODIFIERS.contains(lower) && k < to) {
                continue;
            }
            if (!place(lower, words)) {
                return false;
            }
            anchor |= !PlacesBySurroundings.personListed(t, words) && !VillageSurnames.contains(lower);
        }
        return anchor;
    }

    private static boolean place(String lower, WordLists words) {
        return words.isPlace(lower) || words.isPlaceInContext(lower) || words.isVillage(lower)
                || VillageSurnames.contains(lower) || words.isAbroad(lower);
    }

    private static boolean slot(List<Token> tokens, WordLists words, int from, int to) {
        int n = tokens.size();
        if (from == 0) {
            if (to + 1 >= n) {
                return false; // a line of the name alone: a person as often
            }
            Token after = tokens.get(to + 1);
            return after.is(',') || after.is(':') || after.is(';') || after.is('–') || after.is('-');
        }
        Token before = tokens.get(from - 1);
        if (!before.isWord()) {
            return false;
        }
        String prep = before.lower();
        if (PREPOSITIONS.contains(prep)) {
            return true;
        }
        if (!prep.equals("bij")) {
            return false;
        }
        for (int k = from; k <= to; k += 2) {
            if (PlacesBySurroundings.personListed(tokens.get(k), words)
                    || VillageSurnames.contains(tokens.get(k).lower())) {
                return false;
            }
        }
        return true;
    }
}
