package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 19 rule (r19-cards): the landlord slot of a housing noun. Cards name the housing corporation that lets the
 * family's home in brackets after the home ("kleine huurwoning (Woonpunt)"). Corporations of no list or of the
 * organisation list pass already; a corporation whose name a surname list holds too read as a surname. A flagged word
 * there is no name when:
 * <ul>
 * <li>it is an entry of {@code housing-corporations.txt} (real housing corporations whose names are surnames or given
 * names as well, e.g. Weller in Parkstad Limburg; the generator leaves such one-word organisations out of the
 * organisation list on purpose);</li>
 * <li>it stands alone in brackets right after a noun of a rented home (a closed list: "huurwoning", "huurhuis",
 * "huurflat", "corporatiewoning", "sociale woning"; not "huurbaas", "huurkamer"), optionally with "Wonen" after it,
 * and no "van", "bij" or "naast" follows the bracket ("de huurwoning (X) van haar zus"); "de woning van X" is not
 * read (the home of a person named so), nor a home of no landlord ("mantelzorgwoning (X)", "huisje (X)", "flat (X)":
 * a relative's home, review rev-allow);</li>
 * <li>no family word, role or title stands right before it and no family apposition or age after it
 * ({@link RelativeGuard#around}).</li>
 * </ul>
 * The same word in another slot stays a surname ("Mevrouw Weller", "huurwoning (oom Weller)", "Weller belde"); a
 * surname that is no corporation stays one in this slot too ("huurwoning (Jansen)": a private landlord is someone
 * around the family). The corporations are data. Stateless.
 */
final class LandlordAfterHousingNoun {

    private static final Set<String> CORPORATIONS = WordLists.lowerCaseSet("housing-corporations.txt");
    /** Nouns of a home let by a housing corporation. */
    private static final Set<String> RENTED_HOMES = Set.of("huurwoning", "huurwoningen", "huurhuis", "huurhuizen",
            "huurflat", "huurappartement", "huurhuisje", "huurwoninkje", "corporatiewoning", "corporatiehuis");
    /** Possessives after the bracket: "het huis (X) van haar zus" is a person's home. */
    private static final Set<String> POSSESSIVES = Set.of("van", "bij", "naast");

    private LandlordAfterHousingNoun() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 2; i < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || !CORPORATIONS.contains(t.lower())
                    || RelativeGuard.around(tokens, role, words, i)) {
                continue;
            }
            if (inBracketsAfterHousing(tokens, i)) {
                flag[i] = false;
            }
        }
    }

    /** "huurwoning (Weller)", "flat (Weller Wonen)". */
    private static boolean inBracketsAfterHousing(List<Token> tokens, int i) {
        if (!tokens.get(i - 1).is('(') || !housingNoun(tokens, i - 2)) {
            return false;
        }
        int close = i + 1;
        if (close < tokens.size() && tokens.get(close).isWord() && tokens.get(close).lower().equals("wonen")) {
            close++;
        }
        if (close >= tokens.size() || !tokens.get(close).is(')')) {
            return false;
        }
        // "de huurwoning (X) van haar zus": the home of a person, whose name the bracket may hold
        return close + 1 >= tokens.size() || !tokens.get(close + 1).isWord()
                || !POSSESSIVES.contains(tokens.get(close + 1).lower());
    }

    /**
     * A rented home of a closed list ("huurwoning", "huurhuis", "huurflat", "huurappartement", "corporatiewoning"), or
     * "woning"/"flat" after "sociale"; never the landlord or a room ("huurbaas", "huurbazin", "huurkamer": a person
     * lets them), nor a home of no landlord ("mantelzorgwoning", "huisje", "flat" alone: a relative's home, so its
     * bracket may name one; review rev-allow).
     */
    private static boolean housingNoun(List<Token> tokens, int at) {
        Token t = tokens.get(at);
        if (!t.isWord()) {
            return false;
        }
        String lower = t.lower();
        if (RENTED_HOMES.contains(lower)) {
            return true;
        }
        return (lower.equals("woning") || lower.equals("flat")) && at > 0 && tokens.get(at - 1).isWord()
                && tokens.get(at - 1).lower().equals("sociale");
    }
}
