package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 21 rule (t21-allow): a place as the subject of what only a place can be ("De Schooten is een wijk met veel
 * jonge gezinnen", "Vianen hoort sinds 2019 bij de gemeente Vijfheerenlanden", "Goudswaard is voor moeder te ver
 * zonder auto", "Brecht ligt net over de grens"). A village that is a surname too opens such a sentence as often as a
 * person does, and nothing before it says place; the predicate does:
 * <ul>
 * <li>"is/was een [adjectives] &lt;place noun&gt;" (dorp, wijk, buurt, kern, stad, gehucht, buurtschap, gemeente ...):
 * a person is never a village, so any flagged capitalised word that is no listed given name counts (also after "De",
 * "Het" or "'t": "De Schooten");</li>
 * <li>"hoort/valt/ligt ... bij/onder/in de gemeente/provincie/regio" (a unit of administration within six words, before its name or the end of the clause: not "bij de gemeente als ambtenaar"), "ligt
 * net over de grens", "ligt ten noorden van", "ligt aan de &lt;water&gt;", "ligt op 12 km", and "is (voor X) te ver
 * (weg)" before the end of the clause: the word must be one a place list holds (the context-free places,
 * {@code places-also-names.txt}, villages, {@link VillageSurnames}), as "Jansen ligt in het ziekenhuis" or "Bakker is
 * te ver gegaan" speak of persons.</li>
 * <li>Guards: the word opens its sentence; no family word, role or title before it and no family apposition or age
 * after it ({@link RelativeGuard}).</li>
 * </ul>
 * Stateless.
 */
final class PlaceSubjectPredicate {

    private static final Set<String> ARTICLES = WordSets.of("de", "het", "'t");
    private static final Set<String> COPULAS = WordSets.of("is", "was");
    private static final Set<String> PLACE_NOUNS = WordSets.of("dorp", "dorpje", "wijk", "wijkje", "woonwijk",
            "buurt", "buurtje", "kern", "dorpskern", "woonkern", "stad", "stadje", "stadsdeel", "gehucht", "buurtschap",
            "gemeente", "plaats", "plaatsje", "woonplaats", "vinexwijk", "nieuwbouwwijk", "arbeiderswijk",
            "achterstandswijk", "volkswijk", "forensendorp", "vissersdorp", "boerendorp", "polderdorp", "dijkdorp",
            "randgemeente", "deelgemeente", "eiland", "waddeneiland", "havenstad", "provinciestad", "voorstad",
            "slaapstad", "groeikern", "dorpje", "kerkdorp", "streek", "regio");
    /** Adjectives that may stand between "een" and the place noun ("een klein dorp", "een rustige wijk"). */
    private static final Set<String> PLAIN_ADJECTIVES = WordSets.of("klein", "groot", "oud", "nieuw", "echt", "vrij",
            "heel", "erg", "zeer", "best", "typisch", "ander");
    private static final Set<String> BELONG_VERBS = WordSets.of("hoort", "hoorde", "behoort", "behoorde", "valt",
            "viel", "ligt", "lag");
    private static final Set<String> ADMIN_NOUNS = WordSets.of("gemeente", "gemeentes", "gemeenten", "provincie",
            "regio", "veiligheidsregio", "waterschap", "kieskring", "politieregio", "jeugdregio", "zorgregio",
            "arrondissement", "deelgemeente", "stadsdeel");
    private static final Set<String> COMPASS = WordSets.of("noorden", "zuiden", "oosten", "westen", "noordoosten",
            "noordwesten", "zuidoosten", "zuidwesten");
    private static final Set<String> DISTANCE_UNITS = WordSets.of("km", "kilometer", "kilometers", "minuten",
            "kwartier", "uur");
    /** What may follow "te ver (weg)" ("te ver zonder auto", "te ver om te fietsen"). */
    private static final Set<String> AFTER_TOO_FAR = WordSets.of("zonder", "om", "voor", "met", "van", "en", "als");
    private static final int WINDOW = 6;

    private PlaceSubjectPredicate() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            if (!flag[i] || !subjectSlot(tokens, i)) {
                continue;
            }
            Token t = tokens.get(i);
            String lower = t.lower();
            if (!t.isWord() || !(t.capitalised() || t.allCaps()) || words.isFirstName(t.text())
                    || words.isFirstNameLower(lower) || words.isKinOrRole(lower) || words.isTitle(lower)
                    || RelativeGuard.around(tokens, role, words, i)) {
                continue;
            }
            boolean listedPlace = words.isPlaceInContext(lower) || words.isVillage(lower)
                    || VillageSurnames.contains(lower);
            if (placeNounPredicate(tokens, i + 1) || listedPlace && placeOnlyPredicate(tokens, words, i + 1)) {
                flag[i] = false;
            }
        }
    }

    /** The word opens its sentence, alone or after an article ("De Schooten"). */
    private static boolean subjectSlot(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (i == 0 || t.sentenceStart()) {
            return true;
        }
        Token before = tokens.get(i - 1);
        return before.isWord() && ARTICLES.contains(before.lower()) && (i == 1 || before.sentenceStart());
    }

    /** "is een (klein) dorp", "was een rustige wijk". */
    private static boolean placeNounPredicate(List<Token> tokens, int k) {
        int n = tokens.size();
        if (k + 2 >= n || !word(tokens.get(k), COPULAS) || !tokens.get(k + 1).isWord()
                || !tokens.get(k + 1).lower().equals("een")) {
            return false;
        }
        for (int m = k + 2; m < n && m <= k + 5; m++) {
            Token w = tokens.get(m);
            if (!w.isWord() || Character.isUpperCase(w.text().charAt(0))) {
                return false;
            }
            String lower = w.lower();
            if (PLACE_NOUNS.contains(lower)) {
                return true;
            }
            if (!(lower.endsWith("e") || PLAIN_ADJECTIVES.contains(lower))) {
                return false;
            }
        }
        return false;
    }

    /** Predicates of a place only: a unit of administration, a border, a compass point, a distance, too far. */
    private static boolean placeOnlyPredicate(List<Token> tokens, WordLists words, int k) {
        int n = tokens.size();
        if (k >= n || !tokens.get(k).isWord()) {
            return false;
        }
        String verb = tokens.get(k).lower();
        if (COPULAS.contains(verb)) {
            return tooFar(tokens, k + 1);
        }
        if (!BELONG_VERBS.contains(verb)) {
            return false;
        }
        for (int m = k + 1; m < n && m <= k + WINDOW; m++) {
            Token w = tokens.get(m);
            if (!w.isWord() && !w.isNumber()) {
                return false;
            }
            String lower = w.lower();
            if (ADMIN_NOUNS.contains(lower) && nameOrEnd(tokens, m + 1) || COMPASS.contains(lower) && m > k + 1
                    && tokens.get(m - 1).lower().equals("ten")
                    || lower.equals("grens") && tokens.get(m - 1).lower().equals("de")
                    && m >= k + 3 && tokens.get(m - 2).lower().equals("over")
                    || DISTANCE_UNITS.contains(lower) && tokens.get(m - 1).isNumber()
                    || words.isWater(lower) && Character.isUpperCase(w.text().charAt(0))
                    && tokens.get(m - 1).lower().equals("de") && tokens.get(m - 2).lower().equals("aan")) {
                return true;
            }
        }
        return false;
    }

    /** "(voor moeder) te ver (weg)" and then the end of the clause or "zonder", "om", "voor", "met". */
    private static boolean tooFar(List<Token> tokens, int k) {
        int n = tokens.size();
        for (int m = k; m + 1 < n && m <= k + 4; m++) {
            if (tokens.get(m).isWord() && tokens.get(m).lower().equals("te") && tokens.get(m + 1).isWord()
                    && tokens.get(m + 1).lower().equals("ver")) {
                int after = m + 2;
                if (after < n && tokens.get(after).isWord() && tokens.get(after).lower().equals("weg")) {
                    after++;
                }
                if (after >= n) {
                    return true;
                }
                Token next = tokens.get(after);
                return !next.isWord() || AFTER_TOO_FAR.contains(next.lower());
            }
        }
        return false;
    }

    /** After the unit: its name ("de gemeente Vijfheerenlanden") or the end of the clause, not "als ambtenaar". */
    private static boolean nameOrEnd(List<Token> tokens, int k) {
        return k >= tokens.size() || !tokens.get(k).isWord() || tokens.get(k).capitalised();
    }

    private static boolean word(Token t, Set<String> set) {
        return t.isWord() && set.contains(t.lower());
    }
}
