package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 21 rule (t21-allow): a place as the subject of what only a place can be ("De Schooten is een wijk met veel
 * jonge gezinnen", "Vianen hoort sinds 2019 bij de gemeente Vijfheerenlanden", "Goudswaard is voor moeder te ver
 * zonder auto", "Brecht ligt net over de grens"). A village that is a surname too opens such a sentence as often as a
 * person does, and nothing before it says place; the predicate does:
 * <ul>
 * <li>"is/was een [adjectives] &lt;place noun&gt;" (dorp, wijk, buurt, kern, stad, gehucht, buurtschap, gemeente ...)
 * closing the clause or before a place's complement ("met", "aan", "in" ...): a person is never a village, so any
 * flagged capitalised word that is no listed given name counts (also after "De", "Het" or "'t": "De Schooten");
 * review (rev-allow): not "is een dorp verder gaan wonen", "was een wijk verderop ondergedoken" (where a person moved)
 * and no metaphor nouns ("een eiland in de familie", "een plaats opgeschoven", "een vaste kern in het netwerk"), no
 * hyphen after the noun ("een gemeente-ambtenaar");</li>
 * <li>"hoort/valt/ligt ... bij/onder/tot/in de gemeente/provincie/regio (Name)" closing the sentence (review: not "bij
 * de gemeente als wijkcoach", "onder de gemeente Tiel voor zijn uitkering", "ligt in een ziekenhuis in de regio"),
 * "ligt net over de grens", "ligt ten noorden van", "ligt aan de &lt;water&gt;", "ligt op 12 km" (distances only: "lag
 * 20 minuten bewusteloos" is a person), and "is (voor X) te ver (weg)" (round 22, t22-places: also "ligt/lag (voor het
 * gezin) te ver (weg)", where a person lies nowhere) before the end of the clause or "zonder" (not
 * "was te ver weg om in te grijpen"): the word must be one a place list holds (the context-free places,
 * {@code places-also-names.txt}, villages; review: not the villages that are common surnames, {@link VillageSurnames}),
 * as "Jansen ligt in het ziekenhuis" or "Bakker is te ver gegaan" speak of persons.</li>
 * <li>Guards: the word opens its sentence; no family word, role or title before it and no family apposition or age
 * after it ({@link RelativeGuard}).</li>
 * </ul>
 * Stateless.
 */
final class PlaceSubjectPredicate {

    private static final Set<String> ARTICLES = WordSets.of("de", "het", "'t");
    private static final Set<String> COPULAS = WordSets.of("is", "was");
    private static final Set<String> PLACE_NOUNS = WordSets.of("dorp", "dorpje", "wijk", "wijkje", "woonwijk",
            "buurt", "buurtje", "dorpskern", "woonkern", "stad", "stadje", "stadsdeel", "gehucht", "buurtschap",
            "gemeente", "plaatsje", "vinexwijk", "nieuwbouwwijk", "arbeiderswijk",
            "achterstandswijk", "volkswijk", "forensendorp", "vissersdorp", "boerendorp", "polderdorp", "dijkdorp",
            "randgemeente", "deelgemeente", "havenstad", "provinciestad", "voorstad", "slaapstad", "groeikern",
            "kerkdorp");
    /**
     * Review (rev-allow): what may follow the place noun: the end, a punctuation mark or the start of a place's
     * complement ("een wijk met veel jonge gezinnen", "een dorp in de Betuwe", "een stadje aan de Linge"); never
     * "verder", "verderop" and a verb ("is een dorp verder gaan wonen": where a person moved).
     */
    private static final Set<String> AFTER_PLACE_NOUN = WordSets.of("met", "aan", "in", "bij", "op", "onder", "tussen",
            "vlakbij", "dichtbij", "nabij", "van", "waar", "zonder", "ten", "langs", "achter", "naast", "tegen");
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
    /** Units of distance only (review: "lag 20 minuten bewusteloos", "viel 10 minuten later" are times). */
    private static final Set<String> DISTANCE_UNITS = WordSets.of("km", "kilometer", "kilometers");
    /** What may follow "te ver (weg)" ("te ver zonder auto", "te ver om te fietsen"). */
    private static final Set<String> AFTER_TOO_FAR = WordSets.of("zonder");
    private static final Set<String> ARTICLE_BEFORE_UNIT = WordSets.of("de", "het");
    private static final Set<String> UNIT_PREPOSITIONS = WordSets.of("bij", "onder", "tot", "in");
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
            // review (rev-allow): not the villages that are common surnames ({@link VillageSurnames}: Jaarsveld)
            boolean listedPlace = words.isPlaceInContext(lower) || words.isVillage(lower);
            if (placeNounPredicate(tokens, i + 1) || listedPlace && placeOnlyPredicate(tokens, words, i + 1)
                    || partOfPlacePredicate(tokens, words, i + 1)) {
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
                return m + 1 >= n || !tokens.get(m + 1).isWord() && !tokens.get(m + 1).is('(')
                        && !tokens.get(m + 1).is('-')
                        || AFTER_PLACE_NOUN.contains(tokens.get(m + 1).lower());
            }
            if (!(lower.endsWith("e") || PLAIN_ADJECTIVES.contains(lower))) {
                return false;
            }
        }
        return false;
    }

    /** Round 25 (t25-new): the nouns of a part of a place, only before "van" and a listed place. */
    private static final Set<String> PART_NOUNS = WordSets.of("deel", "gedeelte", "stadsdeel", "dorpsdeel");

    /**
     * Round 25 (t25-new): "is/was het (oudste) deel van Hoorn", "is een gedeelte van Houten": a part of a place
     * named by a capitalised word that a place list holds (the context-free places, {@code places-also-names.txt},
     * villages), the clause closing after it (end, punctuation or a comma). "Jansen is het zwakste deel van de familie"
     * (no place after "van") and "... deel van Jansen" (no listed place) stay persons.
     */
    private static boolean partOfPlacePredicate(List<Token> tokens, WordLists words, int k) {
        int n = tokens.size();
        if (k + 4 >= n || !word(tokens.get(k), COPULAS) || !tokens.get(k + 1).isWord()
                || !(tokens.get(k + 1).lower().equals("het") || tokens.get(k + 1).lower().equals("een"))) {
            return false;
        }
        for (int m = k + 2; m + 2 < n && m <= k + 5; m++) {
            Token w = tokens.get(m);
            if (!w.isWord() || Character.isUpperCase(w.text().charAt(0))) {
                return false;
            }
            String lower = w.lower();
            if (PART_NOUNS.contains(lower)) {
                Token van = tokens.get(m + 1);
                Token place = tokens.get(m + 2);
                if (!van.isWord() || !van.lower().equals("van") || !place.isWord() || !place.capitalised()
                        || place.allCaps() && place.text().length() < 3) {
                    return false;
                }
                String placeLower = place.lower();
                boolean listed = words.isDomesticPlace(placeLower) || words.isPlaceInContext(placeLower)
                        || words.isVillage(placeLower);
                int after = m + 3;
                return listed && !words.isFirstName(place.text())
                        && (after >= n || !tokens.get(after).isWord() && !tokens.get(after).is('-'));
            }
            if (!(lower.endsWith("e") || lower.endsWith("ste") || PLAIN_ADJECTIVES.contains(lower))) {
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
        if (verb.equals("is")) {
            return tooFar(tokens, k + 1);
        }
        if ((verb.equals("ligt") || verb.equals("lag")) && tooFar(tokens, k + 1)) {
            return true; // round 22 (t22-places): "X ligt (voor het gezin) te ver (weg)"
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
            if (ADMIN_NOUNS.contains(lower) && adminSlot(tokens, m) || COMPASS.contains(lower) && m > k + 1
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

    /**
     * "bij/onder/tot/in de gemeente (Vijfheerenlanden)" and then the end of the sentence; review (rev-allow): not "bij
     * de gemeente als wijkcoach", "onder de gemeente Tiel voor zijn uitkering", "bij de gemeente, hij werkt daar".
     */
    private static boolean adminSlot(List<Token> tokens, int m) {
        if (m < 2 || !ARTICLE_BEFORE_UNIT.contains(tokens.get(m - 1).lower())
                || !UNIT_PREPOSITIONS.contains(tokens.get(m - 2).lower())) {
            return false;
        }
        int k = m + 1;
        while (k < tokens.size() && k <= m + 3 && tokens.get(k).isWord() && tokens.get(k).capitalised()) {
            k++;
        }
        return k >= tokens.size() || tokens.get(k).is('.') || tokens.get(k).is('!');
    }

    private static boolean word(Token t, Set<String> set) {
        return t.isWord() && set.contains(t.lower());
    }
}
