package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 24 rule (t24-inst): a club, society or foundation is written before its own name, and a name that opens
 * with a capitalised article is the club's, not a person's ("Carnavalsvereniging De Kielegatters geeft de jeugdige
 * een rol", "voetbalclub De Zwaluwen", "Stichting Het Kompas", "toneelvereniging 't Spektakel"). The heads of a club
 * were taken out of {@code organisation-name-heads.txt} (round 23 review: "scouting Bram, judo Sem"); a child's or
 * member's name never starts with the article "De"/"Het" though, except a surname with the particle ("De Jong"),
 * which a name list holds. An unflag rule:
 * <ul>
 * <li>A word ending in vereniging, club, stichting, gilde, koor, harmonie, fanfare or schutterij (the head, alone or
 * in a compound, any capitalisation but capitals).</li>
 * <li>Right after it "De", "Het" or "'t", then one to three capitalised words of which none is a given name,
 * surname or weak name of any list, none a kin word or role.</li>
 * <li>Then no further capitalised word or particle (the name ends).</li>
 * </ul>
 * Stays a person: a listed surname after the article ("Voetbalclub De Jong heeft", "stichting De Vries"), a listed
 * given name ("Carnavalsvereniging De Sanne"), a kin word or role before the head, a family apposition or age after
 * the name. Stateless.
 */
final class ClubNameWithArticle {

    private static final List<String> HEADS = List.of("vereniging", "club", "stichting", "gilde", "koor", "harmonie",
            "fanfare", "schutterij");
    private static final Set<String> ARTICLES = Set.of("De", "Het", "'t", "'T");
    private static final int MAX_WORDS = 3;

    private ClubNameWithArticle() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words, boolean shouted) {
        if (shouted) {
            return;
        }
        int n = tokens.size();
        for (int h = 0; h + 2 < n; h++) {
            Token head = tokens.get(h);
            if (!head.isWord() || head.allCaps() || !isHead(head.lower())
                    || RelativeGuard.kinBefore(tokens, role, words, h)) {
                continue;
            }
            int a = h + 1;
            if (!tokens.get(a).isWord() || !ARTICLES.contains(tokens.get(a).text())) {
                continue;
            }
            int last = -1;
            for (int k = a + 1; k < n && k - a <= MAX_WORDS; k++) {
                Token t = tokens.get(k);
                if (!t.isWord() || !t.capitalised() || t.allCaps()) {
                    break;
                }
                if (personWord(t, words)) {
                    last = -2;
                    break;
                }
                last = k;
            }
            if (last < 0 || !nameEnds(tokens, last + 1, words) || RelativeGuard.familyAfter(tokens, words, last)) {
                continue;
            }
            for (int k = a; k <= last; k++) {
                flag[k] = false;
            }
        }
    }

    private static boolean isHead(String lower) {
        for (String head : HEADS) {
            if (lower.endsWith(head)) {
                return true;
            }
        }
        return false;
    }

    /** A given name, surname or weak name of any list, a kin word or role. */
    static boolean personWord(Token t, WordLists words) {
        return RelativeGuard.listedName(t, words) || words.isWeakName(t.lower()) || words.isKinOrRole(t.lower());
    }

    /** No capitalised word, particle or glued hyphen continues the name at {@code j}. */
    static boolean nameEnds(List<Token> tokens, int j, WordLists words) {
        if (j >= tokens.size()) {
            return true;
        }
        Token t = tokens.get(j);
        if (t.is('-') && !t.spaceBefore()) {
            return false;
        }
        return !t.isWord() || !t.capitalised() && !words.isTussenvoegsel(t.lower());
    }
}
