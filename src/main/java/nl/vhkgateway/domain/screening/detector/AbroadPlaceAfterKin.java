package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 23 (t23-items): a word that only the list of towns abroad holds, right after a family word and right before
 * the verb of its clause ("Oudste dochter Jiayi tolkt voor haar ouders", "zoon Sidon speelt", "broer Kumasi heeft"):
 * a person's name (the towns abroad of GeoNames hold many given names: Jiayi, Sidon, Kumasi), or a relative called by
 * the town ({@link PlaceNicknameAfterKin} reads that for the wider family and Dutch places); either way a person. A
 * town where a relative lives is written with a preposition or a comma ("dochter in Jiayi", "vader: Casablanca") or
 * stands without a verb after it ("vader Utrecht, moeder Amersfoort"). Not a country, province or island of
 * {@code places-regions.txt}, not a Dutch or Belgian place, not after a professional's role word. Stateless.
 */
final class AbroadPlaceAfterKin {

    private static final Set<String> REGIONS = WordLists.lowerCaseSet("places-regions.txt");

    private AbroadPlaceAfterKin() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 1; i + 1 < n; i++) {
            Token t = tokens.get(i);
            Token kin = tokens.get(i - 1);
            Token verb = tokens.get(i + 1);
            if (flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !t.spaceBefore() || !kin.isWord()
                    || !verb.isWord() || verb.capitalised()) {
                continue;
            }
            String lower = t.lower();
            String kinLower = kin.lower();
            if (!words.isKinOrRole(kinLower) || BirthDateDetector.PROFESSIONAL_ROLES.contains(kinLower)
                    || !words.isAbroad(lower) || words.isDomesticPlace(lower) || REGIONS.contains(lower)) {
                continue;
            }
            if (PersonNameDetector.isPersonVerb(verb.lower()) || finiteVerb(verb, words)) {
                flag[i] = true;
            }
        }
    }

    /** A Dutch finite verb in the third person: "tolkt", "speelt" (a word of four or more letters ending in -t). */
    private static boolean finiteVerb(Token t, WordLists words) {
        String lower = t.lower();
        return lower.length() >= 4 && lower.endsWith("t") && words.isDutchWord(lower)
                && !NameClassifier.isFunctionWord(lower) && !words.isKinOrRole(lower);
    }
}
