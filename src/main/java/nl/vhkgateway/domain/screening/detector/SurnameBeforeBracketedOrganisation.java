package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 26 (t26-items): a listed surname, the organisation the person works for in brackets and a verb of a
 * professional's judgement or doing after it ("Kuipers (Lentis) ziet geen reden", "Smid (GGD Drenthe) adviseert
 * ..."): the professional named outside the cover fields. The detector reads an unknown word before a bracketed
 * organisation as a unit or brand of it ("Kinnik (GGZ Friesland)"); a surname of the lists with a person's verb
 * after the bracket is a person. Counter-shapes that stay: an organisation or unknown word before the bracket
 * ("Parnassia (Bavo) heeft ...", "Kinnik (GGZ Friesland) biedt"), a place ("Assen (GGZ Drenthe) ziet"), a noun after
 * the bracket instead of a verb, a family or role word ("Vader (RVDK) ziet"), a word inside a name ("Graaf Engelbrecht
 * (vmbo-t)", "De Lage Waard (speciaal onderwijs) ziet": the surname must open the clause), and the verbs of being and
 * having, which an organisation does as often. Stateless.
 */
final class SurnameBeforeBracketedOrganisation {

    /** Verbs of a professional's judgement or doing. */
    private static final Set<String> VERBS = WordSets.of("ziet", "zag", "adviseert", "adviseerde", "vindt", "vond",
            "zegt", "zei", "meldt", "meldde", "belt", "belde", "schrijft", "schreef", "denkt", "dacht", "twijfelt",
            "twijfelde", "behandelt", "behandelde", "onderzoekt", "onderzocht", "verwijst", "verwees", "stelt", "stelde",
            "concludeert", "concludeerde", "vertelt", "vertelde", "geeft", "gaf", "ontkent", "ontkende");

    private SurnameBeforeBracketedOrganisation() {
    }

    static void flag(List<Token> tokens, int[] role, boolean[] covered, boolean[] coveredOrganisation, WordLists words,
                     boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 3 < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !tokens.get(i + 1).is('(')
                    || i > 0 && !t.sentenceStart() || role[i] != 0 || words.isKinOrRole(t.lower())
                    || !words.isSurname(t.text()) || words.isPlace(t.lower()) || words.allowed().containsWord(t.lower())
                    || words.allowed().match(tokens, i).length() > 1) {
                continue;
            }
            int close = i + 2;
            boolean organisation = false;
            while (close < n && close < i + 8 && !tokens.get(close).is(')')) {
                organisation |= coveredOrganisation[close];
                close++;
            }
            if (!organisation || close + 1 >= n || !tokens.get(close).is(')')) {
                continue;
            }
            Token verb = tokens.get(close + 1);
            if (verb.isWord() && !verb.capitalised() && VERBS.contains(verb.lower())) {
                flag[i] = true;
            }
        }
    }
}
