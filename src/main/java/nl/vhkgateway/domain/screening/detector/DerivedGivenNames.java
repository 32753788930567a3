package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Round 15 (r15-misses): the regular derived forms of a listed given name, which the name lists (Datafaker, curated)
 * hold only in part: the Latinised baptismal form. (A diminutive, "Evert" - "Evertje", was tried and dropped after
 * the false-refusal review: "Lon"+"tje", "Job"+"betje", "Sterre"+"tje" are Dutch nouns, "lontje", "jobbetje".)
 * <ul>
 * <li>the Latinised baptismal form in -us ("Hendrik" - "Hendrikus", "Gerard" - "Gerardus", "Bernard" -
 * "Bernardus"), written in registers and by older or church-going families: for a base of four or more letters
 * ending in a consonant other than s, and only when the derived form is no word of the Dutch or English dictionary
 * ("virus", "campus", "bonus", "status" stay words);</li>
 * </ul>
 * A derived form that is a frequent word or a place is left out. Stateless; used once when the lists load.
 */
final class DerivedGivenNames {

    private DerivedGivenNames() {
    }

    /**
     * @param names the listed given names (capitalised), extended in place
     * @param word whether a lower-case form is a dictionary word (Dutch or English)
     * @param excluded whether a lower-case form is a frequent word or a place
     */
    static void addTo(Set<String> names, Predicate<String> word, Predicate<String> excluded) {
        List<String> derived = new ArrayList<>();
        for (String name : names) {
            if (name.length() < 3 || !Character.isUpperCase(name.charAt(0))
                    || !name.chars().allMatch(Character::isLetter)) {
                continue;
            }
            String lower = WordLists.lower(name);
            char last = lower.charAt(lower.length() - 1);
            boolean vowel = "aeiouy".indexOf(last) >= 0;
            if (lower.length() >= 4 && !vowel && last != 's') {
                String us = name + "us";
                if (!word.test(lower + "us") && !excluded.test(lower + "us")) {
                    derived.add(us);
                }
            }
        }
        names.addAll(derived);
    }
}
