package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 22 rule (t22-places): a place as the subject of "has no &lt;facility&gt;" ("Erp heeft geen middelbare school,
 * dus J. gaat met de bus naar Veghel", "Gassel had geen station meer"). What a village lacks is a school, a station, a
 * shop or a bus; a person "has no" those only in other words ("heeft geen school afgemaakt", "heeft geen huisarts").
 * A clearing rule:
 * <ul>
 * <li>shape: the word opens its sentence, then "heeft" or "had", "geen", at most one adjective ("middelbare", "echte";
 * not "eigen": "heeft geen eigen winkel meer" is said of a shopkeeper) and a facility noun ({@code FACILITIES}: middelbare school, station, supermarkt, winkels, bibliotheek,
 * zwembad, busverbinding, apotheek, voorzieningen ...), and the noun closes the clause (nothing, a punctuation mark,
 * "meer", "en", "of", "dus", "want", "maar" after it: "heeft geen school afgemaakt" keeps the name);</li>
 * <li>the word is one a place list holds (also {@code places-also-names.txt} and the villages that are surnames,
 * {@link VillageSurnames}), no listed given name ("Sanne heeft geen school"), with no family word, role or title
 * before it and no family apposition or age after it ({@link RelativeGuard}).</li>
 * </ul>
 * "huisarts", "school" alone, "winkel" and "werk" are no facility here: a person has (no) doctor, school, shop or job;
 * review (rb, 09:19): a personal pronoun later in the sentence keeps the name ("Erp heeft geen supermarkt meer, hij
 * werkt nu als chauffeur"). Stateless.
 */
final class PlaceWithoutFacility {

    private static final Set<String> HAVE = WordSets.of("heeft", "had");
    private static final Set<String> ADJECTIVES = WordSets.of("middelbare", "echte", "goede", "grote", "openbare");
    private static final Set<String> FACILITIES = WordSets.of("station", "treinstation", "supermarkt", "winkels",
            "bibliotheek", "zwembad", "busverbinding", "treinverbinding", "bushalte", "apotheek",
            "voorzieningen", "jongerencentrum", "buurthuis", "ziekenhuis", "huisartsenpost", "basisschool",
            "scholen", "sporthal", "busdienst", "middenstand", "pinautomaat", "geldautomaat");
    /**
     * Round 23 (t23-places): child care a village lacks ("Zwammerdam heeft geen bso"); a child has or lacks it too, so
     * only for a word that no name list holds and that is no village-surname.
     */
    private static final Set<String> CHILD_CARE = WordSets.of("bso", "kinderopvang", "peuteropvang",
            "peuterspeelzaal", "buitenschoolse");
    /** "school" only after "middelbare" ("Erp heeft geen middelbare school"; "heeft geen school" is a child's day). */
    private static final Set<String> SCHOOL = WordSets.of("school");
    private static final Set<String> PRONOUNS = WordSets.of("hij", "zij", "ze", "zijn", "haar", "hem", "z'n", "d'r");
    private static final Set<String> AFTER = WordSets.of("meer", "en", "of", "dus", "want", "maar");

    private PlaceWithoutFacility() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i + 3 < n; i++) {
            if (!flag[i] || !opensSentence(tokens, i)) {
                continue;
            }
            Token t = tokens.get(i);
            String lower = WordLists.lower(t.text());
            if (!t.isWord() || !t.capitalised() || words.isFirstName(t.text()) || words.isFirstNameLower(lower)
                    || !placeListed(lower, words) || RelativeGuard.around(tokens, role, words, i)) {
                continue;
            }
            if (!word(tokens, i + 1, HAVE) || !word(tokens, i + 2, Set.of("geen"))) {
                continue;
            }
            int k = i + 3;
            boolean adjective = word(tokens, k, ADJECTIVES);
            if (adjective) {
                k++;
            }
            boolean childCare = !adjective && word(tokens, k, CHILD_CARE) && !PlacesBySurroundings.personListed(t, words)
                    && !VillageSurnames.contains(lower);
            if (k >= n || !(word(tokens, k, FACILITIES) || childCare
                    || adjective && tokens.get(k - 1).lower().equals("middelbare") && word(tokens, k, SCHOOL))) {
                continue;
            }
            if (childCare && !word(tokens, k, FACILITIES) && (k + 1 < n && tokens.get(k + 1).isWord()
                    || personVerbAfter(tokens, k + 1))) {
                continue; // review (ra-174): "Vosseveld heeft geen bso en werkt fulltime" is a parent
            }
            if ((k + 1 >= n || !tokens.get(k + 1).isWord() && !tokens.get(k + 1).is('(')
                    || word(tokens, k + 1, AFTER)) && !pronounAfter(tokens, k + 1)) {
                flag[i] = false;
            }
        }
    }

    /** Round 23 (review ra): a person's verb later in the sentence. */
    private static boolean personVerbAfter(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size(); k++) {
            if (tokens.get(k).isWord() && PersonNameDetector.isPersonVerb(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Review (rb): "..., hij werkt nu als chauffeur": a personal pronoun later in the sentence speaks of a person. */
    private static boolean pronounAfter(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size(); k++) {
            if (tokens.get(k).isWord() && PRONOUNS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensSentence(List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        Token before = tokens.get(i - 1);
        return before.is('.') || before.is(':') || before.is(';') || before.is('!') || before.is('?');
    }

    private static boolean word(List<Token> tokens, int k, Set<String> set) {
        return k < tokens.size() && tokens.get(k).isWord() && set.contains(tokens.get(k).lower());
    }

    private static boolean placeListed(String lower, WordLists words) {
        return words.isPlace(lower) || words.isPlaceInContext(lower) || words.isVillage(lower)
                || VillageSurnames.contains(lower);
    }
}
