package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 14 (names): initials used as a nickname right after a kin word ("vader GJ komt niet meer", "oom JP belde",
 * "opa HJ (72) woont"): two capitals without periods after a relative's word (no professional's role), before a verb of
 * coming, contact, speech or refusal or an age in brackets. Three capitals are an acronym as often ("vader WSW", "oma
 * CVA heeft thuiszorg"), and a bracket that spells the letters out is no age ("vader ZW (ziektewet)"). Acronyms after a
 * kin word name a benefit, a diagnosis, a service or an origin ("vader WW", "moeder LVB", "vader VT", "moeder SR"): any
 * group the allow lists, the dictionary or the care-note abbreviations hold stays, so do the two-letter codes listed here
 * (ZW, IB, DM, NL, TR, SR, UA ...) and a doubled letter ("WW"); "heeft", "is", "slikt" after the letters are not enough.
 * Two or three initials with periods and no surname after them count the same way ("vader G.J. komt niet meer"; "N.B."
 * and "P.S." stay). Stateless.
 */
final class InitialsNicknameAfterKin {

    /** Acronyms of benefits, statuses and services that follow a kin word in the notes ("vader WW", "moeder AOW"). */
    private static final Set<String> NOT_INITIALS = WordSets.of("ww", "aow", "zzp", "pgb", "lvb", "vt", "ggz", "ots",
            "bbl", "bol", "mbo", "hbo", "wo", "nt", "nt2", "uwv", "svb", "ind", "coa", "azc", "tbs", "pi", "adhd", "add",
            "ass", "pdd", "ptss", "ocd", "nld", "mk", "ok", "nee", "ja",
            // country and language codes ("moeder NL, vader TR")
            "nl", "tr", "ma", "en", "de", "fr", "uk", "pl", "be", "sy", "er", "so", "af", "us", "gb", "es", "it", "pt",
            "sr", "ua", "ro", "bg", "hu", "cw", "aw", "sx",
            // two-letter benefits, statuses and diagnoses ("vader ZW komt pas in april weer", "opa DM")
            "zw", "ib", "dm", "hb", "ao", "bb", "wa", "vg", "lg", "gz", "jz", "ot", "bw", "ps", "nb");

    private InitialsNicknameAfterKin() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 1; i + 1 < n; i++) {
            Token t = tokens.get(i);
            Token kin = tokens.get(i - 1);
            if (!flag[i] && kin.isWord() && CoverClauses.kinWord(kin.lower(), words) && words.isKinOrRole(kin.lower())) {
                initialsWithPeriods(tokens, i, flag);
            }
            if (flag[i] || !t.isWord() || !initials(t.text()) || !kin.isWord()
                    || !CoverClauses.kinWord(kin.lower(), words) || !words.isKinOrRole(kin.lower())) {
                continue;
            }
            String lower = t.lower();
            if (NOT_INITIALS.contains(lower) || words.allowed().containsWord(lower) || words.isWord(lower)
                    || CareNoteAbbreviation.listed(lower) || words.isTitle(lower)) {
                continue;
            }
            if (actsAfter(tokens, i + 1)) {
                flag[i] = true;
            }
        }
    }

    /** Periods that mark an abbreviation in capitals, no initials ("N.B.", "P.S."). */
    private static final Set<String> ABBREVIATIONS = WordSets.of("nb", "ps", "oa", "ok");

    /**
     * "vader G.J. komt niet meer", "oom A.H. belde": two or three capitals, each with a period, right after the kin word
     * and before a finite verb of a person or a bracket (with a surname after them the detector's own initial rule
     * reads them).
     */
    private static void initialsWithPeriods(List<Token> tokens, int i, boolean[] flag) {
        int n = tokens.size();
        int k = i;
        StringBuilder letters = new StringBuilder();
        while (k + 1 < n && tokens.get(k).isWord() && tokens.get(k).text().length() == 1
                && Character.isUpperCase(tokens.get(k).text().charAt(0)) && tokens.get(k + 1).is('.')
                && !tokens.get(k + 1).spaceBefore() && letters.length() < 3) {
            letters.append(tokens.get(k).lower());
            k += 2;
        }
        if (letters.length() < 2 || ABBREVIATIONS.contains(letters.toString()) || k >= n) {
            return;
        }
        if (actsAfter(tokens, k)) {
            for (int m = i; m < k; m++) {
                flag[m] = true;
            }
        }
    }

    /**
     * What a person does right after the letters: a verb of coming, contact, speech or refusal ("komt", "belde", "zegt",
     * "weigert"), or an age in brackets ("(72)"). "heeft", "is", "slikt", "werkt" and a bracket that spells the letters out
     * ("ZW (ziektewet)", "SR (Suriname)") follow a benefit, diagnosis or origin as often.
     */
    private static boolean actsAfter(List<Token> tokens, int k) {
        if (k >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(k);
        if (next.is('(')) {
            return k + 2 < tokens.size() && tokens.get(k + 1).isNumber() && tokens.get(k + 1).text().length() <= 2
                    && tokens.get(k + 2).is(')');
        }
        return next.isWord() && !next.capitalised() && ACTS.contains(next.lower());
    }

    private static final Set<String> ACTS = WordSets.of("komt", "kwam", "belt", "belde", "zegt", "zei", "vertelt",
            "vertelde", "weigert", "weigerde", "ontkent", "ontkende", "wil", "wilde", "appt", "appte", "dreigt", "dreigde",
            "scheldt", "schold", "schreeuwt", "schreeuwde", "slaat", "sloeg", "liegt", "loog", "vindt", "vond", "denkt",
            "dacht", "huilt", "huilde", "haalt", "haalde", "brengt", "bracht", "logeert", "logeerde", "mailt", "mailde");

    /** Two capitals, no period, no doubled letter: three capitals are an acronym as often ("WSW", "KDV", "CVA"). */
    private static boolean initials(String text) {
        int len = text.length();
        if (len != 2) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            char c = text.charAt(k);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        if (text.charAt(0) == text.charAt(1) || len == 3 && text.charAt(1) == text.charAt(2)) {
            return false;
        }
        return len == 2 || "AEIOUY".indexOf(text.charAt(1)) < 0;
    }
}
