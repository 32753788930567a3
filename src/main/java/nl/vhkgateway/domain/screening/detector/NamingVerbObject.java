package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 26 (t26-items): a name that is also a word, in the slot a naming verb gives a person. (1) "noemt" (noemde,
 * noemen) with a capitalised listed name right after it and a possessive pronoun after that: "Oma noemt Vrede haar
 * beste vriendin", "Vader noemde Winter zijn maat": the person named and what the speaker calls her or him (the word
 * in its own sense is written in lower case: "noemt hoop haar drijfveer"). (2) A capitalised listed name in quotes
 * followed by ", dat is (echt) haar/zijn naam": "zijn vriend 'Storm', dat is echt zijn naam". Counter-shapes that
 * stay: the word in lower case, a word no name list holds ("noemt Geloof haar steun"), an organisation or place in the
 * slot ("noemt Humanitas haar steun", "noemt Zwolle haar thuis"), a quoted word that names a thing ("het project
 * 'Vrede', dat is de naam van de groep"). Stateless.
 */
final class NamingVerbObject {

    private static final Set<String> NAMING = WordSets.of("noemt", "noemde", "noemen", "noemden");
    private static final Set<String> POSSESSIVES = WordSets.of("haar", "zijn", "hun", "mijn", "onze", "ons");
    private static final Set<String> ADVERBS = WordSets.of("echt", "ook", "werkelijk", "gewoon");
    private static final Set<String> QUOTES = WordSets.of("'", "\"", "‘", "’", "“", "”");

    private NamingVerbObject() {
    }

    static void flag(List<Token> tokens, boolean[] covered, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 1; i < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || covered[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !words.isName(t.text())
                    || words.isPlace(t.lower())) {
                continue;
            }
            Token before = tokens.get(i - 1);
            if (before.isWord() && NAMING.contains(before.text()) && i + 2 < n && tokens.get(i + 1).isWord()
                    && POSSESSIVES.contains(tokens.get(i + 1).text()) && tokens.get(i + 2).isWord()) {
                flag[i] = true;
            } else if (QUOTES.contains(before.text()) && ownNameFollows(tokens, i + 1)) {
                flag[i] = true;
            }
        }
    }

    /** From the closing quote: ", dat is (echt|ook|werkelijk) haar/zijn (echte) naam". */
    private static boolean ownNameFollows(List<Token> tokens, int j) {
        int n = tokens.size();
        if (j >= n || !QUOTES.contains(tokens.get(j).text())) {
            return false;
        }
        j++;
        if (j < n && tokens.get(j).is(',')) {
            j++;
        }
        if (j + 1 >= n || !tokens.get(j).lower().equals("dat") || !tokens.get(j + 1).lower().equals("is")) {
            return false;
        }
        j += 2;
        while (j < n && ADVERBS.contains(tokens.get(j).lower())) {
            j++;
        }
        if (j >= n || !(tokens.get(j).lower().equals("haar") || tokens.get(j).lower().equals("zijn"))) {
            return false;
        }
        j++;
        if (j < n && tokens.get(j).lower().equals("echte")) {
            j++;
        }
        return j < n && tokens.get(j).lower().equals("naam");
    }
}
