package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.List;

/**
 * Round 23 (t23-items): a table cell of one listed name and the next cell opening with the verb of its clause
 * ("Zorgen | Wouters | drinkt dagelijks", "| Kowalczyk | slaat de kinderen |"): the row splits the subject from its
 * predicate, and the subject is a person. A lone capitalised word in a cell is read as a label or a value elsewhere
 * (a place, an organisation, a column's heading); here the verb after it says who. The word must be a listed given
 * name or surname that no dictionary, place or allowed list holds, or a name of {@code exceptions.txt} that is also a
 * word ("Wouters") but no job noun or ordinary word of {@code cell-ordinary-words.txt} (a cell "| Utrecht | heeft een
 * wachtlijst |" stays a place, "| School | meldt zorgen |" a kind of institution, "| Visser | werkt ... |" is left to the surname rules), the verb a person's verb or a finite Dutch verb in
 * lower case. Stateless.
 */
final class NameCellBeforeVerbCell {

    /** Job nouns and ordinary words that are surnames too ("Visser", "Koning"): a cell's label as often. */
    private static final java.util.Set<String> ORDINARY = WordLists.lowerCaseSet("cell-ordinary-words.txt");

    private NameCellBeforeVerbCell() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        List<Integer> bars = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is('|')) {
                bars.add(i);
            }
        }
        for (int b = 0; b + 1 < bars.size(); b++) {
            int cell = bars.get(b) + 1;
            if (cell + 1 != bars.get(b + 1) || cell + 2 >= tokens.size() || flag[cell]) {
                continue;
            }
            Token name = tokens.get(cell);
            Token verb = tokens.get(cell + 2);
            if (listedNameOnly(name, words) && verb.isWord() && !verb.capitalised()
                    && (PersonNameDetector.isPersonVerb(verb.lower()) || finiteVerb(verb, words))) {
                flag[cell] = true;
            }
        }
    }

    private static boolean listedNameOnly(Token t, WordLists words) {
        String lower = t.lower();
        return t.isWord() && t.capitalised() && !t.allCaps() && t.text().length() >= 3 && words.isName(t.text())
                && (!words.isWord(lower) || words.isException(t.text()) && !ORDINARY.contains(lower))
                && !words.isPlaceInContext(lower) && !words.isVillage(lower)
                && !words.isAbroad(lower) && !words.allowed().containsWord(lower) && !words.isKinOrRole(lower)
                && !words.isTitle(lower) && !NameClassifier.isFunctionWord(lower)
                && !PersonNameDetector.institutionWord(lower) && !lower.equals("politie");
    }

    private static boolean finiteVerb(Token t, WordLists words) {
        String lower = t.lower();
        return lower.length() >= 4 && lower.endsWith("t") && words.isDutchWord(lower)
                && !NameClassifier.isFunctionWord(lower) && !words.isKinOrRole(lower);
    }
}
