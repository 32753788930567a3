package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 13 (names): an initial and a surname typed in lower case ("melding door j. hadders, oom", "gesprek met a.
 * de wit", "j.h. lubbers belde"). One to three single letters each with a period, joined to it, then a space, then
 * particles of a surname if any and a surname of the curated list that no dictionary (Dutch or English), place or
 * organisation list holds. Abbreviations written with periods ("i.v.m. de zomer", "o.a. de kosten", "z.s.m. de post":
 * their letters joined are a known abbreviation, and surnames.txt holds nouns such as zomer, kosten, post) and list
 * letters before ordinary words ("a. wonen", "b. school") stay. Stateless.
 */
final class LowerCaseInitialAndSurname {

    private static final int MAX_INITIALS = 3;
    private static final int MAX_PARTICLES = 3;

    private LowerCaseInitialAndSurname() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            if (!initial(tokens, i) || i > 0 && !tokens.get(i).spaceBefore()
                    || i >= 3 && initial(tokens, i - 3) && tokens.get(i - 1).isWord()) {
                continue; // "a. augustinus b. ignatius": the second letter of a list of options
            }
            int k = i;
            int initials = 0;
            while (k + 1 < n && initials < MAX_INITIALS && initial(tokens, k)) {
                k += 2;
                initials++;
                if (k < n && tokens.get(k).spaceBefore()) {
                    break;
                }
            }
            if (k >= n || !tokens.get(k).spaceBefore() || initials > 1 && initial(tokens, k)
                    || initials > 1 && abbreviation(tokens, i, initials)) {
                continue; // "i.v.m. de zomer", "o.a. de kosten", "t.a.v. de reis"
            }
            int particles = 0;
            while (k < n && particles < MAX_PARTICLES && tokens.get(k).isWord() && !tokens.get(k).capitalised()
                    && words.isTussenvoegsel(tokens.get(k).lower())) {
                k++;
                particles++;
            }
            if (k >= n || !tokens.get(k).isWord() || tokens.get(k).capitalised() || tokens.get(k).text().length() < 3
                    || k + 1 < n && tokens.get(k + 1).is('.') && !tokens.get(k + 1).spaceBefore()
                    && k + 2 < n && tokens.get(k + 2).isWord() && !tokens.get(k + 2).spaceBefore()) {
                continue; // a longer abbreviation with periods
            }
            if (LowerCaseSurnameAfterPreposition.institutionAfter(tokens, k + 1)
                    || k + 2 < n && initial(tokens, k + 1) && tokens.get(k + 1).spaceBefore()) {
                continue; // "t.b.v. canisius kinderafdeling"; "a. dodewaard b. huissen" is a list of options
            }
            String lower = tokens.get(k).lower();
            // a surname of the curated list that no dictionary holds, also after particles: "z.s.m. de post",
            // "n.a.v. de uitslag" hold nouns that surnames.txt holds too
            boolean surname = LowerCaseSurnameAfterPreposition.surname(words, lower) && !words.isWord(lower);
            if (!surname) {
                continue;
            }
            for (int m = i; m <= k; m++) {
                if (tokens.get(m).isWord()) {
                    flag[m] = true;
                }
            }
        }
    }

    /** Abbreviations written with periods: their letters joined ("ivm", "oa", "nav", "mbt", "tav", "zsm" ...). */
    private static final java.util.Set<String> ABBREVIATIONS = WordSets.of("ivm", "oa", "nav", "mbt", "tav", "iom",
            "ism", "ipv", "obv", "zsm", "tzt", "mbv", "ivb", "vwb", "dwz", "ovv", "io", "ih", "ed", "cq", "as", "jl",
            "zo", "ca", "eea", "bv", "bijv", "nvt", "zgn", "mn", "zn", "mi", "pw", "pd", "pm", "ps", "ad", "vd",
            "tnv", "ivt", "ng", "ggd", "uwv", "mw", "og", "ia", "wo", "am", "ov", "hv", "ws", "evt", "tbv", "iov",
            "olv", "icm", "miv", "tov", "dmv", "muv", "ivo", "lvb", "zgan", "ibv", "ivb", "aub", "svp", "nb", "pb", "vlgs",
            "ihkv", "iaw", "ovb", "pgb", "ovg", "gl", "dd", "ic", "oc", "vb", "wv");

    /** The run of {@code count} initials from {@code from} spells an abbreviation written with periods. */
    private static boolean abbreviation(List<Token> tokens, int from, int count) {
        StringBuilder letters = new StringBuilder(count);
        for (int m = 0; m < count; m++) {
            letters.append(tokens.get(from + 2 * m).lower());
        }
        String joined = letters.toString();
        return ABBREVIATIONS.contains(joined) || CareNoteAbbreviation.listed(joined);
    }

    /** A single lower-case letter with a period joined to it. */
    private static boolean initial(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.isWord() && t.text().length() == 1 && Character.isLowerCase(t.text().charAt(0)) && i + 1 < tokens.size()
                && tokens.get(i + 1).is('.') && !tokens.get(i + 1).spaceBefore();
    }
}
