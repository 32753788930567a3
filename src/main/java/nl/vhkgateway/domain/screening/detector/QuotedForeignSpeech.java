package nl.vhkgateway.domain.screening.detector;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Round 10 rule: a sentence inside quotation marks that is written in another language is speech, not a list of
 * names. Families quote themselves in English, Portuguese, Papiamento, Polish, Turkish or Moroccan Arabic ("It was a
 * bad week", "Eu trabalho para eles", "Nie wiem"); the capitalised first word of such a sentence is a function word
 * of that language, and its lower-case words are no Dutch words, so without this rule they read as names.
 *
 * <p>A quoted sentence is in language L when at least two of its lower-case words (the word looked at not counted)
 * are foreign evidence (a function word of L that is no Dutch word, an English word for English, or a word of no
 * list) and the foreign evidence outweighs the frequent Dutch words (the Dutch dictionary holds "lot", "care",
 * "take"). In such a sentence a flagged word is no name when it is a function word of L ("It", "Eu", "Nie"); when
 * another word is a function word of L too, also a word in lower case that no name list holds, after no family word
 * ("robić"; "o joaquim" stays a name) and, in English, an English word of no name list at the sentence start
 * ("Sometimes"). A listed name stays a name ("Kevin is my brother"); a function word that is also a listed given name ("Ana",
 * "Said", "Can", round 10 leak fix) too, unless the sentence has it in lower case as well ("Ana sbabi, wallah ana
 * ...") or a family word follows ("My mother"). Interjections such as "Wallah" and "Inshallah"
 * are no name in any quote. A sentence right after a colon ("Moeder: Eu não aguento mais.") is read the same way, as
 * speech without quotation marks.
 *
 * <p>The words are data ({@code quoted-speech.txt}). Immutable and thread-safe.
 */
final class QuotedForeignSpeech {

    private static final String RESOURCE = "/nl/vhkgateway/screening/wordlists/quoted-speech.txt";
    private static final int EVIDENCE = 2;
    private static final Set<String> SECOND_PERSON = Set.of("jij", "je", "jou", "jouw", "jullie", "u", "uw", "du",
            "dich", "dir", "dein", "deine");
    /** Words that open a Dutch clause of the speaker's own after an opener ("Deci, ik", "Więc, wat"). */
    private static final Set<String> CLAUSE_STARTERS = Set.of("ik", "wij", "we", "wat", "hoe", "waarom", "waar",
            "wanneer", "het", "dat", "dit", "dan", "nu", "zo", "er", "hij", "zij", "ze", "mijn", "ons", "onze");

    private final Map<String, Set<String>> functionWords;
    private final Set<String> kin;
    private final Set<String> interjections;
    private final Set<String> openers;

    private QuotedForeignSpeech(Map<String, Set<String>> functionWords, Set<String> kin, Set<String> interjections,
                                Set<String> openers) {
        this.functionWords = functionWords;
        this.kin = kin;
        this.interjections = interjections;
        this.openers = openers;
    }

    static QuotedForeignSpeech bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        private static final QuotedForeignSpeech BUNDLED = load();
    }

    private static QuotedForeignSpeech load() {
        Map<String, Set<String>> languages = new HashMap<>();
        Set<String> kin = new HashSet<>();
        Set<String> interjections = new HashSet<>();
        Set<String> openers = new HashSet<>();
        try (InputStream in = QuotedForeignSpeech.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("word list missing from the class path: " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", 2);
                Set<String> target = switch (cells[0].strip()) {
                    case "kin" -> kin;
                    case "any" -> interjections;
                    case "opener" -> openers;
                    default -> languages.computeIfAbsent(cells[0].strip(), k -> new HashSet<>());
                };
                for (String w : cells[1].strip().split("\\s+")) {
                    target.add(WordLists.lower(w));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + RESOURCE, e);
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        languages.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new QuotedForeignSpeech(Map.copyOf(frozen), Set.copyOf(kin), Set.copyOf(interjections),
                Set.copyOf(openers));
    }

    /** The function words by language code (for {@link TranslatedQuoteClause}). */
    Map<String, Set<String>> functionWords() {
        return functionWords;
    }

    /** A family word of the quoted languages or Dutch ("mama", "tata", "brother"). */
    boolean familyWord(String lower) {
        return kin.contains(lower);
    }

    /** Clears the flags of words that are speech in another language, inside quotation marks. */
    void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        boolean straightOpen = false;
        int from = -1;
        for (int i = 0; i <= n; i++) {
            Token t = i < n ? tokens.get(i) : null;
            boolean opens = false;
            boolean closes = i == n;
            if (t != null && t.is('"')) {
                opens = !straightOpen;
                closes = straightOpen;
                straightOpen = !straightOpen;
            } else if (t != null && (t.is('“') || t.is('„') || t.is('«'))) {
                opens = true;
            } else if (t != null && (t.is('”') || t.is('»'))) {
                closes = true;
            }
            if (closes && from >= 0) {
                quote(tokens, role, flag, words, from, i);
                from = -1;
            }
            if (opens) {
                from = i + 1;
            }
            if (t != null && t.is(':') && from < 0 && i + 1 < n && !tokens.get(i + 1).is('"')
                    && !tokens.get(i + 1).is('“') && !tokens.get(i + 1).is('„')) {
                int end = i + 2;
                while (end < n && !tokens.get(end).sentenceStart()) {
                    end++;
                }
                sentence(tokens, role, flag, words, i + 1, end); // speech after a colon: "Moeder: Eu não sei."
            }
        }
    }

    /**
     * Round 15 (r15-allow): a foreign word that opens a sentence of speech before a comma ("Deci, wat moet ik doen?",
     * a translated quote that keeps the speaker's Romanian "so"; "Więc,", "Alors,") is no name, inside quotation
     * marks (not after a colon: "Naam: Deci, 6 jaar" is a label's value). Only the words of the "opener" list,
     * capitalised, first in their sentence, right before a comma and a word that opens a clause of the speaker's own
     * ("ik", "wat", "het" ...; "Deci, kom hier!" addresses a person) without a second-person word after it ("Deci,
     * wat doe jij hier?" addresses one too), and never a word that a name list holds
     * ("Hadi, ik ...", "Jonas, ik ..."). Words that are given names of no list ("Tamam", "Haide") are not on it.
     */
    void unflagOpeners(List<Token> tokens, boolean[] flag, WordLists words) {
        int n = tokens.size();
        QuoteTracker quotes = new QuoteTracker();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (quotes.mark(t)) {
                continue;
            }
            if (!flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || i + 1 >= n || !tokens.get(i + 1).is(',')
                    || !openers.contains(t.lower()) || words.isName(t.text()) || words.isFirstNameLower(t.lower())
                    || words.isWeakName(t.lower())) {
                continue;
            }
            boolean opensQuote = i > 0 && QuoteTracker.opens(tokens.get(i - 1));
            if ((opensQuote || quotes.inQuote() && t.sentenceStart()) && clauseAfter(tokens, i + 2)
                    && !addressed(tokens, i + 2)) {
                flag[i] = false;
            }
        }
    }

    /** A Dutch clause goes on after the opener's comma ("Deci, wat moet ik doen?"), no imperative to an addressee. */
    private static boolean clauseAfter(List<Token> tokens, int j) {
        return j < tokens.size() && tokens.get(j).isWord() && CLAUSE_STARTERS.contains(tokens.get(j).lower());
    }

    /** A second-person word in the rest of the sentence ("Deci, wat doe jij hier?"): the opener is an addressee. */
    private static boolean addressed(List<Token> tokens, int j) {
        for (int k = j; k < tokens.size() && !(k > j && tokens.get(k).sentenceStart()); k++) {
            Token t = tokens.get(k);
            if (t.is('"') || t.is('”') || t.is('»')) {
                return false;
            }
            if (t.isWord() && SECOND_PERSON.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** One quote, tokens {@code from} (inclusive) to {@code to} (exclusive), read sentence by sentence. */
    private void quote(List<Token> tokens, int[] role, boolean[] flag, WordLists words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (flag[i] && interjections.contains(tokens.get(i).lower())) {
                flag[i] = false;
            }
        }
        int start = from;
        while (start < to) {
            int end = start + 1;
            while (end < to && !tokens.get(end).sentenceStart()) {
                end++;
            }
            sentence(tokens, role, flag, words, start, end);
            start = end;
        }
    }

    private void sentence(List<Token> tokens, int[] role, boolean[] flag, WordLists words, int from, int to) {
        boolean anyFlag = false;
        for (int i = from; i < to && !anyFlag; i++) {
            anyFlag = flag[i];
        }
        if (!anyFlag) {
            return;
        }
        for (Map.Entry<String, Set<String>> language : functionWords.entrySet()) {
            Set<String> function = language.getValue();
            boolean english = language.getKey().equals("en");
            for (int i = from; i < to; i++) {
                if (!flag[i]) {
                    continue;
                }
                Token t = tokens.get(i);
                String lower = t.lower();
                boolean functionWord = function.contains(lower);
                if (functionWord && t.capitalised() && words.isFirstNameLower(lower)
                        && !lowerCaseElsewhere(tokens, from, to, i, lower) && !familyWordAfter(tokens, i, to)) {
                    continue; // round 10 leak fix: "Ana não quer", "Said hit me", "Can is my brother" keep the name
                }
                if (functionWord ? inLanguage(tokens, words, function, english, from, to, i, false)
                        : inLanguage(tokens, words, function, english, from, to, i, true)
                        && (!t.capitalised() && !familyWordBefore(tokens, role, function, from, i)
                        && !words.isFirstNameLower(lower) && !words.isWeakName(lower)
                        || english && t.sentenceStart() && englishWord(words, lower) && !words.isName(t.text()))) {
                    flag[i] = false;
                }
            }
        }
    }

    /** The sentence, word {@code skip} not counted, reads as language L (see the class comment). */
    private static boolean inLanguage(List<Token> tokens, WordLists words, Set<String> function, boolean english,
                                      int from, int to, int skip, boolean functionWordNeeded) {
        int foreign = 0;
        int functionHits = 0;
        int dutch = 0;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (i == skip || !t.isWord() || t.capitalised() && !(t.sentenceStart() && function.contains(t.lower()))) {
                continue;
            }
            String lower = t.lower();
            boolean dutchWord = words.isDutchWord(lower);
            if (function.contains(lower)) {
                if (!dutchWord) {
                    functionHits++;
                    foreign++;
                }
            } else if (words.isCommonWord(lower)) {
                dutch++; // a frequent Dutch word; a rarer one ("lot", "care", "mom") may be English too
            } else if (dutchWord) {
                continue;
            } else if (english ? englishWord(words, lower) : !words.isWord(lower)) {
                foreign++;
            }
        }
        return (functionHits >= 1 || !functionWordNeeded) && foreign >= EVIDENCE && foreign > dutch;
    }

    private static boolean englishWord(WordLists words, String lower) {
        return words.isWord(lower) && !words.isDutchWord(lower);
    }

    /** The same word in lower case elsewhere in the sentence ("Ana sbabi, wallah ana ..."): the function word. */
    private static boolean lowerCaseElsewhere(List<Token> tokens, int from, int to, int i, String lower) {
        for (int k = from; k < to; k++) {
            if (k != i && tokens.get(k).isWord() && !tokens.get(k).capitalised() && tokens.get(k).lower().equals(lower)) {
                return true;
            }
        }
        return false;
    }

    /** A family word right after ("My mother", "Mi mama"): a possessive, not a name. */
    private boolean familyWordAfter(List<Token> tokens, int i, int to) {
        return i + 1 < to && tokens.get(i + 1).isWord() && !tokens.get(i + 1).capitalised()
                && kin.contains(tokens.get(i + 1).lower());
    }

    /** A family word (Dutch, or of the quoted languages) right before a lower-case word: it may be a name. */
    private boolean familyWordBefore(List<Token> tokens, int[] role, Set<String> function, int from, int i) {
        if (i - 1 < from || !tokens.get(i - 1).isWord()) {
            return false;
        }
        String before = tokens.get(i - 1).lower();
        return kin.contains(before)
                || (role[i - 1] & (PersonNameDetector.KIN | PersonNameDetector.TITLE)) != 0
                && !function.contains(before);
    }
}
