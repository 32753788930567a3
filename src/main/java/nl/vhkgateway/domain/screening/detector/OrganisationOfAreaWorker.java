package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 26 (t26-held): the organisation a welfare or youth worker works for, after the worker and "van": "heeft een band
 * met de jongerenwerker van Trajekt", "de straathoekwerker van Welzijnswerk", "de medewerker van Pactum". A determiner
 * and a worker's noun (a compound ending in "werker" or "medewerker") before "van", then one capitalised word that no
 * name list holds (given name, surname, weak name), ending its name. Stays: a listed name ("de jongerenwerker van
 * Daan", "de medewerker van Jansen"), a longer capitalised run ("van Trajekt Bakker"), a person's bracket or verb after
 * it ("van Xandor (15)"), and other roles ("de mentor van Xandor": a child's mentor). <b>Price</b>: an unlisted name of a
 * child after "de jongerenwerker van" passes, as after "werkt bij". Stateless.
 */
final class OrganisationOfAreaWorker {

    private static final java.util.Set<String> DETERMINERS = WordSets.of("de", "het", "een", "zijn", "haar", "hun",
            "onze", "z'n", "d'r", "die", "deze");

    private OrganisationOfAreaWorker() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 3; i < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !tokens.get(i - 1).text().equals("van")
                    || !worker(tokens.get(i - 2)) || !tokens.get(i - 3).isWord()
                    || !DETERMINERS.contains(tokens.get(i - 3).lower())) {
                continue;
            }
            if (PlacesBySurroundings.personListed(t, words) || words.isWeakName(t.lower())
                    || words.isKinOrRole(t.lower()) || words.isTitle(t.lower())) {
                continue;
            }
            if (i + 1 < n) {
                Token next = tokens.get(i + 1);
                if (next.isWord() && (next.capitalised() || words.isTussenvoegsel(next.lower())
                        || PersonNameDetector.isPersonVerb(next.lower())) || next.is('(') || next.is('-')) {
                    continue;
                }
            }
            if (PlacesBySurroundings.personAround(tokens, role, words, i)) {
                continue;
            }
            flag[i] = false;
        }
    }

    private static boolean worker(Token t) {
        if (!t.isWord() || t.capitalised()) {
            return false;
        }
        String w = t.lower();
        return w.length() > 6 && w.endsWith("werker");
    }
}
