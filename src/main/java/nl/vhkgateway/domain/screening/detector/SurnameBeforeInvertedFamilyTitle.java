package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 25 rule (t25-new): a family's surname written as an index entry, the surname first and the family title after
 * a comma ("VAN DER STEEG-BOLHUIS, FAM. — HUURWONING", "Van Dam, familie:"), as a heading or a file's title does. The one to
 * four words before the comma open the segment or sentence (capitalised or in capitals, particles, hyphens), and
 * "fam." or "familie" closes the entry: the end, a dash, colon, semicolon, bar or bracket after it. Every word that is
 * of the entry is flagged with its particles and hyphens.
 * Stays: a title followed by a name ("Utrecht, fam. De Vries": the name after the title is read by the title rule), a
 * place of any place list, also one that is a surname too ("Amersfoort, familie —", "Den Haag, fam.", "Utrecht-Oost,
 * familie"), a word of no name list ("Uitnodiging, familie:", "Pluryn, familie"), kin words, roles and titles
 * ("Moeder, familie"). Stateless.
 */
final class SurnameBeforeInvertedFamilyTitle {

    private static final Set<String> TITLES = WordSets.of("fam", "familie");
    private static final Set<String> CLOSERS = Set.of("-", "–", "—", ":", ";", "|", "(");
    private static final int MAX_WORDS = 4;

    private SurnameBeforeInvertedFamilyTitle() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int f = 2; f < n; f++) {
            Token title = tokens.get(f);
            if (!title.isWord() || !TITLES.contains(title.lower()) || !tokens.get(f - 1).is(',') || !closes(tokens, f)) {
                continue;
            }
            int comma = f - 1;
            int first = comma;
            int names = 0;
            boolean ok = true;
            for (int k = comma - 1; k >= 0; k--) {
                Token t = tokens.get(k);
                if (t.is('-') && !t.spaceBefore()) {
                    first = k;
                    continue;
                }
                if (!t.isWord() || !(t.capitalised() || words.isTussenvoegsel(t.lower()))) {
                    ok = false;
                    break;
                }
                if (!words.isTussenvoegsel(t.lower())) {
                    names++;
                }
                first = k;
                if (k == 0 || t.sentenceStart()) {
                    break;
                }
                if (comma - k > MAX_WORDS + 2) {
                    ok = false;
                    break;
                }
            }
            if (!ok || names == 0 || names > MAX_WORDS || !(first == 0 || tokens.get(first).sentenceStart())) {
                continue;
            }
            if (!surnameRun(tokens, words, first, comma)) {
                continue;
            }
            for (int k = first; k < comma; k++) {
                flag[k] = true; // the whole surname with its particles and hyphens ("VAN DER STEEG-BOLHUIS")
            }
        }
    }

    /** "fam." or "familie" ends the entry: the end of the segment, or a dash, colon, semicolon, bar or bracket. */
    private static boolean closes(List<Token> tokens, int f) {
        int k = f + 1;
        if (k < tokens.size() && tokens.get(k).is('.') && !tokens.get(k).spaceBefore()) {
            k++;
        }
        return k >= tokens.size() || CLOSERS.contains(tokens.get(k).text());
    }

    private static final Set<String> COMPASS = WordSets.of("noord", "oost", "zuid", "west", "centrum");

    /**
     * Every word that is no particle is a word of a name list, and none is a kin word, role, title, compass part or a
     * word of a place list; the run is no listed place or organisation phrase. Review ra (Rra-301..309): "Den Haag,
     * familie", "De Bilt, fam.", "Utrecht-Overvecht, familie", "Nijmegen-Oost, familie" (places) and "Pluryn, familie"
     * (an organisation of no name list) stay allowed.
     */
    private static boolean surnameRun(List<Token> tokens, WordLists words, int first, int comma) {
        if (first + words.allowed().match(tokens, first).length() >= comma) {
            return false; // "Den Haag", "Ter Apel": a listed phrase
        }
        for (int k = first; k < comma; k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                continue;
            }
            String lower = t.lower();
            if (words.isTussenvoegsel(lower)) {
                continue;
            }
            String cap = NameClassifier.capitalise(lower);
            if (words.isKinOrRole(lower) || words.isTitle(lower) || COMPASS.contains(lower)
                    || words.isDomesticPlace(lower) || words.isPlaceInContext(lower) || words.isVillage(lower)
                    || words.isAbroad(lower) || !(words.isName(cap) || words.isWeakName(lower))) {
                return false;
            }
        }
        return true;
    }
}
