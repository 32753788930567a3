package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 21 (t21-names): a relative's name in the cell after the relative's cell written as a register writes it,
 * surname first, a comma, then the given name, in capitals or not: "| stiefvader | DE BRUIN, ROB |", "| moeder |
 * Kuipers, Anna |", "| oom | VAN DER MEER, J. |". The given name must be a listed given name (or an initial), the part
 * before the comma a listed surname or a capitalised word after surname particles; no part a kin word, title, place
 * or word of the allowed lists ("| vader | Onbekend, Geen |", "| oma | Zwolle, Kampen |" stay). Stateless.
 */
final class InvertedNameCell {

    /** Particles, the surname, the comma, one or two given names or initials. */
    static final int MAX_TOKENS = 7;
    /** The second word of a particle of two ("van der", "van den", "in 't"), which the list holds only as a pair. */
    private static final java.util.Set<String> PARTICLE_PARTS = java.util.Set.of("der", "den", "de", "het", "'t", "la",
            "le", "ter", "ten");

    private InvertedNameCell() {
    }

    static boolean matches(List<Token> tokens, WordLists words, int from, int to) {
        int comma = -1;
        for (int k = from; k < to; k++) {
            if (tokens.get(k).is(',')) {
                if (comma >= 0) {
                    return false;
                }
                comma = k;
            }
        }
        if (comma <= from || comma + 1 >= to || !surnamePart(tokens, words, from, comma)) {
            return false;
        }
        return givenPart(tokens, words, comma + 1, to);
    }

    private static boolean surnamePart(List<Token> tokens, WordLists words, int from, int to) {
        int k = from;
        while (k < to - 1 && tokens.get(k).isWord() && (words.isTussenvoegsel(tokens.get(k).lower())
                || PARTICLE_PARTS.contains(tokens.get(k).lower()))) {
            k++;
        }
        if (k != to - 1) {
            return false;
        }
        Token s = tokens.get(k);
        if (!s.isWord() || !s.capitalised() || s.text().length() < 2) {
            return false;
        }
        String lower = s.lower();
        if (k > from) {
            // "VAN DER MEER": after particles the word is the surname, also where it is a noun or a place alone
            return !words.isKinOrRole(lower) && !words.isTitle(lower);
        }
        if (ordinary(s, words)) {
            return false;
        }
        return words.isSurname(NameClassifier.capitalise(lower)) || words.isSurname(s.text());
    }

    private static boolean givenPart(List<Token> tokens, WordLists words, int from, int to) {
        boolean given = false;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.is('.') && k > from && tokens.get(k - 1).singleCapital()) {
                continue;
            }
            if (!t.isWord() || !t.capitalised() || k - from > 3) {
                return false;
            }
            if (t.singleCapital()) {
                given = true;
                continue;
            }
            if (ordinary(t, words) || !words.isFirstName(NameClassifier.capitalise(t.lower()))
                    && !words.isFirstName(t.text())) {
                return false;
            }
            given = true;
        }
        return given;
    }

    private static boolean ordinary(Token t, WordLists words) {
        String lower = t.lower();
        return words.isKinOrRole(lower) || words.isTitle(lower) || words.isPlaceInContext(lower) || words.isPlace(lower)
                || words.allowed().containsWord(lower) || NameClassifier.isFunctionWord(lower);
    }
}
