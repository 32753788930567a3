package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 23 rule (t23-inst): a noun for the person a note is about opens the sentence without an article, in note style
 * ("Leerling zit op het Dr. Aletta Jacobs College", "Leerling zit op Piter Jelles", "Peuter slaapt slecht"). The
 * nouns are data ({@code note-person-nouns.txt}: leerling, scholier, patiënt, bewoner, peuter, verdachte ..., every
 * entry a word of the Dutch dictionary); "Leerling" and "Peuter" are listed surnames too, so the step that reads a
 * surname-like word as a subject without an article flagged them. An unflag rule:
 * <ul>
 * <li>The word opens the sentence, written with a capital (not in capitals) and is a noun of the list.</li>
 * <li>The next token is a lower-case word that is no conjunction ("Leerling en Bakker zitten vast" is two
 * surnames) and no particle of a surname.</li>
 * </ul>
 * Stays a person: the word after a title or form of address or inside the sentence ("Mevrouw Leerling zit op de
 * bank", "Gesprek met Leerling"), before a comma or bracket (an apposition: "Leerling, de vader van J., belt"), before
 * a capitalised word ("Leerling Sanne zit in groep 7": Sanne stays flagged, the noun is her role), before a copula
 * with a kin word or role in its clause ("Leerling is de stiefvader van J."), in a line in capitals. <b>Price</b>: a family named Leerling or Peuter written by the bare surname opening a note passes. Trades
 * that are frequent surnames are not in the list. Stateless.
 */
final class PersonNounOpeningNote {

    private static final class Holder {
        private static final Set<String> NOUNS = WordLists.lowerCaseSet("note-person-nouns.txt");
    }

    private static final Set<String> COPULAS = WordSets.of("is", "was", "blijkt", "bleek", "lijkt", "leek", "wordt",
            "werd", "blijft", "bleef");
    private static final Set<String> CONJUNCTIONS = WordSets.of("en", "of", "noch", "plus", "met");

    private PersonNounOpeningNote() {
    }

    static void unflag(List<Token> tokens, boolean[] flag, WordLists words, boolean shouted) {
        if (shouted) {
            return;
        }
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.sentenceStart() || !t.capitalised() || t.allCaps()
                    || !Holder.NOUNS.contains(t.lower()) || !words.isDutchWord(t.lower())) {
                continue;
            }
            Token next = tokens.get(i + 1);
            if (!next.isWord() || next.capitalised() || CONJUNCTIONS.contains(next.lower())
                    || words.isTussenvoegsel(next.lower())) {
                continue;
            }
            if (COPULAS.contains(next.lower()) && kinInClause(tokens, i + 2, words)) {
                continue; // "Leerling is de stiefvader": a surname before a copula and a relative
            }
            flag[i] = false;
        }
    }

    /** A kin word or role in the clause from {@code from} to the next punctuation. */
    private static boolean kinInClause(List<Token> tokens, int from, WordLists words) {
        for (int k = from; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                return false;
            }
            if (words.isKinOrRole(t.lower())) {
                return true;
            }
        }
        return false;
    }
}
