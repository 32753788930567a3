package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 10 leak fix: the checks that keep the clean-card rules (organisation lists, communities, inverted adverbs,
 * foreign quotes, places without diacritics) away from family members. A word that any name list holds, or that
 * stands with person evidence around it, is never cleared by those rules:
 * <ul>
 *   <li>a family word, a role or a title right before it ("oom Mezquita", "meneer Cordoba");</li>
 *   <li>an apposition with a family word after it ("Nederhorst, de opa van Sem", "Huntelaar, de stiefvader");</li>
 *   <li>an age or a year of birth in brackets after it ("Cami (15)").</li>
 * </ul>
 * Stateless.
 */
final class RelativeGuard {

    private static final Set<String> APPOSITION_OPENERS = Set.of("de", "het", "een", "zijn", "haar", "z'n", "m'n",
            "mijn", "hun", "onze");

    private RelativeGuard() {
    }

    /** A given name, surname or weak name of any name list, in any case, or a place that is also a name. */
    static boolean listedName(Token t, WordLists words) {
        String lower = t.lower();
        String cap = lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        return words.isName(t.text()) || words.isName(cap) || words.isFirstNameLower(lower)
                || words.isWeakName(lower) || contextPlace(lower, words);
    }

    /** An entry of places-also-names.txt: a place only with a place word before it, often a name. */
    static boolean contextPlace(String lower, WordLists words) {
        return words.isPlaceInContext(lower) && !words.isPlace(lower);
    }

    /** A family word, role or title right before, a family apposition after, or an age in brackets after. */
    static boolean around(List<Token> tokens, int[] role, WordLists words, int i) {
        return kinBefore(tokens, role, words, i) || familyAfter(tokens, words, i);
    }

    static boolean kinBefore(List<Token> tokens, int[] role, WordLists words, int i) {
        if (i == 0 || !tokens.get(i - 1).isWord()) {
            return false;
        }
        String before = tokens.get(i - 1).lower();
        return role != null && (role[i - 1] & (PersonNameDetector.KIN | PersonNameDetector.TITLE)) != 0
                || words.isKinOrRole(before) || words.isTitle(before);
    }

    /**
     * ", de zus van moeder", ", zijn nicht", " (15)", " (2009)" after the word; round 11 leak fix: brackets holding a
     * family, role or person word or a possessive (" (oom)", " (ex-partner van moeder)", " (zijn nieuwe vriendin)"),
     * a relative pronoun of a person (", die", ", bij wie": a place takes "waar") and an apposition with a person noun
     * (", de dealer uit de wijk").
     */
    static boolean familyAfter(List<Token> tokens, WordLists words, int i) {
        int n = tokens.size();
        int k = i + 1;
        if (k < n && tokens.get(k).is('(')) {
            if (k + 1 < n && tokens.get(k + 1).text().chars().allMatch(Character::isDigit)
                    && !tokens.get(k + 1).text().isEmpty()) {
                return true;
            }
            int m = k + 1;
            for (; m < n && m <= k + 8 && !tokens.get(m).is(')'); m++) {
                if (tokens.get(m).isWord() && personWord(tokens.get(m).lower(), words)) {
                    return true;
                }
            }
            if (m >= n || !tokens.get(m).is(')')) {
                return false;
            }
            k = m + 1;
        }
        if (k >= n || !tokens.get(k).is(',')) {
            return false;
        }
        k++;
        if (k < n && tokens.get(k).isWord() && PERSON_RELATIVES.contains(tokens.get(k).lower())) {
            return true;
        }
        if (k + 1 < n && tokens.get(k).isWord() && RELATIVE_PREPOSITIONS.contains(tokens.get(k).lower())
                && tokens.get(k + 1).isWord() && tokens.get(k + 1).lower().equals("wie")) {
            return true;
        }
        if (k < n && tokens.get(k).isWord() && APPOSITION_OPENERS.contains(tokens.get(k).lower())) {
            k++;
        }
        for (int m = k; m < n && m <= k + 2; m++) {
            if (tokens.get(m).isWord() && !tokens.get(m).capitalised()
                    && (words.isKinOrRole(tokens.get(m).lower()) || PERSON_NOUNS.contains(tokens.get(m).lower()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean personWord(String lower, WordLists words) {
        return words.isKinOrRole(lower) || PERSON_NOUNS.contains(lower) || POSSESSIVES.contains(lower)
                || lower.startsWith("stief") || lower.startsWith("ex-");
    }

    /** Relative pronouns that only a person takes (a place takes "waar"). */
    private static final Set<String> PERSON_RELATIVES = Set.of("die", "wie", "wiens", "wier");
    private static final Set<String> RELATIVE_PREPOSITIONS = Set.of("bij", "met", "van", "voor", "aan", "op", "door",
            "naar", "zonder", "tegen", "over");
    private static final Set<String> POSSESSIVES = Set.of("zijn", "haar", "z'n", "m'n", "mijn", "hun", "onze");
    /** Nouns of persons that the kin and role list does not hold (round 11 leak fix: ", de dealer uit de wijk"). */
    private static final Set<String> PERSON_NOUNS = Set.of("dealer", "dealers", "jongen", "jongens", "man", "vrouw",
            "meisje", "meid", "kerel", "vent", "buurman", "buurvrouw", "buurjongen", "buurmeisje", "klasgenoot",
            "klasgenoten", "vriendje", "vriendinnetje", "lover", "loverboy", "pooier", "volwassene", "jongeman",
            "neef", "nicht", "broer", "zus", "zusje", "broertje", "oom", "tante", "collega", "baas", "eigenaar");
}
