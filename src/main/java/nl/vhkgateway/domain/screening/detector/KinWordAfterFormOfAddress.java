package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 22 (t22-names): a kin word that is also a listed or weak name ("Mbah": a Javanese grandparent word and a
 * Cameroonian surname) is a surname right after a form of address: "Mevrouw Mbah heeft de school gebeld", "dhr.
 * Mbah". Before a given name ("Mbah Sarinah past op") and alone ("Mbah is vergeetachtig") it stays the relative: the
 * kin list holds it for that. Kin words that are no name ("mevrouw Oma" is no Dutch) are not touched. Stateless.
 */
final class KinWordAfterFormOfAddress {

    private KinWordAfterFormOfAddress() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 1; i < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || !t.isWord() || !t.capitalised() || !words.isKinOrRole(t.lower())
                    || !(words.isName(t.text()) || words.isWeakName(t.lower()) || words.isFirstNameLower(t.lower()))
                    || !TitleBeforeSurname.formOfAddressBefore(tokens, i)) {
                continue;
            }
            flag[i] = true;
        }
    }
}
