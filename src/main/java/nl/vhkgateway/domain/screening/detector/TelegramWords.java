package nl.vhkgateway.domain.screening.detector;

import java.util.Set;

/**
 * Round 12 (telegram): shared word tests of the rules for names typed in telegram style (lower case, in quick lists, in
 * quotes). A lower-case word is a <em>listed name</em> when a given-name list, the weak-name list or a pet form of a
 * listed given name ("keesje", "marietje") holds it and no dictionary (Dutch or English), allow list, place list, kin
 * or role list, title list or function-word list does; it is a <em>word of no list</em> when it has letters only, a
 * vowel, three or more letters, and no list at all holds it (no dictionary word, place, organisation, care-note
 * abbreviation). Stateless.
 */
final class TelegramWords {

    /** Longer than any given name or surname written as one word; a longer "word" is never read as a name here. */
    static final int MAX_NAME_LENGTH = 40;

    private static final String[] PET_SUFFIXES = {"etje", "tje", "pje", "je", "ke"};

    private TelegramWords() {
    }

    /** Closed-class words and everyday words that never name a person by themselves. */
    static boolean ordinary(WordLists words, String lower) {
        return NameClassifier.isFunctionWord(lower) || words.isCommonWord(lower) || words.isKinOrRole(lower)
                || words.isTitle(lower) || words.isTussenvoegsel(lower) || Holder.ABBREVIATIONS.contains(lower)
                || AddressedInQuote.isAddressWord(lower);
    }

    /**
     * A pet name: a pet form of a listed given name that no Dutch dictionary holds ("marietje", "gerritje"), or one a
     * given-name list holds itself ("keesje", "jantje"); dictionary diminutives ("beetje", "kopje", "hartje") and words
     * that only end like one ("intake", "make") stay.
     */
    static boolean petName(WordLists words, String lower) {
        return petForm(words, lower) && (!words.isDutchWord(lower) || words.isFirstNameLower(lower));
    }

    /** A pet form of a listed given name ("keesje" of Kees, "marietje" of Marie, "gerritje" of Gerrit). */
    static boolean petForm(WordLists words, String lower) {
        for (String suffix : PET_SUFFIXES) {
            if (lower.endsWith(suffix) && lower.length() - suffix.length() >= 2
                    && words.isFirstName(NameClassifier.capitalise(lower.substring(0, lower.length() - suffix.length())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A lower-case word that a name list holds and no word or place list does ("ayham", "jürgen"), or a pet form of a
     * listed given name, which a dictionary may hold ("jantje", "keesje"); never an everyday word.
     */
    static boolean listedName(WordLists words, String lower) {
        return lower.length() >= 3 && letters(lower)
                && ((words.isFirstNameLower(lower) || words.isWeakName(lower)) && !words.isWord(lower)
                || petName(words, lower)) && !ordinary(words, lower) && !elsewhere(words, lower);
    }

    /** A listed given name even when a dictionary holds it too ("wei", "bo", "roos"), but no everyday word. */
    static boolean listedGivenName(WordLists words, String lower) {
        return lower.length() >= 2 && letters(lower) && (words.isFirstNameLower(lower) || petName(words, lower))
                && !ordinary(words, lower) && !elsewhere(words, lower);
    }

    /** A lower-case word that no list holds at all ("lihua", "xiaoling"): in a name's position, a name. */
    static boolean wordOfNoList(WordLists words, String lower) {
        // a word longer than any name is no name, and the typo and compound checks below grow with the square of its
        // length (RobustnessTest: a cell of 50,000 capitals took minutes once NameCellBeforeRelativeCell asked here)
        return lower.length() >= 3 && lower.length() <= MAX_NAME_LENGTH && letters(lower) && vowel(lower) && !words.isWord(lower) && !ordinary(words, lower)
                && !elsewhere(words, lower) && !compound(words, lower, 0) && !typo(words, lower);
    }

    /**
     * A compound of dictionary words typed as one word ("veiligthuis", "schoolmaatschappelijkwerk"), parts of three or
     * more letters, with or without a linking s: no name.
     */
    static boolean compound(WordLists words, String lower, int depth) {
        if (depth > 2) {
            return false;
        }
        for (int k = 3; k + 3 <= lower.length(); k++) {
            String head = lower.substring(0, k);
            if (!words.isDutchWord(head)) {
                continue;
            }
            for (String rest : new String[] {lower.substring(k),
                    lower.charAt(k) == 's' && k + 4 <= lower.length() ? lower.substring(k + 1) : ""}) {
                if (rest.length() >= 3 && (words.isDutchWord(rest) || compound(words, rest, depth + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A word one typing error away from a Dutch dictionary word (a letter left out, added, changed, or two swapped:
     * "moedr", "kinderne", "afspraakk"): a typo, no name.
     */
    static boolean typo(WordLists words, String lower) {
        int n = lower.length();
        if (n > MAX_NAME_LENGTH) {
            return false; // quadratic in the length: no typo of a dictionary word is this long
        }
        for (int k = 0; k < n; k++) {
            if (words.isDutchWord(lower.substring(0, k) + lower.substring(k + 1))) {
                return true;
            }
            if (k + 1 < n && words.isDutchWord(lower.substring(0, k) + lower.charAt(k + 1) + lower.charAt(k)
                    + lower.substring(k + 2))) {
                return true;
            }
        }
        for (int k = 0; k <= n; k++) {
            for (char c = 'a'; c <= 'z'; c++) {
                if (k < n && c != lower.charAt(k) && words.isDutchWord(lower.substring(0, k) + c + lower.substring(k + 1))
                        || words.isDutchWord(lower.substring(0, k) + c + lower.substring(k))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final String[] PINYIN_INITIALS = {"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k",
        "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", ""};
    private static final java.util.Set<String> PINYIN_FINALS = java.util.Set.of("a", "o", "e", "i", "u", "ai", "ei",
            "ao", "ou", "an", "en", "ang", "eng", "ong", "ia", "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong", "ua",
            "uo", "uai", "ui", "uan", "un", "uang", "ue", "er");

    /**
     * A Chinese given name in pinyin without tones ("lihua", "xiaoling", "wei"): the word splits into two or three pinyin
     * syllables (an initial and a final each). Names of Chinese families are in no name list; longer words of pinyin
     * shape ("guanfacine") split into more syllables and stay.
     */
    static boolean pinyinName(String lower) {
        int syllables = minSyllables(lower, 0, 0);
        return syllables >= 2 && syllables <= 3;
    }

    private static int minSyllables(String w, int from, int depth) {
        if (from == w.length()) {
            return 0;
        }
        if (depth > 4) {
            return 99;
        }
        int best = 99;
        for (String ini : PINYIN_INITIALS) {
            if (!w.startsWith(ini, from)) {
                continue;
            }
            int f = from + ini.length();
            for (int end = f + 1; end <= Math.min(w.length(), f + 4); end++) {
                if (PINYIN_FINALS.contains(w.substring(f, end))) {
                    best = Math.min(best, 1 + minSyllables(w, end, depth + 1));
                }
            }
        }
        return best;
    }

    /** A place, organisation, brand or other allowed word. */
    static boolean elsewhere(WordLists words, String lower) {
        return words.isPlaceInContext(lower) || words.allowed().containsWord(lower) || words.isAbroad(lower);
    }

    static boolean letters(String lower) {
        for (int k = 0; k < lower.length(); k++) {
            if (!Character.isLetter(lower.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean vowel(String lower) {
        for (int k = 0; k < lower.length(); k++) {
            if ("aeiouyàáâäèéêëìíîïòóôöùúûü".indexOf(lower.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static boolean quote(Token t) {
        return t.is('"') || t.is('\'') || t.is('“') || t.is('”') || t.is('‘') || t.is('’') || t.is('„');
    }

    private static final class Holder {
        private static final Set<String> ABBREVIATIONS = WordLists.lowerCaseSet("care-note-abbreviations.txt");
    }
}
