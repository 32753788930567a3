package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 16 rule (r16-allow): a listed place alone in brackets right after the name of an institution ("De Koningin
 * Wilhelminaschool (Vianen) heeft zorgen gemeld", "het Sint Antoniusziekenhuis (Nieuwegein)") is where the institution
 * stands, also when a surname list holds it. An unflag rule:
 * <ul>
 * <li>Shape: a capitalised word that names a kind of institution or ends in one ("-school", "-college", "ziekenhuis",
 * "kliniek" ...), "(", one capitalised word, ")".</li>
 * <li>The word in the brackets is a place of a place list, also one that is a surname ({@link
 * WordLists#isPlaceInContext}: the brackets after an institution are a place slot); never a given name or
 * weak name ("De Wilhelminaschool (Sanne)"), never a word of no place list ("(Jansen)": a teacher's or a family's
 * name), never two words ("(juf Vianen)").</li>
 * </ul>
 * Stateless.
 */
final class PlaceInBracketsAfterInstitution {

    private PlaceInBracketsAfterInstitution() {
    }

    static void unflag(List<Token> tokens, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int k = 2; k + 1 < n; k++) {
            Token place = tokens.get(k);
            if (!flag[k] || !tokens.get(k - 1).is('(') || !tokens.get(k + 1).is(')') || !place.isWord()
                    || !place.capitalised()) {
                continue;
            }
            Token head = tokens.get(k - 2);
            if (!head.isWord() || !head.capitalised() || !PersonNameDetector.institutionWord(head.lower())) {
                continue;
            }
            String lower = WordLists.lower(place.text());
            if (words.isPlaceInContext(lower) && !words.isFirstName(place.text()) && !words.isFirstNameLower(lower)
                    && !words.isWeakName(lower)) {
                flag[k] = false;
            }
        }
    }
}
