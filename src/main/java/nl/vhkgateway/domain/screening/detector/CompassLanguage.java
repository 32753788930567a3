package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 20 rule (t20-items): a regional language written as a compass part joined by a hyphen to a language name
 * ("West-Fries", "Oost-Fries", "Zuid-Limburgs" when listed) right after a verb of speaking or "het" ("Opa spreekt
 * West-Fries", "in het Oost-Fries") is the language, not a double surname whose second part is a listed surname
 * ("Fries"). The language is one of {@code languages.txt} ({@link LanguageAfterKin#isLanguage}); the two parts stand
 * alone (no third part). "mevrouw West-Fries" or "West-Fries zegt" (no verb of speaking before) keep the flag.
 * Stateless.
 */
final class CompassLanguage {

    private static final Set<String> SPEAKING = Set.of("spreekt", "spreken", "sprak", "spraken", "praat", "praten",
            "praatte", "praatten", "verstaat", "verstaan", "het");

    private CompassLanguage() {
    }

    static void unflag(List<Token> tokens, boolean[] flag) {
        int n = tokens.size();
        for (int i = 1; i + 2 < n; i++) {
            Token compass = tokens.get(i);
            Token dash = tokens.get(i + 1);
            Token language = tokens.get(i + 2);
            if (!flag[i] && !flag[i + 2] || !compass.isWord() || !compass.capitalised()
                    || !PlaceShapes.compass(compass.lower()) || !dash.is('-') || dash.spaceBefore() || !language.isWord()
                    || language.spaceBefore() || !LanguageAfterKin.isLanguage(language.lower())) {
                continue;
            }
            if (i + 3 < n && tokens.get(i + 3).is('-') && !tokens.get(i + 3).spaceBefore()) {
                continue; // "West-Fries-Jansen": a double name
            }
            Token before = tokens.get(i - 1);
            if (!before.isWord() || !SPEAKING.contains(before.lower())) {
                continue;
            }
            flag[i] = false;
            flag[i + 1] = false;
            flag[i + 2] = false;
        }
    }
}
