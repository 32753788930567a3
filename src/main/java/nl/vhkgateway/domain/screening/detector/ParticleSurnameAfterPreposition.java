package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 22 (t22-names): a surname written with its particle in lower case after a preposition that takes a person:
 * "De kinderen slapen in het weekend bij de Vries", "Moeder heeft gesproken met de Graaf", "volgens van Dam". Dutch
 * writes the particle in lower case after a given name or initial only, but writers drop the given name and keep the
 * lower case; the capital of the surname after a lower-case "de", "van", "van der", "ter" ... in the middle of a
 * sentence is then the person's.
 *
 * <p>The preposition is one of bij, met, van, door, namens, volgens, tegen, naast, zonder, voor, aan; the particles
 * one to three listed particles in lower case; the word after them a capitalised (not all-capitals) listed surname
 * that no water, organisation, allow or abroad list holds, and that is no Dutch word unless it is a surname of the
 * word-surname lists, alone or with its particles ("de Graaf", "de Boer", "de Koning", "de Vries", "de Jong":
 * {@link SurnameBetweenHomes#wordSurname}). A village of
 * that name counts as the surname ("bij de Vries": Vries is a village in Drenthe, but a village takes no article
 * unless the article is part of its listed name, "De Bilt", "Den Haag", which the phrase check below keeps out). The run "de X"
 * must be no listed phrase ("bij de Efteling", "in de Achterhoek") unless the list of word surnames holds the run itself
 * ("de Graaf" is a hamlet too), and no capitalised word or institution's head may
 * follow ("bij de Vries Transport", "met de Graaf Ziekenhuis"), as those name a firm or a building. "bij de buren",
 * "met de Raad voor de Kinderbescherming" (a Dutch word of no surname list), "aan de Vecht" (a water) and "bij het
 * Bogerman", "van het Haga" (the article of a school or hospital; only "van 't" opens a surname) stay.
 * After "van" a Dutch word is no surname ("Kaart van de Post": the firm), and a capitalised "Van" opening the
 * sentence is the name's own particle ("Van der Valk in Houten", the hotel), no preposition. Stateless.
 */
final class ParticleSurnameAfterPreposition {

    private static final Set<String> PREPOSITIONS = WordSets.of("bij", "met", "van", "door", "namens", "volgens",
            "tegen", "naast", "zonder", "voor", "aan");
    private static final int MAX_PARTICLES = 3;

    private ParticleSurnameAfterPreposition() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            Token prep = tokens.get(i);
            if (!prep.isWord() || prep.capitalised() && (!prep.sentenceStart() || prep.lower().equals("van"))
                    || !PREPOSITIONS.contains(prep.lower())) {
                continue;
            }
            int k = i + 1;
            while (k < n && k - i - 1 < MAX_PARTICLES && tokens.get(k).isWord() && !tokens.get(k).capitalised()
                    && words.isTussenvoegsel(tokens.get(k).lower())) {
                k++;
            }
            if (k == i + 1 || k >= n || flag[k] || articleOfBuilding(tokens, i + 1, k)) {
                continue;
            }
            Token s = tokens.get(k);
            if (!s.isWord() || !s.capitalised() || s.allCaps() || s.sentenceStart()) {
                continue;
            }
            String phrase = phrase(tokens, i + 1, k);
            // a surname of the word-surname lists with its particle wins over a hamlet of that name ("de Graaf")
            boolean listedWithParticle = SurnameBetweenHomes.wordSurname(phrase, words);
            if (!surname(s, phrase, prep.lower().equals("van"), words) || !listedWithParticle && (words.allowed().match(tokens, i + 1).length() > 0
                    || words.allowed().match(tokens, k).length() > 0)
                    || followedByName(tokens, k) || LowerCaseSurnameAfterPreposition.institutionAfter(tokens, k + 1)) {
                continue;
            }
            for (int m = i + 1; m <= k; m++) {
                flag[m] = true;
            }
        }
    }

    /**
     * "het" or "'t" among the particles: "bij het Bogerman", "van het Haga", "in 't Zand" name a school, hospital or
     * site; only "van 't" opens a surname ("van 't Hof").
     */
    private static boolean articleOfBuilding(List<Token> tokens, int from, int to) {
        for (int m = from; m < to; m++) {
            String p = tokens.get(m).lower();
            if (p.equals("het") || p.equals("'t") && !(m > from && tokens.get(m - 1).lower().equals("van"))) {
                return true;
            }
        }
        return false;
    }

    /** The particles and the word, lower case, single spaces ("de vries", "van der meer"). */
    private static String phrase(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int m = from; m <= to; m++) {
            b.append(m > from ? " " : "").append(tokens.get(m).lower());
        }
        return b.toString();
    }

    private static boolean surname(Token s, String phrase, boolean afterVan, WordLists words) {
        String lower = s.lower();
        if (!words.isSurname(s.text()) || words.isAbroad(lower) || words.isWater(lower)
                || words.allowed().containsWord(lower) || words.isKinOrRole(lower) || words.isTitle(lower)) {
            return false;
        }
        return !words.isDutchWord(lower) || !afterVan && (SurnameBetweenHomes.wordSurname(lower, words)
                || SurnameBetweenHomes.wordSurname(phrase, words));
    }

    /** A capitalised word right after: "bij de Vries Transport" names a firm. */
    private static boolean followedByName(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(k + 1);
        return next.isWord() && next.capitalised() && next.spaceBefore();
    }
}
