package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 12 rule (fix30): the place of a visit or meeting in a contact log ("moeder - huisbezoek Lingewijk,
 * 2026-09-09", "gesprek Kralingen, 3 mei 2026"). A capitalised word right after a lower-case visit or meeting noun
 * (a word ending in bezoek, gesprek or overleg: huisbezoek, schoolbezoek, kennismakingsgesprek, netwerkoverleg) that
 * ends the segment or stands before a comma and a date is cleared when it is a place or village of the lists (a word
 * that no list knows stays a name, whatever its ending: "huisbezoek Kooijdam"). Guards: no given-name, surname or
 * weak-name list holds it (and no place that is also a name), no title, family word, initial or "fam." before it (the
 * visit noun must stand right before it), no person evidence around it ({@link PlacesBySurroundings#personAround}).
 * "huisbezoek fam. Jansen", "huisbezoek Jansen", "huisbezoek bij Wassenaar" stay names. Stateless.
 */
final class VisitPlace {

    private static final List<String> VISIT_ENDINGS = List.of("bezoek", "gesprek", "overleg");

    private VisitPlace() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 1; i < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !visitNoun(tokens.get(i - 1))
                    || !endsEntry(tokens, i) || !place(t, words)
                    || RelativeGuard.listedName(t, words) || PlacesBySurroundings.personListed(t, words)
                    || PlacesBySurroundings.personAround(tokens, role, words, i)) {
                continue;
            }
            flag[i] = false;
        }
    }

    /** A lower-case word that ends in a visit noun ("huisbezoek", "oudergesprek", "MDO-overleg"). */
    static boolean visitNoun(Token t) {
        if (!t.isWord() || t.capitalised()) {
            return false;
        }
        for (String e : VISIT_ENDINGS) {
            if (t.lower().endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** The segment ends after the word, or a comma and a date (a number) follow. */
    private static boolean endsEntry(List<Token> tokens, int i) {
        int n = tokens.size();
        return i + 1 == n || i + 2 < n && tokens.get(i + 1).is(',') && tokens.get(i + 2).isNumber();
    }

    /**
     * A place or village of the lists. A word that no list knows is never taken for a place here, whatever its ending:
     * "huisbezoek Kooijdam, <datum>" is a visit to a family as often as to a neighbourhood, and a name no list knows
     * must stay refused (the lead's leak probes of this rule).
     */
    private static boolean place(Token t, WordLists words) {
        String lower = t.lower();
        return words.isPlace(lower) || words.isVillage(lower);
    }
}
