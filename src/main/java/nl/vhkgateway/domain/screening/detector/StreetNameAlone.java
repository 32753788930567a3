package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 14 rule (r14-places): a one-word street or square name without a house number ("bij de Bredasestraat",
 * "Santiplein is ingeschakeld", "Schuldhulpverlener van Santiplein") is a place or an organisation named after one,
 * not a person: card-format.md refuses a street address (a street with its number), and the address rules still read
 * a number after the word. A flagged capitalised word is cleared when it ends in an unambiguous street or square
 * element ("straat", "plein", "laan", "gracht", "singel", "steeg", "dreef", "kade", "boulevard") after at least three
 * letters, and:
 * <ul>
 * <li>no name list holds it (given names, surnames, weak names: "Vanderlaan", "Terlaan" stay names), and it does not
 * open with a surname particle written together ("Vanderstraat");</li>
 * <li>no number, house-number word or postcode follows it (that is an address, left to the address rules);</li>
 * <li>no kin word, role or title stands before it, and no bracket with a family word, age or apposition of a person
 * follows ("mevrouw Kerkstraat", "Lindelaan (oom)").</li>
 * </ul>
 * Stateless.
 */
final class StreetNameAlone {

    private static final List<String> ELEMENTS = List.of("straat", "plein", "laan", "gracht", "singel", "steeg",
            "dreef", "kade", "boulevard");
    private static final List<String> JOINED_PARTICLES = List.of("van", "ver", "ter", "ten", "de");
    private static final int MIN_STEM = 3;

    private StreetNameAlone() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !streetShape(t.lower())) {
                continue;
            }
            String cap = NameClassifier.capitalise(t.lower());
            if (words.isName(t.text()) || words.isName(cap) || words.isWeakName(t.lower())
                    || words.isFirstNameLower(t.lower())) {
                continue;
            }
            if (i + 1 < n && (tokens.get(i + 1).isNumber() || startsWithDigit(tokens.get(i + 1)))) {
                continue; // "Santiplein 4": an address
            }
            if (RelativeGuard.kinBefore(tokens, role, words, i) || RelativeGuard.familyAfter(tokens, words, i)) {
                continue;
            }
            flag[i] = false;
        }
    }

    static boolean streetShape(String lower) {
        for (String p : JOINED_PARTICLES) {
            if (lower.startsWith(p) && lower.length() > p.length()
                    && ELEMENTS.contains(lower.substring(p.length()))) {
                return false; // "Vanderstraat"-like: a particle and an element alone
            }
        }
        if (lower.startsWith("vander") || lower.startsWith("vande") || lower.startsWith("vanden")) {
            return false;
        }
        for (String e : ELEMENTS) {
            if (lower.endsWith(e) && lower.length() >= e.length() + MIN_STEM) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithDigit(Token t) {
        return !t.text().isEmpty() && Character.isDigit(t.text().charAt(0));
    }
}
