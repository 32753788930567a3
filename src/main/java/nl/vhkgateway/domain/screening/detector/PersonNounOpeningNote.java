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
 * that are frequent surnames are not in the list.
 * Round 25 (t25-held): the medical shorthand for the patient opening a note ("Pte is 14 jr", "Pte, 17 jr, rookt"),
 * a word of no name list, before a lower-case word or an age between commas. Stateless.
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
            if (flag[i] && t.isWord() && t.sentenceStart() && t.capitalised() && !t.allCaps()
                    && PATIENT_ABBREVIATIONS.contains(t.lower()) && !words.isListedPersonWord(t.text())
                    && (lowerCaseAfter(tokens, i) || ageAppositionAfter(tokens, i))) {
                flag[i] = false; // round 25 (t25-held): "Pte is 14 jr", "Pte, 17 jr, rookt"
                continue;
            }
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

    /**
     * Round 25 (t25-held): the medical shorthand for the patient ("pte" patiënte, "pt", "ptn", "pnt" patiënt) in a GP's or
     * clinic's note; never one a name list holds ("Pat" is a given name and is not in this set).
     */
    private static final Set<String> PATIENT_ABBREVIATIONS = WordSets.of("pte", "pt", "ptn", "pnt");
    private static final Set<String> AGE_WORDS = WordSets.of("jr", "jaar", "j");

    /** A lower-case word after the abbreviation that is no conjunction or particle ("Pte is 14 jr"). */
    private static boolean lowerCaseAfter(List<Token> tokens, int i) {
        Token next = tokens.get(i + 1);
        return next.isWord() && !next.capitalised() && !CONJUNCTIONS.contains(next.lower());
    }

    /** "Pte, 17 jr, ...": a comma, an age with its word and a comma or the end: the patient's age, no apposition. */
    private static boolean ageAppositionAfter(List<Token> tokens, int i) {
        int n = tokens.size();
        return i + 3 < n && tokens.get(i + 1).is(',') && tokens.get(i + 2).isNumber() && tokens.get(i + 3).isWord()
                && AGE_WORDS.contains(tokens.get(i + 3).lower())
                && (i + 4 == n || tokens.get(i + 4).is(',') || tokens.get(i + 4).is('.'));
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
