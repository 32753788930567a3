package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 26 (t26-held): a measurement's label opening a line of a medical report before a decimal value: "Visus 0,8
 * beide ogen", "Hb 7,9 mmol/l", "Saturatie 97,5 procent". A capitalised word that no name list holds (no given name,
 * surname or weak name) opens its sentence, and a number with a decimal comma follows right after it. Stays: a listed
 * name before a decimal ("Sanne 1,5 ..."), an age or a duration after the number ("Xandor 1,5 jaar": a child's age),
 * a word in another slot. <b>Price</b>: an unlisted name opening a sentence right before a decimal value that is no age
 * passes. Stateless.
 */
final class MeasurementLabel {

    private static final Set<String> AGE_UNITS = Set.of("jaar", "jr", "jaren", "maand", "maanden", "mnd", "week",
            "weken", "wk", "dag", "dagen", "uur", "uren", "j", "m");

    private MeasurementLabel() {
    }

    static void unflag(List<Token> tokens, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i + 3 < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !t.sentenceStart()
                    || PlacesBySurroundings.personListed(t, words) || words.isWeakName(t.lower())) {
                continue;
            }
            Token whole = tokens.get(i + 1);
            Token comma = tokens.get(i + 2);
            Token fraction = tokens.get(i + 3);
            if (!whole.isNumber() || !comma.is(',') || comma.spaceBefore() || !fraction.isNumber()
                    || fraction.spaceBefore()) {
                continue;
            }
            if (i + 4 < n && tokens.get(i + 4).isWord() && AGE_UNITS.contains(tokens.get(i + 4).lower())) {
                continue;
            }
            flag[i] = false;
        }
    }
}
