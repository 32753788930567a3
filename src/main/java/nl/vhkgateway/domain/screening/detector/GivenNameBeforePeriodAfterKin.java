package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 12 (oldleaks): a listed given name in lower case right after a kin word, at the end of a sentence ("bij oma
 * trees.", "met tante roos.", "bij oom bas. Daarna ..."). A kin word takes no bare noun after it, so a given name
 * there is the relative's name, also when it is an ordinary word as well (roos, bas, riet, trees). The sentence must
 * end right after it: a period followed by the end of the text or a capitalised word; a period before lower-case
 * text or a number is a care-note abbreviation ("ouders gesch. sinds 2022", {@link CareNoteAbbreviation}). Not after
 * plural kin words ("ouders", "broers") or words that are no relative ("jongste", "biologische"), not for care-note
 * abbreviations, kin words, particles, function words or frequent words ("oma ook.", "vader weg."). Stateless.
 */
final class GivenNameBeforePeriodAfterKin {

    private static final Set<String> NOT_BEFORE_NAME = WordSets.of("ouders", "grootouders", "pleegouders", "broers",
            "zussen", "buren", "vrienden", "vriendjes", "vriendinnen", "opa's", "oma's", "biologische", "jongste",
            "oudste", "middelste", "kleinste", "intern", "ambulant", "maatschappelijk", "kind", "kindje", "jeugdige",
            "tweeling", "baby");

    private GivenNameBeforePeriodAfterKin() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 1; i + 1 < n; i++) {
            Token t = tokens.get(i);
            Token kin = tokens.get(i - 1);
            if (flag[i] || !t.isWord() || t.capitalised() || !tokens.get(i + 1).is('.') || !kin.isWord()
                    || !words.isKinOrRole(kin.lower()) || NOT_BEFORE_NAME.contains(kin.lower())) {
                continue;
            }
            String lower = t.lower();
            if (lower.length() < 3 || !words.isFirstNameLower(lower) || words.isKinOrRole(lower)
                    || words.isTussenvoegsel(lower) || NameClassifier.isFunctionWord(lower)
                    || words.isCommonWord(lower) || CareNoteAbbreviation.listed(lower)
                    || words.isWord(lower)) { // round 12 (oldleaksfix): a dictionary word ("met tante henna.", "oom storm.")
                continue;
            }
            if (i + 2 < n && !(tokens.get(i + 2).isWord() && tokens.get(i + 2).capitalised())) {
                continue; // lower-case text or a number after the period: an abbreviation ("gesch. sinds")
            }
            flag[i] = true;
        }
    }
}
