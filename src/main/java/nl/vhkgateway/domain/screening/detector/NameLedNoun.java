package nl.vhkgateway.domain.screening.detector;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Round 18 rule (r18-allow): a noun of two words whose first word is a given name too ("Tiny House", "TINY HOUSE OP
 * HET ERF"; {@code name-led-nouns.txt}) is that noun, in any case, when its second word follows right after. Only where a noun stands: after a determiner ("in een Tiny House", "HUN TINY
 * HOUSE"), or in a heading of where a family lives in a line of capitals, after a town and a comma and before a preposition
 * of place and an article ("ALMERE HOUT, TINY HOUSE OP HET ERF"); a name has no determiner ("De buurvrouw, Tiny House, heeft ...",
 * "CONTACTPERSOON: TINY HOUSE", "Gesprek met Tiny House" stay names; "de" and the demonstratives are left out, as
 * speech puts them before a name: "die Tiny House van nummer 8", review). Guards: a
 * family word, role or title before it ("tante Tiny House", "mevrouw Tiny House"), a capitalised word before it that
 * is a name ("Sanne Tiny House") and person evidence after the noun (an age or family word in brackets, a person's verb,
 * a capitalised word in ordinary case: "Tiny House (oma)", "TINY HOUSE BELDE", "Tiny House Bakker") keep the flag; in a
 * line of capitals (read in title case by the detector) the next word's capital is no evidence. The nouns are data. Stateless.
 */
final class NameLedNoun {

    private static final Set<String> NOUNS = load();
    /**
     * Determiners before the noun. Not "zijn": it is the verb as often as the possessive ("Steunfiguren zijn Tiny
     * House en oma": review rev-allow P-allow-311/312), and "z'n" stays for the possessive.
     */
    private static final Set<String> DETERMINERS = Set.of("een", "het", "hun", "haar", "z'n", "d'r", "ons",
            "onze", "jullie", "eigen", "elk", "ieder", "geen");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("op", "in", "achter", "naast");
    private static final Set<String> ARTICLES = Set.of("het", "de", "een");

    private NameLedNoun() {
    }

    private static Set<String> load() {
        Set<String> nouns = new HashSet<>();
        WordLists.read("name-led-nouns.txt", w -> nouns.add(WordLists.lower(w)));
        if (nouns.isEmpty()) {
            throw new IllegalStateException("name-led-nouns.txt is empty");
        }
        return Set.copyOf(nouns);
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words, boolean shouted) {
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token t = tokens.get(i);
            Token next = tokens.get(i + 1);
            if (!flag[i] || !t.isWord() || !next.isWord() || !NOUNS.contains(t.lower() + " " + next.lower())) {
                continue;
            }
            if (!determinerBefore(tokens, i) && !(shouted && placeHeading(tokens, words, i))
                    || RelativeGuard.kinBefore(tokens, role, words, i) || nameBefore(tokens, words, i)
                    || personAfter(tokens, words, i + 1, shouted)) {
                continue;
            }
            flag[i] = false;
            flag[i + 1] = false;
        }
    }

    /** A noun has a determiner, a name has none: "in een Tiny House", "hun tiny house", "HET TINY HOUSE". */
    private static boolean determinerBefore(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).isWord() && DETERMINERS.contains(tokens.get(i - 1).lower());
    }

    /**
     * A heading of where a family lives, in a line of capitals: a town of the place list before a comma, the noun, then
     * a preposition of place and an article ("ALMERE HOUT, TINY HOUSE OP HET ERF VAN KENNISSEN"). In ordinary case
     * and with "aan" or "bij" it reads as a person at a place ("Almere, Tiny House aan de telefoon", "Lelystad, Tiny
     * House bij de voordeur": review).
     */
    private static boolean placeHeading(List<Token> tokens, WordLists words, int i) {
        int n = tokens.size();
        if (i < 2 || !tokens.get(i - 1).is(',') || i + 3 >= n) {
            return false;
        }
        boolean town = false;
        for (int k = Math.max(0, i - 3); k < i - 1; k++) {
            Token t = tokens.get(k);
            town |= t.isWord() && words.isDomesticPlace(t.lower()) && !words.isListedPersonWord(t.text());
        }
        return town && tokens.get(i + 2).isWord() && PLACE_PREPOSITIONS.contains(tokens.get(i + 2).lower())
                && tokens.get(i + 3).isWord() && ARTICLES.contains(tokens.get(i + 3).lower());
    }

    /** An age or family word in brackets, a person's verb or a capitalised word in ordinary case after the noun. */
    private static boolean personAfter(List<Token> tokens, WordLists words, int last, boolean shouted) {
        if (RelativeGuard.familyAfter(tokens, words, last)) {
            return true;
        }
        if (last + 1 >= tokens.size() || !tokens.get(last + 1).isWord()) {
            return false;
        }
        Token after = tokens.get(last + 1);
        return PersonNameDetector.isPersonVerb(after.lower()) || !shouted && after.capitalised() && !after.allCaps();
    }

    private static boolean nameBefore(List<Token> tokens, WordLists words, int i) {
        if (i == 0 || !tokens.get(i - 1).isWord()) {
            return false;
        }
        Token b = tokens.get(i - 1);
        return b.capitalised() && !b.allCaps() && words.isListedPersonWord(b.text());
    }
}
