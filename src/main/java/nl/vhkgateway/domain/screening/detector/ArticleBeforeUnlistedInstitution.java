package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 24 rule (t24-inst): Dutch names a school, care home or treatment centre with the article before its own name
 * ("De Widdonck in Heythuysen heeft geen plek", "Broertje gaat naar de Skalm", "zit op de Noordik", "een time-out
 * bij de Brinkhorst"), and a word that no name list at all holds (given names, surnames and the 164,000 weak names of
 * many origins) after the article in such a slot is that institution's name. The particle-surname step read "De X"
 * as a surname with its particle. An unflag rule, two slots:
 * <ul>
 * <li>"De"/"Het" opening the segment, one unlisted capitalised word, then "in" or "te" and a capitalised word (the
 * institution's place: a person is written "uit" a place);</li>
 * <li>"naar", "op", "bij", "aan", "via" or "door", then lower-case "de"/"het", one unlisted capitalised word, and the
 * name ends (a stop, a comma, a bracket, the end or a lower-case word).</li>
 * </ul>
 * Stays a person: a word of any name list ("De Vries in Venlo heeft", "naar de Jong", southern "naar de Kevin"), a
 * kin word or role before the article ("naar oom de Wit"), a family apposition or age after the word, a second
 * capitalised word after it ("bij de Skalm Jansen"), "en", "met" or a possessive after it ("naar de Wazirmeer en
 * haar man": a person with the southern article), a line in capitals. <b>Price</b>: a surname that no list holds,
 * written with its particle in one of these slots, passes. Stateless.
 */
final class ArticleBeforeUnlistedInstitution {

    private static final Set<String> PREPOSITIONS = WordSets.of("naar", "op", "bij", "aan");
    // review of t24-inst (Rrb-060): "via de X" and "door de X" are person slots ("via de Meulemeester"): dropped
    private static final Set<String> PLACE_PREPOSITIONS = WordSets.of("in", "te");

    /** Words after the name that join it to a person or describe one ("naar de Wazirmeer en haar man"). */
    private static final Set<String> JOINERS = WordSets.of("en", "of", "met", "die", "zijn", "haar", "hun", "z'n");

    private ArticleBeforeUnlistedInstitution() {
    }

    /** The next word joins the name to a person (ScreenerRulesTest round 16: "naar de Wazirmeer en haar man"). */
    private static boolean joinedToPerson(List<Token> tokens, int j) {
        return j < tokens.size() && tokens.get(j).isWord() && JOINERS.contains(tokens.get(j).lower());
    }

    /**
     * Review of t24-inst (Rrb-023, 024, 025, 079): the Dutch family plural of a surname, "bij de Verbeeks", "de
     * Hendriksens", "de Jansens": a listed surname or given name plus "s" (or "en"/"es"), or any word of the plural
     * shape after a listed stem.
     */
    private static boolean familyPlural(Token t, WordLists words) {
        String text = t.text();
        for (int cut = 1; cut <= 2; cut++) {
            boolean shape = cut == 1 ? text.endsWith("s") : text.endsWith("en") || text.endsWith("es");
            if (shape && text.length() > cut + 2) {
                String stem = text.substring(0, text.length() - cut);
                String lower = stem.toLowerCase(java.util.Locale.ROOT);
                if (words.isName(stem) || words.isSurname(stem) || words.isFirstNameLower(lower)
                        || words.isWeakName(lower)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Review of t24-inst (Rrb-060): Flemish surnames written with their particle ("de Meulemeester", "de Paepe",
     * "de Keersmaecker"): a word ending in a profession or trade ending (-meester, -maecker, -maker, -man, -er) stays a
     * person.
     */
    private static boolean particleSurnameShape(Token t) {
        String lower = t.lower();
        return lower.endsWith("meester") || lower.endsWith("maecker") || lower.endsWith("maeker")
                || lower.endsWith("maker") || lower.endsWith("man") || lower.endsWith("aepe");
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words, boolean shouted) {
        if (shouted) {
            return;
        }
        int n = tokens.size();
        for (int i = 1; i < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || ClubNameWithArticle.personWord(t, words)
                    || RelativeGuard.familyAfter(tokens, words, i) || familyPlural(t, words)
                    || particleSurnameShape(t)) {
                continue;
            }
            Token article = tokens.get(i - 1);
            if (!article.isWord() || !(article.lower().equals("de") || article.lower().equals("het"))) {
                continue;
            }
            boolean opening = i == 1 && article.capitalised() && i + 2 < n && tokens.get(i + 1).isWord()
                    && PLACE_PREPOSITIONS.contains(tokens.get(i + 1).text()) && tokens.get(i + 2).isWord()
                    && tokens.get(i + 2).capitalised();
            boolean slot = i >= 2 && !article.capitalised() && tokens.get(i - 2).isWord()
                    && PREPOSITIONS.contains(tokens.get(i - 2).text())
                    && !RelativeGuard.kinBefore(tokens, role, words, i - 1)
                    && ClubNameWithArticle.nameEnds(tokens, i + 1, words) && !joinedToPerson(tokens, i + 1);
            if (!opening && !slot) {
                continue;
            }
            flag[i] = false;
            flag[i - 1] = false;
        }
    }
}
