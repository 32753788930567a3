package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 12 (oldleaks): a surname after "DE" (or "DEN", "DER") in text written in capitals ("ZE SLAAPT BIJ OOM DE
 * VRIES", "NAAR DE BOS IN HENGELO", also a line in capitals inside ordinary text). Capitals hide whether "DE" is the
 * article or the particle of a surname. It is the particle when the word after it is a listed surname and either no
 * Dutch noun ("VRIES", "BRUIJN", "JONG": no word, or a word without a diminutive) or a noun that takes "het" ({@code neuter-nouns.txt}: "de bos" is no Dutch for
 * the wood), and "DE" follows a preposition that takes a person ("naar", "bij", "met", "van" ...), a kin or title
 * word ("OOM DE VRIES"), or, for a word that is no Dutch word, opens the clause before a verb that wants a person.
 * "NAAR DE MARKT", "NAAR DE BAKKER" (a "de" noun), "NAAR HET BOS", places with the article ("DE BILT", "DE MEERN")
 * and organisations of the allow lists ("DE BASCULE") stay. Stateless.
 */
final class SurnameAfterDeInCapitals {

    private static final Set<String> ARTICLE_PARTICLES = WordSets.of("de", "den", "der");
    private static final Set<String> PERSON_PREPOSITIONS = WordSets.of("naar", "bij", "met", "van", "voor", "door", "aan",
            "tegen", "zonder", "over", "via", "tussen", "en", "of", "familie", "fam", "gezin");

    private SurnameAfterDeInCapitals() {
    }

    /**
     * @param shouted the whole text was written in capitals (the tokens are in Title Case)
     */
    static void flag(List<Token> tokens, WordLists words, boolean shouted, boolean[] flag) {
        int n = tokens.size();
        for (int i = 1; i < n; i++) {
            Token t = tokens.get(i);
            Token de = tokens.get(i - 1);
            if (flag[i] || !t.isWord() || !de.isWord() || !(shouted || t.allCaps() && de.allCaps() && t.text().length() > 1)
                    || !ARTICLE_PARTICLES.contains(de.lower())) {
                continue;
            }
            String lower = t.lower();
            String cap = NameClassifier.capitalise(lower);
            // no noun: no word at all, or a word with no diminutive ("vries", "jong", "groot"); not a nominalised
            // adjective ("de kleine", "de oude")
            boolean notAWord = !words.isWord(lower) || !KinLowerCaseName.noun(lower, words) && !lower.endsWith("e")
                    && !words.isCommonWord(lower);
            boolean neuter = Holder.NEUTER.contains(lower);
            if (!words.isSurname(cap) || !(notAWord || neuter) || placeOrOrganisation(de.lower(), lower, words)
                    || CapitalPlacePhrase.endsListedPlace(tokens, i, words, shouted)) { // round 14: "HORST AAN DE MAAS"
                continue;
            }
            if (i + 1 < n && tokens.get(i + 1).isWord() && adverbOrCompoundHalf(lower, tokens.get(i + 1).lower(), words)) {
                continue; // round 12 (oldleaksfix): "DE HOOG OPGELOPEN RUZIE", "NAAR DE HUIS ARTS"
            }
            int p = i - 2;
            boolean personBefore = p >= 0 && tokens.get(p).isWord()
                    && (PERSON_PREPOSITIONS.contains(tokens.get(p).lower()) || words.isKinOrRole(tokens.get(p).lower())
                    || words.isTitle(tokens.get(p).lower()));
            boolean clauseStart = p < 0 || !tokens.get(p).isWord();
            if (personBefore || notAWord && clauseStart && PersonNameDetector.personVerbAfter(tokens, i)) {
                flag[i] = true;
            }
        }
    }

    /**
     * The word before a participle or an inflected adjective ("hoog opgelopen", "goed lopende"), or the first half of
     * a compound written apart ("huis arts", "water kant", "zand bak").
     */
    private static boolean adverbOrCompoundHalf(String lower, String next, WordLists words) {
        if (words.isWord(lower + next)) {
            return true;
        }
        return next.length() > 3 && (next.endsWith("en") || next.endsWith("end") || next.endsWith("ende")
                || next.startsWith("ge") && (next.endsWith("d") || next.endsWith("t") || next.endsWith("de")
                || next.endsWith("te")));
    }

    private static boolean placeOrOrganisation(String particle, String lower, WordLists words) {
        String phrase = particle + " " + lower;
        return words.isPlaceInContext(phrase) || words.isProperPhrase(phrase) || words.allowed().containsWord(lower)
                || words.isPlace(lower) || words.isAbroad(lower) || words.isKinOrRole(lower)
                || NameClassifier.isFunctionWord(lower);
    }

    private static final class Holder {
        private static final Set<String> NEUTER = WordLists.lowerCaseSet("neuter-nouns.txt");
    }
}
