package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;
import nl.vhkgateway.domain.screening.detector.NameClassifier.WordClass;

/**
 * Round 9 rules: places and institutions by what the sentence does with them.
 * <ul>
 * <li>After a verb of leaving or moving house earlier in the same sentence ("vertrok na de ruzie naar X."), "naar" and
 * a single word that no name list knows, ending the clause (a period or comma), is a destination: a place ("naar
 * Sibrandabuorren"); after an everyday verb of going only with a region or country after "in" ("gaat iedere zomer
 * naar Driouch in het Rifgebied"). A listed or weak name stays a name ("ging naar Sanne"), and so does any unlisted
 * name after "gaat naar X en ..." (leak review: family names of no list).</li>
 * <li>A preposition and an article before a royal or noble title and a name name an institution (a school, a
 * barracks): "naar de Prins Maurits", "op de Koningin Julianaschool"; "Moeder: de Koning Anouk" is a surname.</li>
 * </ul>
 */
final class Destinations {

    /** Verbs of leaving or moving house: the unknown word after "naar" at the end of the clause is a place. */
    private static final Set<String> LEAVING_VERBS = WordSets.of("vertrok", "vertrokken", "vertrekt", "vertrekken",
            "verhuisde", "verhuisden", "verhuist", "verhuizen", "verhuisd", "vluchtte", "vluchtten", "gevlucht",
            "reisde", "reisden", "gereisd", "vloog", "vlogen", "emigreerde", "emigreerden", "geëmigreerd");
    /** Everyday verbs of going: the word after "naar" is a place only with a region or country after "in". */
    private static final Set<String> GOING_VERBS = WordSets.of("gaat", "gaan", "ging", "gingen", "reed", "reden", "rijdt");
    /** Region words after "in (het)": "naar Driouch in het Rifgebied". */
    private static final String[] REGION_ENDINGS = {"gebied", "regio", "provincie", "streek", "land"};
    private static final Set<String> ROYAL = WordSets.of("prins", "prinses", "koning", "koningin", "graaf", "gravin",
            "hertog", "hertogin", "keizer", "keizerin", "vorst", "jonkheer");
    /** Prepositions before "de/het" and a royal title that name an institution ("naar de Prins Maurits"). */
    private static final Set<String> ROYAL_PREPOSITIONS = Set.of("naar", "op", "in", "bij", "van", "aan");
    private static final Set<String> ARTICLES = Set.of("de", "het");

    private Destinations() {
    }

    static void cover(List<Token> tokens, WordClass[] cls, boolean[] covered, boolean[] coveredOrganisation,
                      WordLists words) {
        int n = tokens.size();
        boolean leaving = false;
        boolean going = false;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (t.is('.') || t.is('!') || t.is('?') || t.is(';')) {
                leaving = false; // leak review: a verb counts in its own sentence only
                going = false;
                continue;
            }
            if (!t.isWord()) {
                continue;
            }
            String lower = t.lower();
            leaving |= LEAVING_VERBS.contains(lower);
            going |= GOING_VERBS.contains(lower);
            if ((leaving || going) && lower.equals("naar") && !t.capitalised() && i + 1 < n
                    && tokens.get(i + 1).isWord() && tokens.get(i + 1).capitalised()
                    && cls[i + 1] == WordClass.UNKNOWN && !words.isWeakName(tokens.get(i + 1).lower())
                    && (leaving && clauseEnds(tokens, i + 2) || regionAfter(tokens, i + 2, words))) {
                covered[i + 1] = true; // "vertrok na de ruzie naar Sibrandabuorren.", "naar Driouch in het Rifgebied"
            }
            if (ARTICLES.contains(t.text()) && i > 0 && tokens.get(i - 1).isWord()
                    && ROYAL_PREPOSITIONS.contains(tokens.get(i - 1).text()) && i + 2 < n && tokens.get(i + 1).isWord()
                    && tokens.get(i + 1).capitalised() && ROYAL.contains(tokens.get(i + 1).lower())
                    && tokens.get(i + 2).isWord() && tokens.get(i + 2).capitalised()) {
                for (int k = i + 1; k < n && k < i + 5 && tokens.get(k).isWord() && tokens.get(k).capitalised(); k++) {
                    covered[k] = true; // "naar de Prins Maurits in Middelharnis"
                    coveredOrganisation[k] = true;
                }
            }
        }
    }

    /** "in het Rifgebied", "in Marokko": a region or a country (a place abroad) after "in". */
    private static boolean regionAfter(List<Token> tokens, int k, WordLists words) {
        int n = tokens.size();
        if (k >= n || !tokens.get(k).isWord() || !tokens.get(k).text().equals("in")) {
            return false;
        }
        int m = k + 1;
        if (m < n && tokens.get(m).isWord() && ARTICLES.contains(tokens.get(m).text())) {
            m++;
        }
        if (m >= n || !tokens.get(m).isWord() || !tokens.get(m).capitalised()) {
            return false;
        }
        String lower = tokens.get(m).lower();
        for (String end : REGION_ENDINGS) {
            if (lower.endsWith(end) && lower.length() > end.length() + 2) {
                return true;
            }
        }
        return words.isPlace(lower) && !words.isDomesticPlace(lower);
    }

    private static boolean clauseEnds(List<Token> tokens, int k) {
        if (k >= tokens.size()) {
            return true;
        }
        Token t = tokens.get(k);
        return t.is('.') || t.is(',') || t.is(';') || t.is(':') || t.is('!') || t.is('?');
    }
}
