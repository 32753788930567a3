package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;
import nl.vhkgateway.domain.screening.detector.NameClassifier.WordClass;

/**
 * Round 21 (t21-names): a surname at a sentence start with a relative clause between it and its verb: "Bakker, die al
 * jaren drinkt, sloeg moeder", "Visser, met wie moeder een relatie heeft, zegt ...", "Mulder, die de nieuwe vriend van
 * moeder is, dreigde ...". Without the clause the surname's own rules read it; the clause cut it from its verb. Two
 * things must say person: the clause (a relative pronoun only a person takes, "wie", "wiens", "wier", or "die" with a
 * relative, a role or a person's verb inside) and the verb after the clause (a verb only a person does, or "heeft/had"
 * with such a participle). The word is a listed surname or given name, not covered by an organisation or place, and
 * a Dutch word only when it is one of the frequent surnames that are words ("School, die de zorgen deelt, heeft
 * moeder gebeld", "Thuis, waar ...", "Lindenhout, dat ..." stay). Stateless.
 */
final class SurnameBeforeRelativeClause {

    private static final Set<String> PERSON_PRONOUNS = Set.of("wie", "wiens", "wier");
    private static final Set<String> CLAUSE_PREPOSITIONS = Set.of("met", "bij", "van", "aan", "voor", "op", "naar",
            "over", "door", "tegen");
    /** Verbs only a person does, inside the clause or as the main verb after it (finite forms). */
    private static final Set<String> PERSON_DEEDS = WordSets.of("drinkt", "dronk", "blowt", "blowde", "gebruikt",
            "gebruikte", "woont", "woonde", "sloeg", "slaat", "schopte", "schopt", "duwde", "duwt", "dreigde", "dreigt",
            "zag", "ziet", "zei", "zegt", "vertelde", "vertelt", "belde", "belt", "schreeuwde", "schreeuwt", "kwam",
            "komt", "haalde", "haalt", "bracht", "brengt", "liep", "loopt", "werd", "wordt", "ontkent", "ontkende",
            "verklaarde", "verklaart", "weigert", "weigerde", "wil", "wilde", "kan", "kon", "mag", "mocht", "zit",
            "zat", "is", "was", "heeft", "had", "gaat", "ging", "stuurde", "stuurt", "appte", "appt", "sms'te");
    /** Participles after "heeft/had/is" that say a person acted. */
    private static final Set<String> PERSON_PARTICIPLES = WordSets.of("geslagen", "geschopt", "geduwd", "gedreigd",
            "bedreigd", "gezien", "gezegd", "verteld", "gebeld", "opgehaald", "meegenomen", "gebracht", "geappt",
            "gestuurd", "ontkend", "verklaard", "geweigerd", "gedronken", "gebruikt", "mishandeld", "uitgescholden",
            "gekomen", "vertrokken", "weggelopen", "aangehouden", "gearresteerd");
    private static final Set<String> AUXILIARIES = Set.of("heeft", "had", "is", "was", "werd", "wordt");
    private static final int MAX_CLAUSE = 14;
    private static final int PARTICIPLE_REACH = 8;

    private SurnameBeforeRelativeClause() {
    }

    static void flag(List<Token> tokens, WordClass[] cls, boolean[] covered, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 4 < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || covered[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !t.sentenceStart()
                    || !tokens.get(i + 1).is(',') || !candidate(t, cls[i], words)) {
                continue;
            }
            int close = personClause(tokens, i + 2, words);
            if (close > 0 && personVerbAfter(tokens, close + 1)) {
                flag[i] = true;
            }
        }
    }

    private static boolean candidate(Token t, WordClass c, WordLists words) {
        String lower = t.lower();
        if (c != WordClass.AMBIGUOUS_SURNAME && c != WordClass.AMBIGUOUS_FIRST_NAME && c != WordClass.NAME
                || !words.isName(t.text()) || words.isPlace(lower) || words.isPlaceInContext(lower)
                || words.isKinOrRole(lower) || words.isTitle(lower) || words.allowed().containsWord(lower)) {
            return false;
        }
        return !words.isDutchWord(lower) || SurnameBeforeOrganisationCall.frequentWordSurname(lower);
    }

    /** The relative clause from {@code from} up to its closing comma, when it says person; -1 otherwise. */
    private static int personClause(List<Token> tokens, int from, WordLists words) {
        int k = from;
        if (k < tokens.size() && tokens.get(k).isWord() && CLAUSE_PREPOSITIONS.contains(tokens.get(k).lower())) {
            k++;
        }
        if (k >= tokens.size() || !tokens.get(k).isWord()) {
            return -1;
        }
        String pronoun = tokens.get(k).lower();
        boolean person = PERSON_PRONOUNS.contains(pronoun);
        if (!person && !(pronoun.equals("die") && k == from)) {
            return -1;
        }
        for (int m = k + 1; m < tokens.size() && m <= k + MAX_CLAUSE; m++) {
            Token w = tokens.get(m);
            if (w.is(',')) {
                return person && m > k + 1 ? m : -1;
            }
            if (w.is('.') || w.is(';') || w.is(':') || w.is('?') || w.is('!')) {
                return -1;
            }
            if (w.isWord() && !w.capitalised() && (words.isKinOrRole(w.lower()) || PERSON_DEEDS.contains(w.lower())
                    && !AUXILIARIES.contains(w.lower()) || PersonNameDetector.isPersonVerb(w.lower()))) {
                person = true;
            }
        }
        return -1;
    }

    /** "sloeg moeder", "zegt dat", "heeft de jongen geslagen". */
    private static boolean personVerbAfter(List<Token> tokens, int k) {
        if (k >= tokens.size() || !tokens.get(k).isWord() || tokens.get(k).capitalised()) {
            return false;
        }
        String verb = tokens.get(k).lower();
        if (AUXILIARIES.contains(verb)) {
            for (int m = k + 1; m < tokens.size() && m <= k + PARTICIPLE_REACH; m++) {
                Token w = tokens.get(m);
                if (!w.isWord()) {
                    return false;
                }
                if (PERSON_PARTICIPLES.contains(w.lower())) {
                    return true;
                }
            }
            return false;
        }
        return PERSON_DEEDS.contains(verb) || PersonNameDetector.isPersonVerb(verb);
    }
}
