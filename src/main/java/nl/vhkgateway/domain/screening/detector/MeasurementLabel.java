package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 26 (t26-held): a measurement's label opening a line of a medical report before a decimal value: "Visus 0,8
 * beide ogen", "Hb 7,9 mmol/l", "Saturatie 97,5 procent". A word of {@code measurement-labels.txt} that no given-name or
 * surname list holds opens its sentence, and a number with a decimal comma follows right after it. Stays: a child's
 * name before its measurements, listed or not ("Nurlan 104,5 cm en 16,2 kg", "Bjarke 7,5 voor rekenen": review rb, a
 * growth table's row), an age or a duration after the number, a word in another slot. Stateless.
 */
final class MeasurementLabel {

    private static final Set<String> AGE_UNITS = Set.of("jaar", "jr", "jaren", "maand", "maanden", "mnd", "week",
            "weken", "wk", "dag", "dagen", "uur", "uren", "j", "m");

    private static final Set<String> LABELS = WordLists.lowerCaseSet("measurement-labels.txt");

    private MeasurementLabel() {
    }

    static void unflag(List<Token> tokens, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i + 3 < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !t.sentenceStart()
                    || !LABELS.contains(t.lower()) || PlacesBySurroundings.personListed(t, words)) {
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
