package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 26 (t26-held): an acronym in capitals after a lower-case article, in a prepositional phrase after a lower-case
 * word ("werker van de ISE heeft gesignaleerd", "zit bij de OKT", "naar het AZC"): Dutch names an organisation's acronym
 * with an article, a person's name has none. The acronym has two to four letters and no surname list holds it; the
 * word before the preposition is in lower case (not a given name: "Jan van de BERG" keeps the surname in capitals) and
 * no capitalised word follows. Stays: a listed surname in capitals ("de BOER", "van de VEN"), an acronym without an
 * article, a shouted text. Stateless.
 */
final class AcronymAfterArticle {

    private static final Set<String> PREPOSITIONS = Set.of("van", "bij", "naar", "door", "met", "voor", "op", "via",
            "vanuit", "binnen", "aan");

    private AcronymAfterArticle() {
    }

    static void unflag(String text, List<Token> tokens, boolean[] flag, boolean shouted, WordLists words) {
        if (shouted) {
            return;
        }
        int n = tokens.size();
        for (int i = 3; i < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || t.text().length() < 2 || t.text().length() > 4
                    || !CareDepartmentAcronym.writtenInCapitals(text, t)) {
                continue;
            }
            Token article = tokens.get(i - 1);
            Token prep = tokens.get(i - 2);
            Token head = tokens.get(i - 3);
            if (!article.isWord() || !(article.text().equals("de") || article.text().equals("het"))
                    || !prep.isWord() || !PREPOSITIONS.contains(prep.text()) || !head.isWord() || head.capitalised()) {
                continue;
            }
            if (words.isSurname(NameClassifier.capitalise(t.lower()))
                    || i + 1 < n && tokens.get(i + 1).isWord() && tokens.get(i + 1).capitalised()) {
                continue;
            }
            flag[i] = false;
        }
    }
}
