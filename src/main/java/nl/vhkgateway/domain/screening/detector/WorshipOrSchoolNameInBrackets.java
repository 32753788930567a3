package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 22 rule (t22-inst): the own name of a house of worship or a school in brackets after the noun that says what
 * it is, also after the place where it stands ("De moskee in Velp (Selimiye) kent het gezin", "de kerk (Bethel)",
 * "de basisschool in Elst (Wereldwijs)"): the brackets name the building, as mosques, churches and schools are named
 * after persons, saints and ideas that no list holds. An unflag rule:
 * <ul>
 * <li>Shape: a noun of a house of worship or a school (moskee, kerk, tempel, synagoge, mandir, gurdwara, parochie,
 * school, basisschool), optionally "in/te" and one or two capitalised words of the place, then "(", one or two
 * capitalised words, ")".</li>
 * <li>The words in the brackets are on no name list ({@link RelativeGuard#listedName}: no given name, surname, weak
 * name or place that is also a name), hold no kin word, role or title, and each is a Dutch word or an article
 * ("(De Hoeksteen)", "(Wereldwijs)"): a word that no list holds stays a name (review rb, Prb-063: "De moskee in Oss
 * (Nuredini)" is the contact person as often).</li>
 * </ul>
 * Stays a person: a listed name in the brackets ("de moskee (Yusuf)", "school (Jansen)": the imam, the teacher or
 * the family), a role or kin word in them ("(imam Yusuf)", "(juf)"), anything else before the brackets ("de moskee
 * van oom (Selimiye)"), a word no list holds ("(Nuredini)", "(Selimiye)" alike). Stateless.
 */
final class WorshipOrSchoolNameInBrackets {

    private static final Set<String> NOUNS = WordSets.of("moskee", "kerk", "tempel", "synagoge", "mandir", "gurdwara",
            "parochie", "school", "basisschool", "moskeeën");
    private static final Set<String> ARTICLES = WordSets.of("de", "het", "'t");
    private static final Set<String> PLACE_PREPOSITIONS = WordSets.of("in", "te");

    private WorshipOrSchoolNameInBrackets() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int h = 0; h + 3 < n; h++) {
            Token noun = tokens.get(h);
            if (!noun.isWord() || !NOUNS.contains(noun.lower())) {
                continue;
            }
            int open = h + 1;
            if (tokens.get(open).isWord() && PLACE_PREPOSITIONS.contains(tokens.get(open).lower())) {
                int k = open + 1;
                int placeWords = 0;
                while (k < n && placeWords < 2 && tokens.get(k).isWord() && tokens.get(k).capitalised()) {
                    k++;
                    placeWords++;
                }
                if (placeWords == 0) {
                    continue;
                }
                open = k;
            }
            if (open + 2 >= n || !tokens.get(open).is('(')) {
                continue;
            }
            int close = open + 1;
            while (close < n && close <= open + 3 && tokens.get(close).isWord() && tokens.get(close).capitalised()) {
                close++;
            }
            if (close == open + 1 || close >= n || !tokens.get(close).is(')')) {
                continue;
            }
            boolean clear = true;
            for (int k = open + 1; k < close && clear; k++) {
                Token t = tokens.get(k);
                clear = !RelativeGuard.listedName(t, words) && !words.isKinOrRole(t.lower()) && !words.isTitle(t.lower())
                        && (words.isDutchWord(t.lower()) || ARTICLES.contains(t.lower()))
                        && !words.isSurname(t.text()) && !words.isFirstName(t.text())
                        && (role[k] & (PersonNameDetector.KIN | PersonNameDetector.TITLE)) == 0;
            }
            if (clear) {
                for (int k = open + 1; k < close; k++) {
                    flag[k] = false;
                }
            }
        }
    }
}
