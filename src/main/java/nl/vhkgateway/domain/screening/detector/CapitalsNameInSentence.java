package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 11 rule (branch r11-capsnames): a listed name written in capitals inside an ordinary sentence ("Moeder logeert
 * bij SARA in Almelo", "dat KEES hem heeft geduwd"). Only in a sentence that is not written in capitals, and only a
 * word in capitals that stands alone (no word in capitals right before or after it, no hyphen joining it, no colon
 * after it: headings, labels and shouted stretches stay). A listed given name that is no name-that-is-a-word
 * (exceptions list) and no frequent word is a name (of three letters only when it is no word at all: "MAX", "IDS"
 * stay); a listed surname (or a given name that is a word: "JONG", "KIM") needs person evidence: "de X" before a verb
 * or participle that wants a person, "bang voor de X", "de X uit ...", "bij X in &lt;place&gt;", or a kin or role word
 * in brackets after it. Organisations, acronyms and places of the lists, kin words, particles and function words never
 * count. Stateless.
 */
final class CapitalsNameInSentence {

    private static final Set<String> PERSON_PARTICIPLES = Set.of("geslagen", "geduwd", "geschopt", "bedreigd",
            "mishandeld", "gebeld", "gezien", "gesproken", "uitgescholden", "opgehaald", "gebracht", "geschreeuwd");
    private static final Set<String> FEAR_WORDS = Set.of("bang", "angstig");

    private CapitalsNameInSentence() {
    }

    static void flag(List<Token> tokens, boolean[] coveredOrg, WordLists words, boolean shouted, boolean[] flag) {
        if (shouted) {
            return; // a text written in capitals is read in Title Case by the detector's own rules
        }
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || !t.isWord() || !t.allCaps() || coveredOrg[i] || !alone(tokens, i)
                    || sentenceInCapitals(tokens, i)) {
                continue;
            }
            String lower = t.lower();
            if (lower.length() < 3 || !lower.chars().allMatch(Character::isLetter) || notAName(lower, words)) {
                continue;
            }
            String cap = NameClassifier.capitalise(lower);
            boolean given = words.isFirstName(cap) && !words.isException(cap) && !words.isCommonWord(lower)
                    && (lower.length() > 3 || !words.isWord(lower)); // "MAX", "IDS", "TOM" are acronyms or words too
            boolean surname = words.isSurname(cap) || words.isFirstName(cap);
            if (given || surname && personEvidence(tokens, i, words)) {
                flag[i] = true;
            }
        }
    }

    /** Places, organisations, acronyms and allowed words of the lists, kin words, particles, titles, function words. */
    static boolean notAName(String lower, WordLists words) {
        return words.allowed().containsWord(lower) || words.isPlace(lower) || words.isPlaceInContext(lower)
                || words.isAbroad(lower) || words.isKinOrRole(lower) || words.isTussenvoegsel(lower)
                || words.isTitle(lower) || NameClassifier.isFunctionWord(lower);
    }

    /** No word in capitals next to it, no hyphen joining it ("SAVE-traject"), no colon after it ("ZORGEN:"). */
    private static boolean alone(List<Token> tokens, int i) {
        int n = tokens.size();
        if (i > 0 && (tokens.get(i - 1).allCaps() || tokens.get(i - 1).is('-') && !tokens.get(i).spaceBefore())) {
            return false;
        }
        if (i + 1 < n) {
            Token next = tokens.get(i + 1);
            if (next.allCaps() || next.is(':') || next.is('-') && !next.spaceBefore() || next.is('/')) {
                return false;
            }
        }
        return i + 2 >= n || !(tokens.get(i + 1).is('-') && tokens.get(i + 2).allCaps());
    }

    /** Half or more of the words of the sentence around the word are in capitals: a heading or a shouted line. */
    private static boolean sentenceInCapitals(List<Token> tokens, int i) {
        int from = i;
        while (from > 0 && !boundary(tokens.get(from - 1))) {
            from--;
        }
        int to = i;
        while (to + 1 < tokens.size() && !boundary(tokens.get(to + 1))) {
            to++;
        }
        int wordsSeen = 0;
        int caps = 0;
        for (int k = from; k <= to; k++) {
            Token t = tokens.get(k);
            if (t.isWord() && t.text().chars().anyMatch(Character::isLetter)) {
                wordsSeen++;
                if (t.allCaps() || t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0))) {
                    caps++;
                }
            }
        }
        return wordsSeen < 3 || caps * 2 >= wordsSeen;
    }

    private static boolean boundary(Token t) {
        return t.is('.') || t.is('!') || t.is('?') || t.is(';') || t.is('\n') || t.is('|');
    }

    private static boolean personEvidence(List<Token> tokens, int i, WordLists words) {
        int n = tokens.size();
        String before = i > 0 && tokens.get(i - 1).isWord() ? tokens.get(i - 1).lower() : "";
        if (before.equals("bij") && i + 2 < n && word(tokens, i + 1, "in") && tokens.get(i + 2).isWord()
                && tokens.get(i + 2).capitalised()) {
            return true; // "slaapt bij JONG in Zwolle"
        }
        if (i + 2 < n && tokens.get(i + 1).is('(') && tokens.get(i + 2).isWord()
                && (words.isKinOrRole(tokens.get(i + 2).lower()) || possessive(tokens.get(i + 2).lower())
                && i + 3 < n && tokens.get(i + 3).isWord() && words.isKinOrRole(tokens.get(i + 3).lower()))) {
            return true; // "VISSER (oom)", "VISSER (zijn oom)"
        }
        if (!before.equals("de")) {
            return false;
        }
        if (i >= 3 && word(tokens, i - 2, "voor") && tokens.get(i - 3).isWord()
                && FEAR_WORDS.contains(tokens.get(i - 3).lower())) {
            return true; // "bang voor de JONG"
        }
        if (i + 1 < n && word(tokens, i + 1, "uit")) {
            return true; // "de JONG uit de flat"
        }
        for (int k = i + 1; k < n && k <= i + 4; k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                break;
            }
            if (PersonNameDetector.isPersonVerb(t.lower()) || PERSON_PARTICIPLES.contains(t.lower())) {
                return true; // "de BOS haar weer slaat", "de MULDER gisteren weer geschreeuwd"
            }
        }
        return false;
    }

    private static boolean possessive(String lower) {
        return lower.equals("zijn") || lower.equals("haar") || lower.equals("hun") || lower.equals("de");
    }

    private static boolean word(List<Token> tokens, int k, String lower) {
        return tokens.get(k).isWord() && tokens.get(k).lower().equals(lower);
    }
}
