package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 21 (t21-names): a family's surname in capitals after "GEZIN", "FAMILIE" or "FAM." in capitals, as a mail's
 * subject or a header writes it: "GEZIN HOOGLANDER - zorgen over verwaarlozing", "FAMILIE DE BOER", "FAM. JANSEN".
 * In mixed case the form of address already takes the word after it ("Gezin Hooglander"); in capitals the word was
 * read as shouting. The word counts when it is a listed surname (or a name of the large list of many origins) that
 * is no frequent word; a word of no list does not (review: Arnhem's "PRESIKHAAF", "MULTIPROBLEEM"), unless a letter no Dutch word has
 * spells it ("ÇELIK"); after particles ("DE", "VAN DER") the next word in capitals. Places,
 * organisations, kin and function words ("GEZIN THUIS", "FAMILIE ZORGEN", "GEZIN VHT") stay. Stateless.
 */
final class CapitalsAfterFamilyWord {

    private static final Set<String> FAMILY_WORDS = Set.of("gezin", "familie", "fam");
    private static final int MAX_PARTICLES = 2;

    private CapitalsAfterFamilyWord() {
    }

    static void flag(List<Token> tokens, boolean[] coveredOrg, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int f = 0; f + 1 < n; f++) {
            Token family = tokens.get(f);
            if (!family.isWord() || !family.allCaps() || !FAMILY_WORDS.contains(family.lower())) {
                continue;
            }
            int k = f + 1;
            if (tokens.get(k).is('.') && k + 1 < n) {
                k++;
            }
            int first = k;
            while (k < n && k < first + MAX_PARTICLES && tokens.get(k).isWord() && tokens.get(k).allCaps()
                    && words.isTussenvoegsel(tokens.get(k).lower())) {
                k++;
            }
            if (k >= n || flag[k] || coveredOrg[k] || !tokens.get(k).isWord() || !tokens.get(k).allCaps()) {
                continue;
            }
            if (surname(tokens.get(k).lower(), k > first, words)) {
                for (int m = first; m <= k; m++) {
                    flag[m] = true;
                }
            }
        }
    }

    private static boolean surname(String lower, boolean afterParticle, WordLists words) {
        if (lower.length() < 3 || !lower.chars().allMatch(Character::isLetter)) {
            return false;
        }
        String cap = NameClassifier.capitalise(lower);
        if (afterParticle) {
            return !words.isKinOrRole(lower) && !words.isTitle(lower) && !words.allowed().containsWord(lower);
        }
        if (CapitalsNameInSentence.notAName(lower, words)) {
            return false;
        }
        // review revnames: no arm for words of no list (neighbourhoods "PRESIKHAAF", compounds "MULTIPROBLEEM")
        // but a word of no list spelled with a letter Dutch words do not have ("ÇELIK", "ÖZDEMIR") is a name
        boolean foreignLetter = lower.length() >= 4 && !words.isWord(lower) && !lower.chars().allMatch(
                c -> c >= 'a' && c <= 'z' || "éèëïöüáó".indexOf(c) >= 0);
        return (words.isSurname(cap) || words.isWeakName(lower)) && !words.isCommonWord(lower) || foreignLetter;
    }
}
