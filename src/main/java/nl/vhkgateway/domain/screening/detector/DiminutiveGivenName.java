package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Round 17 (r17-names): a given name in the diminutive, written with a capital: "Evertje wil niet meer naar de
 * catechisatie", "Pietje zegt ...", "Fatimaatje slaapt slecht". The dictionary holds many of these ("evertje",
 * "pietje", "jantje") and an unknown form ("Fatimaatje") is read as a typo at a sentence start, so the name rules
 * leave them alone. Decided by the word's structure: the Dutch diminutive endings as Dutch forms them (-je after t, k,
 * s, p, f, d, g, b, ch: "Henk-je", "Evert-je"; -tje after a vowel or l, n, r, w: "Jan-tje", "Marie-tje", with a
 * doubled last vowel "Fatimaa-tje"; -pje after m: "Kim-pje"; -etje with a doubled l, m, n, r after a short vowel:
 * "Jann-etje") on a stem of three letters or more that is a listed given name and a name everywhere (no word of the
 * exceptions list: "Roos"-je, "Beer"-tje stay nouns). Left alone: kin and role words ("Broertje", "Zusje"), frequent
 * words, and the dictionary's diminutive nouns whose stem happens to be a listed name ({@code
 * diminutive-nouns.txt}: "Lintje", "Tomaatje", "Tonnetje"), a pet's name after its animal noun and a diminutive
 * before a capitalised dictionary word ("Jantje Beton"). Stateless and thread-safe.
 */
final class DiminutiveGivenName {

    private static final String VOWELS = "aeiouy";

    private DiminutiveGivenName() {
    }

    static void flag(List<Token> tokens, boolean[] covered, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || covered[i] || !t.isWord() || !t.capitalised() || t.allCaps() || t.text().length() < 5) {
                continue;
            }
            String lower = t.lower();
            if (!lower.endsWith("je") || Holder.NOUNS.contains(lower) || words.isKinOrRole(lower)
                    || words.isCommonWord(lower) || words.isTitle(lower)) {
                continue;
            }
            if (petOrTitle(tokens, i, words)) {
                continue;
            }
            if (givenNameStem(lower, words)) {
                flag[i] = true;
            }
        }
    }

    /** Animals and toys: a pet's name is no personal data ("Hun cavia Pietje is doodgegaan"). */
    private static final Set<String> PET_NOUNS = Set.of("cavia", "hond", "hondje", "poes", "kat", "katje", "konijn",
            "konijntje", "hamster", "paard", "pony", "knuffel", "vis", "vogel", "parkiet", "kip", "pop", "beer",
            "cavia's", "muis", "rat", "schildpad");

    /**
     * Review of round 17: a pet's name right after its animal noun, and a diminutive that opens a title or an
     * organisation of two capitalised words ("Jantje Beton heeft ... betaald": the next word a dictionary word, no
     * name).
     */
    private static boolean petOrTitle(List<Token> tokens, int i, WordLists words) {
        if (i > 0 && tokens.get(i - 1).isWord() && PET_NOUNS.contains(tokens.get(i - 1).lower())) {
            return true;
        }
        if (i + 1 < tokens.size() && tokens.get(i + 1).isWord() && tokens.get(i + 1).capitalised()) {
            Token next = tokens.get(i + 1);
            return words.isWord(next.lower()) && !words.isSurname(next.text()) && !words.isFirstName(next.text());
        }
        return false;
    }

    /** One of the stems the diminutive endings leave is a given name that is a name everywhere. */
    static boolean givenNameStem(String lower, WordLists words) {
        for (String stem : stems(lower)) {
            if (stem.length() < 3) {
                continue;
            }
            String name = Character.toUpperCase(stem.charAt(0)) + stem.substring(1);
            if (words.isFirstName(name) && !words.isException(name) && !words.isKinOrRole(stem)) {
                return true;
            }
        }
        return false;
    }

    /** The stems a Dutch diminutive ending may have been added to. */
    static List<String> stems(String w) {
        List<String> stems = new ArrayList<>(3);
        int len = w.length();
        if (w.endsWith("etje") && len > 7) {
            char c = w.charAt(len - 5);
            if (c == w.charAt(len - 6) && "lmnr".indexOf(c) >= 0 && vowel(w.charAt(len - 7))
                    && !vowel(w.charAt(len - 8))) {
                stems.add(w.substring(0, len - 5)); // "jannetje" -> "jan"
            }
        }
        if (w.endsWith("tje") && len > 4) {
            String s = w.substring(0, len - 3);
            char e = s.charAt(s.length() - 1);
            if (vowel(e) && (e != 'e' || s.endsWith("ie") || s.endsWith("ee")) || "lnrw".indexOf(e) >= 0) {
                stems.add(s); // "jantje" -> "jan", "marietje" -> "marie"
                if (vowel(e) && s.length() > 3 && s.charAt(s.length() - 2) == e) {
                    stems.add(s.substring(0, s.length() - 1)); // "fatimaatje" -> "fatima"
                }
            }
        }
        if (w.endsWith("mpje")) {
            stems.add(w.substring(0, len - 3)); // "kimpje" -> "kim"
        }
        String s = w.substring(0, len - 2);
        char e = s.charAt(s.length() - 1);
        if (!vowel(e) && "lmnrwj".indexOf(e) < 0) {
            stems.add(s); // "evertje" -> "evert", "henkje" -> "henk"
        }
        return stems;
    }

    private static boolean vowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    /** The dictionary's diminutive nouns whose stem is a listed given name, read once. */
    private static final class Holder {
        private static final Set<String> NOUNS = WordLists.lowerCaseSet("diminutive-nouns.txt");
    }
}
