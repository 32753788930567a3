package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 21 (t21-items): professionals who serve an area are named after it: "wijkagent Glanerbrug heeft gesproken
 * met vader", "De wijkagent van Kanaleneiland is geïnformeerd", "de boa Zoetermeer", "de burgemeester van Lelystad". Right after such a role noun a capitalised word
 * that a Dutch place list holds (also one that is a surname too, as {@link BranchPlace} reads it after "vestiging") is
 * the place, not the professional's surname. Guards as there: a listed given name stays ("wijkagent Jan"); the place
 * must end its name (no capitalised word or particle after it: "wijkagent Loosdrecht Jansen", "wijkagent Elst van
 * Dam" stay); a kin word or title before the role noun keeps it. <b>Price</b>: a professional of this kind whose
 * surname is a listed place that no surname list holds passes. A place that is a listed surname too
 * stays a name ("wijkagent Shevchenko", the leak B26-193 of the first draft; "wijkagent Stein", "Handhaver Tiel",
 * "De wijkagent van Elst"; review round 21). A village that is also a listed surname
 * ({@code places-village-surnames.txt}: "Havenmeester Loosdrecht") stays a name, as everywhere without a second place.
 * Round 26 (t26-held): after the role noun and "van" a word with a compass part ("de wijkagent van Woensel-Noord") is
 * the district, also where the word is a listed surname; a given name ("van Anna-Zuid"), a kin word or title before the
 * role and a name going on after it keep the flag. Stateless.
 */
final class TerritorialRolePlace {

    private static final Set<String> ROLES = Set.of("wijkagent", "wijkagenten", "dorpsagent", "jeugdagent",
            "havenmeester", "burgemeester", "wethouder", "boa", "handhaver", "wijkverpleegkundige", "wijkcoach",
            "buurtcoach", "jongerenwerker", "wijkteam", "sociaal-wijkteam", "wijkbeheerder", "buurtregisseur",
            "opbouwwerker", "brandweer", "politie", "gebiedsteam", "dorpsteam", "jeugdteam");
    private static final Set<String> PARTICLES = Set.of("van", "de", "der", "den", "ter", "ten", "te", "'t", "le", "la",
            "du", "di", "da", "el", "al", "bin", "ben");

    private static final Set<String> ARTICLES = Set.of("de", "het", "een", "die", "deze");
    /** Endings of a district's or neighbourhood's name (round 24, t24-inst). */
    private static final List<String> DISTRICT_ENDINGS = List.of("wijk", "hof", "buurt", "kwartier", "veld",
            "dorp", "park", "polder", "eiland", "haven", "kamp", "hoek", "kade", "plein", "poort", "meer");

    private TerritorialRolePlace() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 1; i < n; i++) {
            Token t = tokens.get(i);
            // "de wijkagent van Elst": the role noun, "van" and the place
            // review round 21: only a lower-case "van" after an article and the role noun ("de wijkagent van Wijchen");
            // "Wijkagent Van Delft", "jongerenwerker Van Dongen" are surnames
            boolean van = i > 2 && tokens.get(i - 1).isWord() && tokens.get(i - 1).text().equals("van")
                    && tokens.get(i - 3).isWord() && ARTICLES.contains(tokens.get(i - 3).lower());
            int r = van ? i - 2 : i - 1;
            Token before = tokens.get(r);
            // round 26 (t26-held): "de wijkagent van Woensel-Noord": after the role noun and "van" a word joined to a
            // compass part names a district, also where the word is a listed surname (a family name takes no "-Noord")
            if (van && compassDistrict(tokens, i) && flag[i] && before.isWord() && ROLES.contains(before.lower())
                    && !(r > 0 && (role[r - 1] & (PersonNameDetector.KIN | PersonNameDetector.TITLE)) != 0)
                    && !words.isFirstName(t.text())) {
                flag[i - 1] = false;
                flag[i] = false;
                flag[i + 1] = false;
                flag[i + 2] = false;
                continue;
            }
            if (!flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !before.isWord()
                    || !ROLES.contains(before.lower())
                    || r > 0 && (role[r - 1] & (PersonNameDetector.KIN | PersonNameDetector.TITLE)) != 0
                    || words.isFirstName(t.text())
                    || !placeListed(t.text(), t.lower(), words) && !(van && districtShaped(t, words))
                    || !nameEnds(tokens, i + 1)) {
                continue;
            }
            flag[i] = false;
            if (van) {
                flag[i - 1] = false;
            }
        }
    }

    /**
     * A Dutch place that is no listed surname: "wijkagent Shevchenko" (B26-193), "wijkagent Stein", "Jongerenwerker
     * Hulst", "Handhaver Tiel" are professionals named by a surname that is a place too (review round 21).
     */
    private static boolean placeListed(String text, String lower, WordLists words) {
        return (words.isDomesticPlace(lower) || words.isPlaceInContext(lower) && !words.isAbroad(lower))
                && !words.isSurname(text);
    }

    /**
     * Review of t24-inst: only in "de wijkagent van Zuilenhof" (after "van"); "wijkagent Hesselkamp" right after the
     * role is how a card names the officer, and -kamp, -hof, -meer are common surname endings (Rrb-033, 068, 082, 083).
     * Round 24 (t24-inst): a neighbourhood that no list holds, known by the ending of a district's name ("wijkagent
     * Crabbehof", "de wijkagent van Zuilenhof", "buurtregisseur Oosterkwartier"), when no name list of any kind (given
     * names, surnames, weak names) and no dictionary holds the word: "wijkagent Schalkwijk" (a listed surname) stays a
     * name, as round 21's review keeps a place that is a surname.
     */
    private static boolean districtShaped(Token t, WordLists words) {
        String lower = t.lower();
        for (String ending : DISTRICT_ENDINGS) {
            if (lower.endsWith(ending) && lower.length() >= ending.length() + 3) {
                return !RelativeGuard.listedName(t, words) && !words.isWeakName(lower) && !words.isWord(lower);
            }
        }
        return false;
    }

    /** "Woensel-Noord", "Kanaleneiland-Zuid": a capitalised word, a hyphen and a compass part, ending the name. */
    private static boolean compassDistrict(List<Token> tokens, int i) {
        int n = tokens.size();
        if (i + 2 >= n) {
            return false;
        }
        Token t = tokens.get(i);
        Token dash = tokens.get(i + 1);
        Token part = tokens.get(i + 2);
        return t.isWord() && t.capitalised() && !t.allCaps() && dash.is('-') && !dash.spaceBefore() && part.isWord()
                && !part.spaceBefore() && part.capitalised() && PlaceShapes.compass(part.lower())
                && nameEnds(tokens, i + 3);
    }

    /** Nothing after the place continues a person's name: no capitalised word, particle or initial. */
    private static boolean nameEnds(List<Token> tokens, int j) {
        if (j >= tokens.size()) {
            return true;
        }
        Token t = tokens.get(j);
        if (t.is('-') || t.is('\'')) {
            return false;
        }
        return !t.isWord() || !t.capitalised() && !PARTICLES.contains(t.lower());
    }
}
