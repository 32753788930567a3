package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 23 rule (t23-cards): a skipper's family is written with the ship's waters and ports in brackets after the
 * vessel ("Vader en moeder varen op een vrachtschip (Rijn, Antwerpen)"); "Rijn", "Maas", "Waal" are listed given
 * names too, so the water was read as a name. A clearing rule:
 * <ul>
 * <li>the brackets follow a vessel noun ({@code VESSELS}: schip, vrachtschip, binnenvaartschip, tanker, duwbak,
 * woonschip ...) right before them; a verb of sailing alone is not enough (review rb: "vaart met de jongens (Maas,
 * Rotterdam)", "zijn broer (Maas)": the bracket names persons), and never right after a kin word, role, title or
 * capitalised word;</li>
 * <li>they hold only capitalised members joined by a comma, slash, dash or "en", each a water of {@code waters.txt}
 * or a place of the lists (at home or abroad: "Antwerpen", "Duisburg"), at least one of them a water;</li>
 * <li>only the waters are cleared (a place keeps whatever the place rules made of it).</li>
 * </ul>
 * A word of no water or place list in the brackets ("vrachtschip (Johanna, Rijn)": the ship's or a person's name),
 * an age, a kin word or any lower-case word keeps every flag, and so do brackets after anything but a vessel noun
 * ("vader (Rijn, Antwerpen)"). Stateless.
 */
final class WaterRouteInBrackets {

    private static final Set<String> VESSELS = WordSets.of("schip", "vrachtschip", "binnenvaartschip", "tanker",
            "tankschip", "duwbak", "duwboot", "sleepboot", "woonschip", "schepen", "binnenvaart", "containerschip",
            "vrachtboot", "beurtschip", "motorschip", "passagiersschip", "cruiseschip", "rondvaartboot");
    private static final Set<String> JOINERS = WordSets.of(",", "/", "-", "–", "en");

    private WaterRouteInBrackets() {
    }

    static void unflag(List<Token> tokens, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int open = 1; open < n; open++) {
            if (!tokens.get(open).is('(')) {
                continue;
            }
            int close = open + 1;
            while (close < n && !tokens.get(close).is(')')) {
                close++;
            }
            if (close >= n || personBefore(tokens, open, words)) {
                continue;
            }
            boolean vessel = afterVessel(tokens, open);
            if (!vessel) {
                continue; // review rb (13:00): "vaart met de jongens (Maas, Rotterdam)" names persons
            }
            boolean water = false;
            boolean ok = close > open + 1;
            boolean expectMember = true;
            for (int k = open + 1; k < close && ok; k++) {
                Token t = tokens.get(k);
                if (expectMember) {
                    ok = t.isWord() && t.capitalised() && !t.allCaps() && (isWater(t, words) || isPlace(t, words));
                    water |= ok && isWater(t, words);
                    expectMember = false;
                } else {
                    ok = JOINERS.contains(t.isWord() ? t.lower() : t.text());
                    expectMember = true;
                }
            }
            if (!ok || expectMember || !water) {
                continue;
            }
            for (int k = open + 1; k < close; k++) {
                if (tokens.get(k).isWord() && isWater(tokens.get(k), words)) {
                    flag[k] = false;
                }
            }
        }
    }

    private static boolean isWater(Token t, WordLists words) {
        return words.isWater(t.lower());
    }

    private static boolean isPlace(Token t, WordLists words) {
        String lower = t.lower();
        return (words.isPlaceInContext(lower) || words.isPlace(lower) || words.isAbroad(lower))
                && !words.isFirstName(t.text()) && !words.isKinOrRole(lower);
    }

    /** A vessel noun right before the bracket. */
    private static boolean afterVessel(List<Token> tokens, int open) {
        Token before = tokens.get(open - 1);
        return before.isWord() && !before.capitalised() && VESSELS.contains(before.lower());
    }

    /**
     * Review rb: a kin word, role or title, or a capitalised word, right before the bracket: the bracket names that
     * person ("zijn broer (Maas)", "Vader (Rijn, Antwerpen)").
     */
    private static boolean personBefore(List<Token> tokens, int open, WordLists words) {
        Token before = tokens.get(open - 1);
        return before.isWord() && (before.capitalised() || words.isKinOrRole(before.lower())
                || words.isTitle(before.lower()));
    }

}
