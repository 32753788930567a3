package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Round 26 rule (t26-cards): a neighbourhood whose name opens with a capitalised article and whose word is a listed
 * surname too ("De Huet", "De Schooten", "Het Hoogveld") is a place on a card that puts the same name in two place
 * slots, at least one of them strong:
 * <ul>
 * <li>strong: after a verb of living and "in"/"te" ("het gezin woont in De X"); after a dwelling or visit noun and
 * "in", also with a date between ("huisbezoek in De X", "huisbezoek 4-9-2026 in De X", "keukentafelgesprek in De X",
 * "de woning in De X"); as the whole cell of a home column ("| woont in |" ... "| De X |", {@link
 * PlaceColumnCell#underHomeColumn});</li>
 * <li>weak: after "gezin" or "huishouden" and "in", closing its clause ("Gezin in De X.").</li>
 * </ul>
 * One slot alone stays refused, as round 14's leak review ruled for "in de woning in De Kock." (the neighbourhood is a
 * surname too, and one slot does not tell them apart); a card that says twice where the family lives does. The name is
 * then cleared in those slots only (and, by {@link PlaceColumnCell}, as a whole cell of a home column): "teleurgesteld in
 * De X", "vertrouwen in De X" stay names on such a card too (review ra, Rra-290). Not slots (review ra, cycle 1): "verhuisd naar De X" (moving in with a family), a name in brackets after a
 * place ("woont in Apeldoorn (De X)") and a child's birth year before "in De X" ("T. (2016) in De X"), which name a
 * foster family as often; "verblijft" and "waar" columns, which hold who the child stays with. Stay names: a kin word,
 * role or title before the article ("mevrouw De X", "oom De X"), a family bracket or apposition after it ("in De X
 * (oom)"), a listed given name among its words ("in De Sanne"), the name in any other slot ("De X belde", "naar De X",
 * "de woning van De X"), and every occurrence on a card that names the word with person evidence anywhere (the
 * detector restores such a name after every clearing step). The learned names are kept in the card's place words as
 * the phrase ("De Huet"), which no single token equals. Stateless.
 */
final class ArticleNeighbourhoodOnCard {

    private static final Set<String> ARTICLES = Set.of("de", "het", "'t", "’t", "den");
    private static final Set<String> DWELLINGS = WordSets.of("woning", "huurwoning", "koopwoning", "huis", "flat",
            "appartement", "portiekflat", "eengezinswoning", "rijtjeshuis", "boerderij", "woonwagen", "woonboot",
            "woonadres", "adres");
    private static final List<String> VISIT_ENDINGS = List.of("bezoek", "gesprek", "overleg");
    private static final Set<String> HOUSEHOLDS = WordSets.of("gezin", "huishouden");
    private static final int MAX_DATE_TOKENS = 7;
    private static final int MAX_ADVERBIAL = 3;

    private ArticleNeighbourhoodOnCard() {
    }

    /**
     * Counts the card's article names in place slots of one segment: {@code counts} maps the phrase to {strong, all}.
     *
     * @param residenceCell the segment is a cell of a residence column
     */
    static void count(List<Token> tokens, boolean residenceCell, WordLists words, Map<String, int[]> counts) {
        int n = tokens.size();
        for (int a = 0; a + 1 < n; a++) {
            Token article = tokens.get(a);
            if (!article.isWord() || !article.capitalised() || article.allCaps() && article.text().length() > 1
                    || !ARTICLES.contains(article.lower())) {
                continue;
            }
            int end = nameEnd(tokens, a + 1);
            if (end < 0 || !acceptable(tokens, words, a, end)) {
                continue;
            }
            boolean strong = residenceCell && a == 0 && end == n || afterResidenceIn(tokens, a)
                    || afterDwellingOrVisitIn(tokens, a);
            boolean weak = !strong && afterHouseholdIn(tokens, a) && closesClause(tokens, end);
            if (strong || weak) {
                int[] c = counts.computeIfAbsent(phrase(tokens, a, end), k -> new int[2]);
                c[0] += strong ? 1 : 0;
                c[1]++;
            }
        }
    }

    /** The phrases the card puts in two place slots, one of them strong, added to {@code places}. */
    static void learned(Map<String, int[]> counts, Set<String> places) {
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            if (e.getValue()[0] >= 1 && e.getValue()[1] >= 2) {
                places.add(e.getKey());
            }
        }
    }

    /** Clears a learned phrase in the slots that are counted (a verb of living, a dwelling or visit noun, "gezin in"). */
    static void unflag(List<Token> tokens, int[] role, boolean[] flag, Set<String> placeWords, WordLists words) {
        int n = tokens.size();
        for (int a = 0; a + 1 < n; a++) {
            Token article = tokens.get(a);
            if (!article.isWord() || !article.capitalised() || !ARTICLES.contains(article.lower())) {
                continue;
            }
            int end = nameEnd(tokens, a + 1);
            if (end < 0 || !placeWords.contains(phrase(tokens, a, end))) {
                continue;
            }
            // review ra (Rra-290): only in the slots that are counted, never after "teleurgesteld in" and the like
            boolean slot = afterResidenceIn(tokens, a) || afterDwellingOrVisitIn(tokens, a)
                    || afterHouseholdIn(tokens, a) && closesClause(tokens, end);
            if (!slot || RelativeGuard.kinBefore(tokens, role, words, a)
                    || RelativeGuard.familyAfter(tokens, words, end - 1)) {
                continue;
            }
            for (int k = a; k < end; k++) {
                flag[k] = false;
            }
        }
    }

    /** The article and its words as written, single spaces between words ("De Huet", "De Hoven-Noord"). */
    private static String phrase(List<Token> tokens, int a, int end) {
        StringBuilder b = new StringBuilder(tokens.get(a).text());
        for (int k = a + 1; k < end; k++) {
            Token t = tokens.get(k);
            if (t.spaceBefore()) {
                b.append(' ');
            }
            b.append(t.text());
        }
        return b.toString();
    }

    /** Exclusive end of one or two capitalised words (hyphen-joined parts) closing a clause, a bracket or the text. */
    private static int nameEnd(List<Token> tokens, int from) {
        int k = ArticleNeighbourhood.capitalisedWordsEnd(tokens, from);
        if (k < 0) {
            return -1;
        }
        return k == tokens.size() || closesClause(tokens, k) || tokens.get(k).is(')') || tokens.get(k).is('|') ? k : -1;
    }

    private static boolean closesClause(List<Token> tokens, int k) {
        if (k >= tokens.size()) {
            return true;
        }
        Token t = tokens.get(k);
        return t.is('.') || t.is(',') || t.is(';') || t.is('\n');
    }

    /** A word of the name is a listed surname no place list holds; no word is a given name, kin word, role or title. */
    private static boolean acceptable(List<Token> tokens, WordLists words, int a, int end) {
        if (RelativeGuard.kinBefore(tokens, null, words, a) || RelativeGuard.familyAfter(tokens, words, end - 1)) {
            return false;
        }
        boolean surname = false;
        for (int k = a + 1; k < end; k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                continue;
            }
            String lower = t.lower();
            if (words.isKinOrRole(lower) || words.isTitle(lower) || words.isFirstName(t.text())
                    || words.isFirstNameLower(lower) || words.isTussenvoegsel(lower)) {
                return false;
            }
            surname |= CardPlaces.listedNotPlace(t, words);
        }
        return surname;
    }

    private static boolean lowerWord(Token t, String lower) {
        return t.isWord() && !t.capitalised() && t.lower().equals(lower);
    }

    /** "woont in De X", "woont al jaren in De X", "wonen te De X" (not "verhuisd naar De X": moving in with a family, review ra Rra-189). */
    private static boolean afterResidenceIn(List<Token> tokens, int a) {
        if (a < 2 || !(lowerWord(tokens.get(a - 1), "in") || lowerWord(tokens.get(a - 1), "te"))) {
            return false;
        }
        int k = a - 2;
        for (int between = 0; between < MAX_ADVERBIAL && k > 0 && !residenceVerb(tokens.get(k))
                && (tokens.get(k).isWord() && !tokens.get(k).capitalised() || tokens.get(k).isNumber()); between++) {
            k--; // "woont al jaren in De X", "woont sinds 2019 in De X"
        }
        return residenceVerb(tokens.get(k));
    }

    private static boolean residenceVerb(Token verb) {
        if (!verb.isWord() || verb.capitalised()) {
            return false;
        }
        String lower = verb.lower();
        return lower.equals("woont") || lower.equals("wonen") || lower.equals("woonde") || lower.equals("woonden")
                || lower.equals("woonachtig");
    }

    /** "de woning in De X", "huisbezoek in De X", "huisbezoek 4-9-2026 in De X". */
    private static boolean afterDwellingOrVisitIn(List<Token> tokens, int a) {
        if (a < 2 || !lowerWord(tokens.get(a - 1), "in")) {
            return false;
        }
        int k = a - 2;
        int skipped = 0;
        while (k > 0 && skipped < MAX_DATE_TOKENS && dateToken(tokens.get(k))) {
            k--;
            skipped++;
        }
        Token noun = tokens.get(k);
        if (!noun.isWord() || noun.capitalised() && !noun.sentenceStart()) {
            return false;
        }
        String lower = noun.lower();
        if (DWELLINGS.contains(lower) && skipped == 0) {
            return true;
        }
        for (String e : VISIT_ENDINGS) {
            if (lower.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean dateToken(Token t) {
        return t.isNumber() || t.is('-') || t.is('/') || t.is('.')
                || !t.text().isEmpty() && t.text().chars().allMatch(Character::isDigit);
    }

    /** "gezin in De X" (not "Z. (2013) in De X": a placement list names a foster family so, review ra Rra-200). */
    private static boolean afterHouseholdIn(List<Token> tokens, int a) {
        if (a < 2 || !lowerWord(tokens.get(a - 1), "in")) {
            return false;
        }
        Token before = tokens.get(a - 2);
        return before.isWord() && (!before.capitalised() || before.sentenceStart()) && HOUSEHOLDS.contains(before.lower());
    }
}
