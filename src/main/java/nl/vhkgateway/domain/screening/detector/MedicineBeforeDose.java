package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;
import nl.vhkgateway.domain.screening.detector.NameClassifier.WordClass;

/**
 * Round 14 rule (r14-cards): a medicine's brand name right before its dose is no name ("Oxynorm 2,5 mg", "Movicolon
 * 1 sachet", "Ventolin 2 pufjes", "Medicijn X 1dd1"). Medical letters and discharge summaries pasted into a card list
 * medicines that no word list can hold in full (card-format.md allows brand names). A capitalised word that no list
 * knows (a listed given name or surname stays a name) is cleared when a number follows at once with a dose unit
 * (mg, ml, microgram, sachet, tablet, pufje, druppel, IE) or a dose frequency ("1dd", "2dd1"), and the word opens its
 * sentence, line or list item, or follows a comma, semicolon, colon, bracket, slash or plus, or "en", "of", "plus",
 * "met", "naast". A person who is given a dose stands after a verb ("gaf Nakashima 5 ml"): that position is no list
 * item and stays judged as before, and so does a word right after a kin word or title ("buurman Okonkwo 2 mg",
 * "de buren: Okonkwo 1 sachet"). After the leak review the segment must also hold a medication label (medicatie,
 * medicijnen, beleid, recept, voorgeschreven, start, apotheek, dosering ...). Stateless.
 */
final class MedicineBeforeDose {

    private static final Set<String> UNITS = Set.of("mg", "mcg", "µg", "ug", "microgram", "milligram", "gram", "g",
            "ml", "milliliter", "ie", "sachet", "sachets", "tablet", "tabletten", "tabl", "tab", "caps", "capsule",
            "capsules", "pufje", "pufjes", "puf", "puffs", "druppel", "druppels", "zetpil", "zetpillen", "mmol");
    /** A medication label or a prescriber's word in the same segment: the list is a medication list. */
    private static final Set<String> MEDICATION_LABELS = Set.of("medicatie", "medicijn", "medicijnen", "medicatielijst",
            "ontslagmedicatie", "thuismedicatie", "beleid", "recept", "voorgeschreven", "gestart", "start",
            "voorschrift", "apotheek", "dosering", "dosis");
    private static final Set<String> LIST_WORDS = Set.of("en", "of", "plus", "met", "naast");
    private static final Set<Character> LIST_MARKS = Set.of(',', ';', ':', '(', '/', '+', '-', '•', '*');

    private MedicineBeforeDose() {
    }

    static void unflag(List<Token> tokens, WordClass[] cls, int[] role, boolean[] flag) {
        int n = tokens.size();
        if (tokens.stream().noneMatch(t -> t.isWord() && MEDICATION_LABELS.contains(t.lower()))) {
            return; // leak review: "Tchakarov 0,5 mg risperidon; dit is de naam van het gezin" has no medication label
        }
        for (int i = 0; i + 2 < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || cls[i] != WordClass.UNKNOWN
                    || !listPosition(tokens, i) || afterKinOrTitle(tokens, role, i) || !doseAt(tokens, i + 1)) {
                continue;
            }
            flag[i] = false;
        }
    }

    /** "buurman Okonkwo", "de buren: Okonkwo": a kin word or title just before makes the word a person. */
    private static boolean afterKinOrTitle(List<Token> tokens, int[] role, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 2; k--) {
            if (tokens.get(k).isWord() && (role[k] & (PersonNameDetector.KIN | PersonNameDetector.TITLE)) != 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean listPosition(List<Token> tokens, int i) {
        if (i == 0 || tokens.get(i).sentenceStart()) {
            return true;
        }
        Token prev = tokens.get(i - 1);
        if (prev.isWord()) {
            return LIST_WORDS.contains(prev.text());
        }
        char mark = prev.text().charAt(0);
        // a hyphen glued to the word joins a double-barrelled name ("Anne-Oxy"): only a list dash counts
        return !prev.isNumber() && LIST_MARKS.contains(mark) && (mark != '-' || tokens.get(i).spaceBefore());
    }

    /** A number (with a decimal part) and then a dose unit, or a glued dose frequency ("1dd1", "3dd"). */
    private static boolean doseAt(List<Token> tokens, int j) {
        int n = tokens.size();
        Token number = tokens.get(j);
        if (!number.isNumber() || !number.spaceBefore()) {
            return false;
        }
        int k = j + 1;
        if (k + 1 < n && (tokens.get(k).is(',') || tokens.get(k).is('.')) && !tokens.get(k).spaceBefore()
                && tokens.get(k + 1).isNumber() && !tokens.get(k + 1).spaceBefore()) {
            k += 2;
        }
        if (k >= n || !tokens.get(k).isWord()) {
            return false;
        }
        Token unit = tokens.get(k);
        String lower = unit.lower();
        return UNITS.contains(lower) || !unit.spaceBefore() && lower.startsWith("dd");
    }
}
