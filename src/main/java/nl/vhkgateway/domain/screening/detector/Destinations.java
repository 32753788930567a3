package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;
import nl.vhkgateway.domain.screening.detector.NameClassifier.WordClass;

/**
 * Round 9 rules: places and institutions by what the sentence does with them.
 * <ul>
 * <li>After a verb of travelling or moving anywhere before it ("vertrok na de ruzie naar X", "gaat iedere zomer naar X
 * in het Rifgebied"), "naar" and a single word that no name list knows, ending the clause (a period, comma, "in",
 * "om", "en"), is a destination: a place ("naar Sibrandabuorren", "naar Driouch"). A listed name stays a name ("ging
 * naar Sanne"), and "naar X toe" is a visit to a person.</li>
 * <li>An article before a royal or noble title and a name names an institution (a school, a barracks, a ship): "naar
 * de Prins Maurits", "op de Koningin Julianaschool", "de Graaf Engelbert"; a person is written without the article.</li>
 * </ul>
 */
final class Destinations {

    private static final Set<String> MOTION_VERBS = Set.of("vertrok", "vertrokken", "vertrekt", "vertrekken", "ging",
            "gingen", "gaat", "gaan", "reisde", "reisden", "reist", "reizen", "vluchtte", "vluchtten", "vlucht",
            "verhuisde", "verhuisden", "verhuist", "verhuizen", "reed", "reden", "rijdt", "vloog", "vlogen", "vliegt",
            "keerde", "keerden", "terug", "teruggegaan", "verhuisd", "gevlucht", "gereisd");
    private static final Set<String> CLAUSE_ENDS = Set.of("in", "om", "en", "omdat", "waar", "bij", "voor", "met");
    private static final Set<String> ROYAL = Set.of("prins", "prinses", "koning", "koningin", "graaf", "gravin",
            "hertog", "hertogin", "keizer", "keizerin", "vorst", "jonkheer");
    private static final Set<String> ARTICLES = Set.of("de", "het");

    private Destinations() {
    }

    static void cover(List<Token> tokens, WordClass[] cls, boolean[] covered, boolean[] coveredOrganisation,
                      WordLists words) {
        int n = tokens.size();
        boolean motion = false;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                continue;
            }
            String lower = t.lower();
            motion |= MOTION_VERBS.contains(lower);
            if (motion && lower.equals("naar") && !t.capitalised() && i + 1 < n && tokens.get(i + 1).isWord()
                    && tokens.get(i + 1).capitalised() && cls[i + 1] == WordClass.UNKNOWN
                    && !words.isWeakName(tokens.get(i + 1).lower()) && clauseEnds(tokens, i + 2)) {
                covered[i + 1] = true; // "vertrok na de ruzie naar Sibrandabuorren."
            }
            if (ARTICLES.contains(t.text()) && i + 2 < n && tokens.get(i + 1).isWord()
                    && tokens.get(i + 1).capitalised() && ROYAL.contains(tokens.get(i + 1).lower())
                    && tokens.get(i + 2).isWord() && tokens.get(i + 2).capitalised()) {
                for (int k = i + 1; k < n && k < i + 5 && tokens.get(k).isWord() && tokens.get(k).capitalised(); k++) {
                    covered[k] = true; // "naar de Prins Maurits in Middelharnis"
                    coveredOrganisation[k] = true;
                }
            }
        }
    }

    private static boolean clauseEnds(List<Token> tokens, int k) {
        if (k >= tokens.size()) {
            return true;
        }
        Token t = tokens.get(k);
        return t.is('.') || t.is(',') || t.is(';') || t.is(':') || t.isWord() && CLAUSE_ENDS.contains(t.text());
    }
}
