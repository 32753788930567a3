package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 21 (t21-names): a surname as OCR leaves it in the text of a scanned letter, read where the context says person
 * or where the repaired word is a listed name:
 * <ul>
 * <li>a digit for a letter ("B0sman", "Wi11ems", "Ya1çın": 0 for o, 1 for l or i) inside a capitalised word, when
 * a repaired form is a listed name, or a form of address stands before it, or it is paired by "/", "en" or "&amp;"
 * with a name already found ("zaak Koçak / Ya1çın"); round 22 (t22-names): the other digits OCR reads for letters
 * (3 for e, 4 for a, 5 for s, 6 for b or g, 7 for t, 8 for b, 9 for g, 2 for z: "Bakk3r", "Jans3n") and a digit for
 * the capital itself ("5chouten", "8akker": the rest in lower case), when a form of address stands before it or a
 * repaired form is a listed name that is no Dutch word or place; such a word with other digits than 0 and 1 is never
 * taken on its pairing alone. Codes and versions ("MP3", "B2B", "Covid19", "G4S") have a digit at the end or fewer
 * than three letters and stay;</li>
 * <li>a capital I for an l inside a listed name ("WiIlems", "MoIenaar");</li>
 * <li>a space inside the name ("de heer Sch oonderwoerd", "mevrouw Ve rmeulen"): a capitalised piece and a lower-case
 * piece that are no Dutch words, after a form of address (and initials), or when joined (with "rn" read as "m") they
 * are a listed surname;</li>
 * <li>a hyphen inside the name ("mevr. H. Ver-heul"): a lower-case piece joined by a hyphen without spaces to a name
 * after a form of address or a name already found, when the joined word is no Dutch word and, without the form of
 * address, the piece is none either (so
 * "Oud-leerling" and a name's real double part "Jansen-Bakker" are not touched here).</li>
 * </ul>
 * OCR'd ordinary words ("1n de kas", "ver-dient") have no form of address or listed name beside them and stay. Stateless.
 */
final class OcrDamagedName {

    private static final int MIN_LETTERS = 3;

    private OcrDamagedName() {
    }

    static void flag(List<Token> tokens, boolean[] covered, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.NUMBER && i + 1 < n && !flag[i] && !covered[i]) {
                splitDigitCapital(tokens, i, words, flag); // round 23: "De heer 5chouten" is two tokens
                continue;
            }
            if (!t.isWord() || covered[i] || !t.capitalised() && !digitCapital(t.text())) {
                continue;
            }
            boolean addressed = afterFormOfAddress(tokens, i, words);
            if (t.hasDigit()) {
                if (!flag[i] && digitsForLetters(t.text()) && (addressed || repairedName(t.text(), words)
                        || pairedWithName(tokens, i, flag))) {
                    flag[i] = true; // "Dhr. B0sman", "zaak Koçak / Ya1çın"
                } else if (!flag[i] && otherDigitsForLetters(t.text())
                        && (addressed || repairedOtherName(t.text(), words))) {
                    flag[i] = true; // "mevrouw Bakk3r", "De heer 5chouten" (round 22)
                } else if (!flag[i] && otherDigitsForLetters(t.text()) && repairedSurname(t.text(), words)
                        && SurnameBeforeHomeAndCare.clauseStart(tokens, i) && i + 1 < n && tokens.get(i + 1).isWord()
                        && PersonNameDetector.isPersonVerb(tokens.get(i + 1).lower())) {
                    flag[i] = true; // round 23: "Bakk3r heeft de kinderen geslagen"
                }
                continue;
            }
            if (!flag[i] && innerCapitalI(t.text(), words)) {
                flag[i] = true; // "WiIlems", "HeIder": a capital I for an l inside a listed name
                continue;
            }
            if (i + 1 < n && spaceSplit(tokens, i, addressed, words)) {
                flag[i] = true;
                flag[i + 1] = true; // "de heer Sch oonderwoerd"
            } else if (i + 2 < n && (flag[i] || addressed) && hyphenSplit(tokens, i, addressed, words)) {
                flag[i] = true;
                flag[i + 1] = true;
                flag[i + 2] = true; // "mevr. H. Ver-heul"
            }
        }
    }

    /** Only 0 and 1 as digits, each run of them between letters, and at least three letters. */
    static boolean digitsForLetters(String text) {
        int letters = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isLetter(c)) {
                letters++;
            } else if (c == '0' || c == '1') {
                if (k == 0 || !Character.isLetter(text.charAt(k - 1)) && text.charAt(k - 1) != '0'
                        && text.charAt(k - 1) != '1') {
                    return false;
                }
                int e = k;
                while (e < text.length() && (text.charAt(e) == '0' || text.charAt(e) == '1')) {
                    e++;
                }
                if (e >= text.length() || !Character.isLetter(text.charAt(e))) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return letters >= MIN_LETTERS;
    }

    /** Round 22: the letters OCR reads as digits, first choice and second choice ("6" is a b or a g). */
    private static final String DIGIT_FIRST = "oizeasgtbg";
    private static final String DIGIT_SECOND = "olzeasbtbg";

    /** Round 22: a digit for the capital, then lower-case letters only ("5chouten", "8akker"). */
    static boolean digitCapital(String text) {
        if (text.length() < 4 || !Character.isDigit(text.charAt(0)) || !Character.isLowerCase(text.charAt(1))) {
            return false;
        }
        for (int k = 1; k < text.length(); k++) {
            if (!Character.isLowerCase(text.charAt(k)) && !Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Round 22: digits for letters, as OCR leaves them: a digit first (for the capital) or between letters, at least
     * three letters, no digit at the end, at most two digits.
     */
    static boolean otherDigitsForLetters(String text) {
        int letters = 0;
        int digits = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isLetter(c)) {
                letters++;
            } else if (c >= '0' && c <= '9') {
                digits++;
                if (k + 1 >= text.length() || !Character.isLetter(text.charAt(k + 1))
                        || k > 0 && !Character.isLetter(text.charAt(k - 1))) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return letters >= MIN_LETTERS && digits >= 1 && digits <= 2;
    }

    /**
     * Round 23 (t23-items): the tokenizer cuts a word that opens with a digit into a number and a word ("5chouten" is
     * "5" and "chouten"): one digit and a lower-case word right after it, without a space, read as one OCR'd word, as
     * {@link #digitCapital} does, after a form of address or when the repaired form is a listed name of no word list.
     */
    private static void splitDigitCapital(List<Token> tokens, int i, WordLists words, boolean[] flag) {
        Token digit = tokens.get(i);
        Token rest = tokens.get(i + 1);
        if (digit.text().length() != 1 || !rest.isWord() || rest.spaceBefore() || rest.capitalised() || flag[i + 1]) {
            return;
        }
        String joined = digit.text() + rest.text();
        if (digitCapital(joined) && otherDigitsForLetters(joined)
                && (afterFormOfAddress(tokens, i, words) || repairedOtherName(joined, words))) {
            flag[i] = true;
            flag[i + 1] = true;
        }
    }

    /**
     * The two readings of an OCR'd word with its digits read as letters ({@link #DIGIT_FIRST}, {@link #DIGIT_SECOND}),
     * capitalised: "Bakk3r" -> "Bakker", "5chouten" -> "Schouten".
     */
    private static List<String> repairedForms(String text) {
        List<String> forms = new java.util.ArrayList<>(2);
        for (String letters : List.of(DIGIT_FIRST, DIGIT_SECOND)) {
            StringBuilder b = new StringBuilder(text.length());
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                char r = c >= '0' && c <= '9' ? letters.charAt(c - '0') : c;
                b.append(k == 0 ? Character.toUpperCase(r) : r);
            }
            forms.add(b.toString());
        }
        return forms;
    }

    /**
     * Round 23 (t23-items): a repaired form ("Bakk3r" -> "Bakker") is a listed surname, also where a dictionary holds it:
     * read only at a clause start before a person's verb, where an OCR'd ordinary word does not stand.
     */
    private static boolean repairedSurname(String text, WordLists words) {
        for (String repaired : repairedForms(text)) {
            if (words.isSurname(repaired) && !words.isKinOrRole(WordLists.lower(repaired))) {
                return true;
            }
        }
        return false;
    }

    /** Round 22: one of the repaired forms ("Bakk3r" -> "Bakker", "5chouten" -> "Schouten") is a listed name. */
    private static boolean repairedOtherName(String text, WordLists words) {
        for (String repaired : repairedForms(text)) {
            String lower = WordLists.lower(repaired);
            if ((words.isName(repaired) || words.isWeakName(lower)) && !words.isDutchWord(lower) && !words.isPlace(lower)) {
                return true;
            }
        }
        return false;
    }

    /** "B0sman" -> "Bosman", "Wi11ems" -> "Willems", "Ka1ma" -> "Kaima": one of the repaired forms is a listed name. */
    private static boolean repairedName(String text, WordLists words) {
        for (String repaired : List.of(text.replace('0', 'o').replace('1', 'l'), text.replace('0', 'o').replace('1', 'i'))) {
            String lower = WordLists.lower(repaired);
            String cap = NameClassifier.capitalise(lower);
            if ((words.isName(repaired) || words.isName(cap) || words.isWeakName(lower))
                    && !words.isDutchWord(lower) && !words.isPlace(lower)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "WiIlems" -> "Willems": a capital I between lower-case letters inside the word, which read as an l gives a listed
     * name that is no Dutch word or place (a word written with an inner capital, "GroenLinks", has no I there).
     */
    static boolean innerCapitalI(String text, WordLists words) {
        boolean inner = false;
        for (int k = 1; k + 1 < text.length(); k++) {
            if (text.charAt(k) == 'I' && Character.isLowerCase(text.charAt(k - 1))
                    && Character.isLowerCase(text.charAt(k + 1))) {
                inner = true;
            }
        }
        if (!inner) {
            return false;
        }
        String repaired = text.charAt(0) + text.substring(1).replace('I', 'l');
        String lower = WordLists.lower(repaired);
        return words.isName(repaired) && !words.isDutchWord(lower) && !words.isPlace(lower);
    }

    /** "Koçak / Ya1çın", "Koçak en Ya1çın": the word on the other side of the pair is a name already found. */
    private static boolean pairedWithName(List<Token> tokens, int i, boolean[] flag) {
        if (i >= 2 && pairWord(tokens.get(i - 1)) && flag[i - 2]) {
            return true;
        }
        return i + 2 < tokens.size() && pairWord(tokens.get(i + 1)) && flag[i + 2];
    }

    private static boolean pairWord(Token t) {
        return t.is('/') || t.is('&') || t.isWord() && t.lower().equals("en");
    }

    /**
     * A form of address before {@code i}, over initials ("de heer", "mevr. H.", "Dhr. J.P."): the title as the word
     * lists have it, or "heer" after "de".
     */
    static boolean afterFormOfAddress(List<Token> tokens, int i, WordLists words) {
        int k = i - 1;
        while (k >= 1 && tokens.get(k).is('.') && tokens.get(k - 1).isWord() && tokens.get(k - 1).singleCapital()) {
            k -= 2; // initials
        }
        if (k >= 0 && tokens.get(k).is('.')) {
            k--; // "Dhr." "mevr."
        }
        if (k < 0 || !tokens.get(k).isWord()) {
            return false;
        }
        String lower = tokens.get(k).lower();
        if (lower.equals("heer")) {
            return k >= 1 && tokens.get(k - 1).isWord() && tokens.get(k - 1).lower().equals("de");
        }
        return words.isTitle(lower) && !lower.equals("fam") && !lower.equals("familie") && !lower.equals("gezin");
    }

    /** "Sch oonderwoerd": two pieces that are no words, after a form of address or joining to a listed surname. */
    private static boolean spaceSplit(List<Token> tokens, int i, boolean addressed, WordLists words) {
        Token a = tokens.get(i);
        Token b = tokens.get(i + 1);
        if (!b.isWord() || b.capitalised() || !b.spaceBefore() || b.hasDigit() || a.allCaps() && a.text().length() > 1
                || b.text().length() < 2) {
            return false;
        }
        String al = a.lower();
        String bl = b.lower();
        if (piecesAreWords(al, bl, words)) {
            return false;
        }
        String joined = al + bl;
        String repaired = joined.replace("rn", "m");
        boolean listed = joined.length() >= 6 && (words.isSurname(NameClassifier.capitalise(joined))
                || words.isSurname(NameClassifier.capitalise(repaired)));
        return (addressed || listed) && !words.isDutchWord(joined) && !words.isPlace(joined);
    }

    private static boolean piecesAreWords(String al, String bl, WordLists words) {
        return words.isWord(bl) || NameClassifier.isFunctionWord(bl) || words.isWord(al)
                || NameClassifier.isFunctionWord(al) || words.isTitle(al) || words.isKinOrRole(al)
                || words.isTussenvoegsel(al) || words.isTussenvoegsel(bl) || words.isFirstName(NameClassifier.capitalise(al));
    }

    /** "Ver-heul": a hyphen without spaces, then a lower-case piece that is no word, the joined word no word either. */
    private static boolean hyphenSplit(List<Token> tokens, int i, boolean addressed, WordLists words) {
        Token h = tokens.get(i + 1);
        Token b = tokens.get(i + 2);
        if (!h.is('-') || h.spaceBefore() || !b.isWord() || b.spaceBefore() || b.capitalised() || b.hasDigit()
                || b.text().length() < 2) {
            return false;
        }
        String bl = b.lower();
        String joined = tokens.get(i).lower() + bl;
        // after a form of address the piece may be a word by chance ("Ver-heul": "heul"), the joined word may not
        return (addressed || !words.isWord(bl)) && !NameClassifier.isFunctionWord(bl) && !words.isDutchWord(joined)
                && !words.isPlace(joined);
    }
}
