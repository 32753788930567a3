package nl.vhkgateway.domain.screening.detector;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Round 19 rule (r19-cards): a parent or child quoted in a regional language or with dialect spelling. Cards quote
 * people as they speak, and regional Dutch mixes with standard Dutch inside one quote (Limburgish, Brabants, Zeeuws,
 * Low Saxon), so {@link QuotedForeignSpeech}, which wants a quote mostly in another language, does not see it. Three
 * words of such a quote read as names without this rule; each is cleared inside quotation marks only, never with
 * person evidence around it ({@link RelativeGuard#around}: a family word, role or title right before it, a family
 * apposition or an age after it):
 * <ul>
 * <li><b>a regional function word</b> ({@code regional-pronouns.txt}, {@code dialect-words.txt}: pronouns such as
 * Limburgish "hae", "veer", Gronings "hai" that name lists hold as given names too), when the same quote holds other
 * dialect evidence (a lower-case word other than the word itself that is no Dutch word and either carries a vowel
 * sign Dutch spelling does not use, "wèt", "väöl", "mò", "zô", or is a regional function word itself, "ich") and a
 * lower-case word follows it (the verb: "als hae drinkt"); a comma, bracket or capital after it keeps the flag ("Hae,
 * kom hier", "Hae (7)"). A form that a name list holds is cleared only in lower case and opening its clause (first in
 * the quote or sentence, after a comma or a conjunction: "als hae drinkt"); capitalised ("Hai slaat zien zusje",
 * "Veer heeft de kinderen opgehaald") or after "en", "mit" it stays a name (review rev-allow);</li>
 * <li><b>a capitalised word the quote also writes in lower case</b> ("Väöl te väöl ..."): the word is used as a word;
 * never a word of any name list, and the lower-case twin must not be flagged itself;</li>
 * <li><b>an accented Dutch word</b> opening a sentence of the quote ("Jóng, ik ...", "Dát is het"): one acute or grave
 * accent on a word whose plain spelling is a frequent Dutch word of three letters or more, the accented form on no
 * name list (emphasis or dialect spelling: no given name is written so); when the plain form is a listed name too
 * ("jong", "nam"), only as an interjection before "," or "!" ("Jóng, ik ..."), never before a verb ("Jóng is
 * weggelopen");</li>
 * </ul>
 * A name in a dialect quote stays a name: "Als Sjef drinkt ..." (a listed name, no regional word), "Jóng" after a kin
 * word. The words are data. Stateless.
 */
final class DialectQuote {

    private static final Set<String> REGIONAL = load();

    /** Round 26 (t26-held): the word (lower case) is a regional function word or verb form of the data files. */
    static boolean isRegionalWord(String lower) {
        return REGIONAL.contains(lower);
    }
    /** Vowel signs that standard Dutch spelling does not use on its own words (diaeresis ë/ï and é stay out). */
    private static final String DIALECT_SIGNS = "àèìòùâêîôûäöüåø";
    private static final String ACUTE_GRAVE = "áéíóúàèìòù";
    private static final String PLAIN = "aeiouaeiou";
    /** Subordinating conjunctions of Dutch and the regional languages before a clause's subject. */
    private static final Set<String> CONJUNCTIONS = Set.of("als", "as", "es", "wen", "wenn", "wanneer", "dat", "det",
            "omdat", "want", "toen", "of", "mer", "maar", "meh", "dan");

    private DialectQuote() {
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        WordLists.read("regional-pronouns.txt", w -> words.add(WordLists.lower(w)));
        WordLists.read("dialect-words.txt", w -> words.add(WordLists.lower(w)));
        return Set.copyOf(words);
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        boolean straightOpen = false;
        int from = -1;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            boolean opens = false;
            boolean closes = false;
            if (t.is('"')) {
                opens = !straightOpen;
                closes = straightOpen;
                straightOpen = !straightOpen;
            } else if (t.is('“') || t.is('„')) {
                opens = from < 0;
            } else if (t.is('”')) {
                closes = true;
            }
            if (closes && from >= 0) {
                quote(tokens, role, flag, words, from, i);
                from = -1;
            }
            if (opens) {
                from = i + 1;
            }
        }
    }

    /** One quote, tokens {@code from} (inclusive) to {@code to} (exclusive). */
    private static void quote(List<Token> tokens, int[] role, boolean[] flag, WordLists words, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || t.allCaps() || RelativeGuard.around(tokens, role, words, i)) {
                continue;
            }
            if (regionalWord(tokens, words, from, to, i) || lowerCaseTwin(tokens, flag, words, from, to, i)
                    || accentedDutchWord(tokens, words, from, i)) {
                flag[i] = false;
            }
        }
    }

    private static boolean regionalWord(List<Token> tokens, WordLists words, int from, int to, int i) {
        Token t = tokens.get(i);
        if (!REGIONAL.contains(t.lower()) || i + 1 >= to) {
            return false;
        }
        Token next = tokens.get(i + 1);
        if (!next.isWord() || next.capitalised()) {
            return false;
        }
        if (RelativeGuard.listedName(t, words) && !(!t.capitalised() && clauseOpening(tokens, from, i))) {
            return false; // a name form counts only in lower case, opening a clause: "Hai slaat", "ik en hai" stay
        }
        for (int k = from; k < to; k++) {
            if (k != i && !tokens.get(k).lower().equals(t.lower()) && evidence(tokens.get(k), words)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word opens its clause: first in the quote or sentence, after a comma, or after a subordinating conjunction
     * ("als hae drinkt", "wen hae kump"); not after "en", "met" or another word of a person slot.
     */
    private static boolean clauseOpening(List<Token> tokens, int from, int i) {
        if (i == from || tokens.get(i).sentenceStart()) {
            return true;
        }
        Token before = tokens.get(i - 1);
        return before.is(',') || before.isWord() && CONJUNCTIONS.contains(before.lower());
    }

    /** A lower-case word of a regional language, no Dutch word: a regional function word or a dialect spelling. */
    private static boolean evidence(Token t, WordLists words) {
        if (!t.isWord() || t.capitalised() || words.isDutchWord(t.lower())) {
            return false;
        }
        String lower = t.lower();
        if (REGIONAL.contains(lower)) {
            return true;
        }
        for (int c = 0; c < lower.length(); c++) {
            if (DIALECT_SIGNS.indexOf(lower.charAt(c)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean lowerCaseTwin(List<Token> tokens, boolean[] flag, WordLists words, int from, int to,
            int i) {
        Token t = tokens.get(i);
        if (!t.capitalised() || t.lower().length() < 3 || RelativeGuard.listedName(t, words)) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token other = tokens.get(k);
            if (k != i && !flag[k] && other.isWord() && !other.capitalised() && other.lower().equals(t.lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean accentedDutchWord(List<Token> tokens, WordLists words, int from, int i) {
        Token t = tokens.get(i);
        if (!t.capitalised() || !(i == from || t.sentenceStart()) || RelativeGuard.listedName(t, words)) {
            return false;
        }
        if (i + 1 < tokens.size() && tokens.get(i + 1).is('(')) {
            return false;
        }
        String lower = t.lower();
        int accents = 0;
        StringBuilder plain = new StringBuilder(lower.length());
        for (int c = 0; c < lower.length(); c++) {
            char ch = lower.charAt(c);
            int a = ACUTE_GRAVE.indexOf(ch);
            if (a >= 0) {
                accents++;
                plain.append(PLAIN.charAt(a));
            } else if (ch >= 'a' && ch <= 'z') {
                plain.append(ch);
            } else {
                return false;
            }
        }
        String folded = plain.toString();
        if (accents != 1 || folded.length() < 3 || !words.isCommonWord(folded)) {
            return false;
        }
        // the plain form is a given name too ("jong", "nam"): only an interjection before "," or "!" ("Jóng, ik ..."),
        // never the subject of a verb ("Jóng is weggelopen", "Nám heeft ...": review rev-allow)
        String cap = NameClassifier.capitalise(folded);
        boolean nameToo = words.isName(cap) || words.isFirstNameLower(folded) || words.isWeakName(folded);
        return !nameToo || i + 1 < tokens.size() && (tokens.get(i + 1).is(',') || tokens.get(i + 1).is('!'));
    }
}
