package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Round 21 (t21-items): the name of a navy ship after its prefix, "Zr.Ms." or "Hr.Ms." (Zijner/Harer Majesteits; also
 * with a space, "Zr. Ms. Karel Doorman"), is a ship, even when it is a person's name: "Vader zit op de Zr.Ms. Karel
 * Doorman (A833)", "Hr.Ms. Tromp". Up to four capitalised words (and particles between them) right after the prefix
 * are the ship's name. A person after the ship ("Zr.Ms. Tromp, commandant Jansen") is a new phrase and stays. Stateless.
 */
final class NavalShipName {

    /**
     * "Zr.Ms." / "Hr.Ms." (also "Zr. Ms."): "Ms" with a lower-case s and no period between M and s, so "Hr. M.S. Jansen"
     * and "Zr. M.S. Smit" (de heer, zuster and initials) are no ship (review round 21).
     */
    private static final Pattern PREFIX = Pattern.compile("(?<![\\p{L}])[ZHzh]r\\.\\s?Ms\\.?\\s*$");
    private static final int MAX_WORDS = 4;

    private NavalShipName() {
    }

    static void unflag(String text, List<Token> tokens, boolean[] flag) {
        if (text.indexOf('s') < 0 && text.indexOf('S') < 0) {
            return;
        }
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || !t.capitalised()
                    || !PREFIX.matcher(text.substring(Math.max(0, t.start() - 10), t.start())).find()) {
                continue;
            }
            if (i + 1 < n && tokens.get(i + 1).is('.') && t.text().length() <= 2) {
                continue; // an initial after the prefix: a person
            }
            int words = 0;
            for (int j = i; j < n && words < MAX_WORDS; j++) {
                Token w = tokens.get(j);
                if (!w.isWord()) {
                    break;
                }
                if (w.capitalised() || j > i && PARTICLES.contains(w.lower())) {
                    flag[j] = false;
                    words++;
                } else {
                    break;
                }
            }
        }
    }

    private static final java.util.Set<String> PARTICLES = java.util.Set.of("van", "de", "der", "den", "het");
}
