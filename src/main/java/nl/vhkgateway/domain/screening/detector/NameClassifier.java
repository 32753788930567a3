package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Classifies one word of a text for the person-name detector, from the word lists alone (no context): is it a
 * known name (unambiguous, or also an ordinary word), an ordinary word that happens to be capitalised, an allowed
 * organisation/place/term, a role or kin word, a tussenvoegsel, an initial, or an unknown capitalised word (which,
 * away from a sentence start, is most likely a name). Immutable and thread-safe.
 */
public final class NameClassifier {

    /** The classes of a word. */
    public enum WordClass {
        /** Lower case, number, punctuation, or a word with digits: not a name by itself. */
        OTHER,
        /** An organisation, place, nationality, instrument, app, holiday, month ... */
        ALLOWED,
        /** A kin, role or title word ("moeder", "juf", "mevrouw"). */
        ROLE,
        /** A tussenvoegsel ("van", "De", "El"). */
        TUSSENVOEGSEL,
        /** A single capital letter (an initial when a period follows). */
        INITIAL,
        /** An acronym ("GGZ", "ARIJ"). */
        ACRONYM,
        /** An ordinary Dutch (or English) word written with a capital. */
        DICTIONARY,
        /** A known name that is not an ordinary word: a name anywhere. */
        NAME,
        /** A known given name that is also an ordinary word ("Roos"): a name away from a sentence start. */
        AMBIGUOUS_FIRST_NAME,
        /** A known surname that is also an ordinary word ("Bakker"): a name only with context. */
        AMBIGUOUS_SURNAME,
        /** A capitalised word unknown to every list: a name away from a sentence start. */
        UNKNOWN
    }

    private static final Set<String> ABBREVIATIONS = Set.of("bijv", "evt", "ivm", "tav", "mbt", "nav", "ipv", "zsm",
            "dwz", "oa", "ovv", "tzt", "incl", "excl", "resp", "zgn", "mvg", "gr", "nb", "ps", "ok", "oke", "okay",
            "wmo", "jgz", "mbo", "hbo", "vmbo", "havo", "vwo", "pgb", "zzp", "ggz", "bso", "kdv", "ikc", "obs", "cbs",
            "sbo", "vso", "ib", "ib'er", "ibér", "cjg", "gi", "vt", "sos", "wijkteam", "whatsappt", "whatsappen",
            "appt", "gesnapt", "snapt", "facetimen", "facetimet", "googelen", "googlen");

    /** Dutch function words that are never a name by themselves, even with a capital mid-sentence. */
    private static final Set<String> FUNCTION_WORDS = WordSets.of("in", "op", "aan", "de", "het", "een", "van", "voor",
            "met", "bij", "om", "tot", "uit", "na", "als", "dat", "die", "wat", "wie", "en", "of", "maar", "want",
            "dus", "ook", "nog", "er", "hij", "zij", "ze", "we", "wij", "ik", "je", "jij", "u", "hun", "hen", "mijn",
            "zijn", "haar", "ons", "onze", "is", "was", "kan", "zal", "mag", "moet", "heb", "hebt", "heeft", "had",
            "niet", "geen", "wel", "nu", "dan", "toen", "hier", "daar", "zo", "te", "door", "over", "onder", "naar",
            "tegen", "tussen", "sinds", "zonder", "per", "via", "ieder", "iedere", "alle", "veel", "meer", "deze",
            "dit", "der", "den", "des", "ten", "ter", "mits", "tenzij", "omdat", "indien", "wanneer", "waar", "hoe",
            "welke", "zodat", "terwijl", "nadat", "voordat", "totdat", "opdat", "doordat", "hem", "mij", "me", "jou",
            "jullie", "zich", "men", "iets", "niets", "niemand", "iemand", "al", "toch", "reeds", "zeer", "erg",
            "heel", "binnen", "buiten", "achter", "boven", "beneden", "langs", "rond", "omtrent", "volgens");
    private static final String[] DUTCH_SUFFIXES = {"heid", "heden", "ing", "ingen", "isch", "ische", "lijk",
        "lijke", "lijkheid", "baar", "bare", "tie", "ties", "teit", "iteit", "isme", "atie", "eerd", "eerde", "eren",
        "iseren", "schap", "schappen", "achtig", "achtige", "loos", "loze", "matig", "matige", "waardig", "zaam",
        "zame", "erij", "erijen", "ieve", "ief", "tief", "ende", "elijk", "elijke", "gewijs", "waarts", "halve"};
    /** Endings of loan words ("femicide", "radicalisme", "parentificatie"): words, not names. */
    private static final String[] LOAN_SUFFIXES = {"cide", "itis", "logie", "grafie", "fobie", "manie", "isme", "ment",
        "ance", "ence", "atie", "itie", "ositie", "iteit", "ioniteit", "esse", "ariaat", "ieel", "ueel"};
    private static final Set<String> NAME_PREFIXES = Set.of("mc", "mac", "de", "van", "la", "le", "di", "da", "o",
            "d", "el", "al");

    /** Dutch initials of more than one letter (always written with a capital and a period: "Th.", "Joh."). */
    static final Set<String> MULTI_LETTER_INITIALS = WordSets.of("Th", "Ph", "Chr", "Ch", "Joh", "Jac", "Fr", "Wm",
            "Wilh", "Hendr", "Corn", "Gerr", "Alb", "Sj", "IJ", "Ij", "Gijsb", "Hk", "Jb", "Jzn", "Mich", "Nic",
            "Petr", "Bern", "Gysb", "Ad");

    private static final String[] INSTITUTIONS = {"school", "college", "lyceum", "ziekenhuis", "kliniek",
        "centrum", "instituut", "academie", "stichting", "moskee", "opvang", "kinderopvang"};

    private final WordLists words;

    /** A Dutch function word ("door", "in", "maar"): never a name by itself. */
    static boolean isFunctionWord(String lower) {
        return FUNCTION_WORDS.contains(lower);
    }

    public NameClassifier(WordLists words) {
        this.words = words;
    }

    public WordLists words() {
        return words;
    }

    /** The class of the word token at {@code index}, without looking at its neighbours except for an initial. */
    public WordClass classify(List<Token> tokens, int index) {
        Token t = tokens.get(index);
        if (!t.isWord() || t.hasDigit()) {
            return WordClass.OTHER;
        }
        String text = t.text();
        String base = stripPossessive(text);
        char first = base.charAt(0);
        if (!Character.isUpperCase(first)) {
            return words.isTussenvoegsel(t.lower()) ? WordClass.TUSSENVOEGSEL : WordClass.OTHER;
        }
        if (base.length() == 1) {
            return WordClass.INITIAL;
        }
        if (MULTI_LETTER_INITIALS.contains(base)) {
            return WordClass.INITIAL; // "Th.", "Chr.", "Joh.": initials of more than one letter
        }
        String lower = WordLists.lower(base);
        if (FUNCTION_WORDS.contains(lower)) {
            return WordClass.DICTIONARY;
        }
        int apostrophe = Math.max(base.indexOf('\''), base.indexOf('’'));
        if (apostrophe > 1 && allUpper(base.substring(0, apostrophe))) {
            return WordClass.ACRONYM; // "CVC'ers", "VHT'er"
        }
        if (words.isKinOrRole(lower) || words.isTitle(lower)) {
            return WordClass.ROLE;
        }
        if (words.isTussenvoegsel(lower)) {
            return WordClass.TUSSENVOEGSEL;
        }
        if (t.allCaps()) {
            String cap = capitalise(lower);
            if (base.length() >= 4 && words.isName(cap) && !words.isException(cap)
                    && !words.allowed().containsWord(lower) && !words.isWord(lower)) {
                return WordClass.NAME;
            }
            return WordClass.ACRONYM;
        }
        if (mixedCaseAcronym(base) || camelCaseBrand(base) || noVowels(lower)) {
            return WordClass.ACRONYM;
        }
        String name = Character.isUpperCase(base.charAt(1)) ? capitalise(lower) : base;
        PhraseIndex.Kind kind = words.allowed().wordKind(lower).orElse(null);
        if (kind != null && kind != PhraseIndex.Kind.PLACE) {
            return WordClass.ALLOWED;
        }
        boolean firstName = words.isFirstName(name);
        boolean surname = words.isSurname(name);
        if (firstName || surname) {
            boolean exception = words.isException(name);
            if ((kind == PhraseIndex.Kind.PLACE || isPlaceForm(lower)) && !(firstName && !exception)) {
                return WordClass.ALLOWED; // a place, unless it is also a given name ("Axel", "Sofia")
            }
            if (exception) {
                return firstName ? WordClass.AMBIGUOUS_FIRST_NAME : WordClass.AMBIGUOUS_SURNAME;
            }
            return WordClass.NAME;
        }
        if (words.isWord(lower) || ABBREVIATIONS.contains(lower)) {
            return WordClass.DICTIONARY;
        }
        if (kind == PhraseIndex.Kind.PLACE || isPlaceForm(lower)) {
            return WordClass.ALLOWED;
        }
        if (isCompound(lower) || looksDutch(lower)) {
            return WordClass.DICTIONARY;
        }
        for (String suffix : INSTITUTIONS) {
            if (lower.length() >= suffix.length() + 3 && lower.endsWith(suffix)) {
                return WordClass.ALLOWED; // "Gertrudiscollege", "Prinsenhofschool"
            }
        }
        if (base.equals(text) && lower.length() > 3 && lower.endsWith("s")) {
            String stem = name.substring(0, name.length() - 1);
            if (words.isFirstName(stem) && !words.isException(stem)) {
                return WordClass.NAME; // "Mohammeds fiets"
            }
        }
        return WordClass.UNKNOWN;
    }

    private static boolean allUpper(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Groups of vowels in a word: "okonkwo" 3, "kaltenbach" 3, "ggz" 0; an acronym has one at most ("AMHK", "VTO"). */
    static int vowelGroups(String lower) {
        int groups = 0;
        boolean inVowel = false;
        for (int k = 0; k < lower.length(); k++) {
            boolean v = "aeiouyáàäâéèëêíìïîóòöôúùüû".indexOf(lower.charAt(k)) >= 0;
            if (v && !inVowel) {
                groups++;
            }
            inVowel = v;
        }
        return groups;
    }

    /** "Wvggz", "Pgb": no vowel at all, an abbreviation. */
    private static boolean noVowels(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) > 127) {
                return false; // "phạm", "đỗ": vowels with diacritics
            }
            if ("aeiouyáàâäéèêëíìîïóòôöúùûü".indexOf(lower.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** "WijZijn", "JeugdzorgPlus": a capital after a lower-case letter, not a name prefix (McDonald, DeVries). */
    private static boolean camelCaseBrand(String word) {
        for (int i = 2; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))) {
                String prefix = word.substring(0, i).toLowerCase(java.util.Locale.ROOT);
                return !NAME_PREFIXES.contains(prefix);
            }
        }
        return false;
    }

    /** A long word with a Dutch derivational ending ("gepseudonimiseerd", "ketensamenwerking"): a word, not a name. */
    static boolean looksDutch(String lower) {
        if (lower.length() >= 7) {
            for (String suffix : LOAN_SUFFIXES) {
                if (lower.endsWith(suffix)) {
                    return true;
                }
            }
        }
        if (lower.length() < 9) {
            return false;
        }
        for (String suffix : DUTCH_SUFFIXES) {
            if (lower.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** "Sanne's" -> "Sanne", "Thomas'" -> "Thomas"; anything else unchanged. */
    static String stripPossessive(String text) {
        int n = text.length();
        if (n > 3 && (text.charAt(n - 2) == '\'' || text.charAt(n - 2) == '’') && text.charAt(n - 1) == 's') {
            return text.substring(0, n - 2);
        }
        if (n > 2 && (text.charAt(n - 1) == '\'' || text.charAt(n - 1) == '’')) {
            return text.substring(0, n - 1);
        }
        return text;
    }

    static String capitalise(String lower) {
        // round 23 (t23-speed): asked for by many rules per word (isSurname(capitalise(w))): one copy instead of a
        // substring and a concatenation, none where the first letter does not change; the same characters as before
        if (lower.isEmpty()) {
            return lower;
        }
        char first = lower.charAt(0);
        char upper = Character.toUpperCase(first);
        if (upper == first) {
            return lower;
        }
        char[] chars = lower.toCharArray();
        chars[0] = upper;
        return new String(chars);
    }

    /** "Wmo", "GGZ's", "VHT-er": two or more capitals in a short word. */
    private static boolean mixedCaseAcronym(String word) {
        int upper = 0;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                upper++;
            }
        }
        return upper >= 2 && word.length() <= 6;
    }

    /** A place or an adjective or inhabitant word formed from one ("Roosendaalse", "Bredanaar"). */
    private boolean isPlaceForm(String lower) {
        if (words.isPlace(lower)) {
            return true;
        }
        for (String suffix : new String[] {"se", "s", "er", "ers", "naar", "naars", "enaar", "enaren", "'s"}) {
            if (lower.length() > suffix.length() + 2 && lower.endsWith(suffix)
                    && words.isDomesticPlace(lower.substring(0, lower.length() - suffix.length()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A Dutch compound of two dictionary words of four letters or more, with an optional linking s, e or en
     * ("Veiligheidsplanbespreking" is not in the word list but "veiligheidsplan" + "bespreking" are).
     */
    public boolean isCompound(String lower) {
        int n = lower.length();
        if (n < 8 || n > 80) {
            return false;
        }
        for (int i = 4; i <= n - 3; i++) {
            String head = lower.substring(0, i);
            if (!words.isDutchWord(head) && (!words.allowed().containsWord(head) || words.isAbroad(head))) {
                continue;
            }
            String tail = lower.substring(i);
            if (tail.length() == 3) {
                if (i >= 5 && words.isDutchWord(tail)) {
                    return true; // "participatie" + "wet", "koran" + "les"
                }
                continue;
            }
            if (words.isDutchWord(tail) || isCompoundTail(tail)) {
                return true;
            }
            if (tail.length() > 5 && (tail.charAt(0) == 's' || tail.charAt(0) == 'e')
                    && words.isDutchWord(tail.substring(1))) {
                return true;
            }
            if (tail.length() > 6 && tail.startsWith("en") && words.isDutchWord(tail.substring(2))) {
                return true;
            }
        }
        return false;
    }

    private boolean known(String lower, boolean anyWord) {
        return anyWord ? words.isDutchWord(lower) || words.isDomesticPlace(lower) : words.isCommonWord(lower);
    }

    private boolean isCompoundTail(String tail) {
        int n = tail.length();
        if (n < 8) {
            return false;
        }
        for (int i = 4; i <= n - 4; i++) {
            if (words.isDutchWord(tail.substring(0, i)) && words.isDutchWord(tail.substring(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * One edit (delete, swap, replace, insert) away from a frequent word (five to seven letters) or from any
     * dictionary word or place (eight letters or more): a typo, not a name. Short words are compared with frequent
     * words only, because nearly every short string is one edit away from some word of a 400,000-word dictionary.
     */
    public boolean isTypoOfWord(String lower) {
        int n = lower.length();
        if (n < 5 || n > 41) {
            return false; // the word lists hold no word longer than 40 letters
        }
        boolean longWord = n >= 8;
        StringBuilder b = new StringBuilder(n + 1);
        for (int i = 0; i < n; i++) {
            b.setLength(0);
            b.append(lower, 0, i).append(lower, i + 1, n);
            if (known(b.toString(), longWord)) {
                return true;
            }
            if (i + 1 < n) {
                b.setLength(0);
                b.append(lower, 0, i).append(lower.charAt(i + 1)).append(lower.charAt(i)).append(lower, i + 2, n);
                if (known(b.toString(), longWord)) {
                    return true;
                }
            }
        }
        String alphabet = "abcdefghijklmnopqrstuvwxyzëéèïü";
        for (int i = 0; i <= n; i++) {
            for (int k = 0; k < alphabet.length(); k++) {
                char c = alphabet.charAt(k);
                b.setLength(0);
                b.append(lower, 0, i).append(c).append(lower, i, n);
                if (known(b.toString(), longWord)) {
                    return true;
                }
                if (i < n && lower.charAt(i) != c) {
                    b.setLength(0);
                    b.append(lower, 0, i).append(c).append(lower, i + 1, n);
                    if (known(b.toString(), longWord)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
