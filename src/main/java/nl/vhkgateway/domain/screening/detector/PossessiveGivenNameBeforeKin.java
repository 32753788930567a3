package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 26 (t26-items): a listed given name with the genitive "-s" before a family word ("Lieves moeder wil geen hulp",
 * "en Rozes vader belt"): the relative's name. The detector reads a possessive of a name that is no word
 * ("Sannes vader"), but a given name whose "-s" form is also a Dutch plural ("aaltjes", "lelies") was read as that
 * plural. A plural before a family word is no Dutch ("de aaltjes moeder" is not said: a plural noun takes "van"), so
 * the capitalised form before a lower-case family word is the name's possessive. Counter-shapes that stay: a stem that
 * is no listed given name ("Ouders moeder"), a stem that is itself a family word or role ("Tantes vriendin"), a family
 * word with a capital (a form's cell "Lelies | Moeder"), a plural before a lower-case noun that is no family word
 * ("Lelies bloeien"), a professional's role after it ("Dans juf", "de Frans juf"), an article before it. Stateless.
 */
final class PossessiveGivenNameBeforeKin {

    /**
     * Family members only: a professional's role after the word ("Dans juf", "de Frans juf": a subject taught) is no
     * relative (ScreenerRulesTest rows of earlier rounds).
     */
    private static final java.util.Set<String> FAMILY = WordSets.of("moeder", "vader", "ouders", "oma", "opa", "broer",
            "broertje", "zus", "zusje", "zoon", "dochter", "tante", "oom", "neef", "nicht", "stiefvader", "stiefmoeder",
            "pleegmoeder", "pleegvader", "pleegouders", "grootouders", "halfbroer", "halfzus", "moeders", "vaders",
            "mama", "papa", "vriend", "vriendin", "partner", "man", "vrouw", "kinderen", "baby");
    private static final java.util.Set<String> ARTICLES = WordSets.of("de", "het", "een");

    private PossessiveGivenNameBeforeKin() {
    }

    static void flag(List<Token> tokens, int[] role, boolean[] coveredOrganisation, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token t = tokens.get(i);
            Token kin = tokens.get(i + 1);
            if (flag[i] || coveredOrganisation[i] || !t.isWord() || !t.capitalised() || t.allCaps()
                    || t.text().length() < 4 || !t.text().endsWith("s") || !kin.isWord() || kin.capitalised()
                    || !FAMILY.contains(kin.lower())
                    || i > 0 && tokens.get(i - 1).isWord() && ARTICLES.contains(tokens.get(i - 1).lower())) {
                continue;
            }
            String stem = t.text().substring(0, t.text().length() - 1);
            String lowerStem = WordLists.lower(stem);
            if (!words.isFirstName(stem) || words.isKinOrRole(lowerStem) || words.isKinOrRole(t.lower())) {
                continue;
            }
            flag[i] = true;
        }
    }
}
