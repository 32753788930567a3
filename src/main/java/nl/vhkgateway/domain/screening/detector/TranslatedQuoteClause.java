package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Round 20 rule (t20-cards2): a quote that opens with a short clause in the speaker's own language and goes on with
 * its Dutch rendering after a comma, as a parent speaking through an interpreter is written down ("Nie mam wyboru, ik
 * heb geen keus", "Noi muncim, wij werken hard", "Eu quero, ik wil het goed doen"). {@link QuotedForeignSpeech}
 * reads a whole sentence and wants it mostly foreign; here the Dutch half outweighs the foreign one, so the foreign
 * clause's capitalised first word read as a name opening a sentence, and a lower-case word after "mam" (Polish "I
 * have", a Dutch word for mum too) as a name after a family word.
 *
 * <p>The clause, inside quotation marks only: it opens the quote or a sentence of it, runs to the first comma of that
 * sentence, has two to six words and no other token, and a Dutch clause of the speaker's own follows the comma ("ik",
 * "wij", "het" ...). It is in language L ({@code quoted-speech.txt}) when none of its words is a Dutch word outside
 * L's function words, no word but the first is capitalised, one word at least is a function word of L that is no
 * Dutch word, and two words at least are foreign (a function word of L, or a word of no list). In such a clause a
 * flagged word is no name when it is:
 * <ul>
 * <li>a function word of L ("Nie", "Noi", "Eu"); one that a name list holds too ("Ya", "Nie", "Ta") only as the
 * clause's first word, with two other foreign words in the clause and one of them a function word of L ("Ya duzhe
 * vtomylasya, ik ben zo moe"); never with an age, a family word or a role around it ({@link RelativeGuard});</li>
 * <li>a lower-case word of no name list after no family word of the quoted languages ("wyboru" after "mam", which L
 * holds as a verb).</li>
 * </ul>
 * A capitalised word that is no function word stays a name ("Kasia robi dużo, ik ..."), as does any word of a clause
 * with a Dutch word in it ("Ya komt morgen, ik ...") or without a Dutch clause after it ("Ya duzhe, Sanne"). The words
 * are data. Stateless.
 */
final class TranslatedQuoteClause {

    private static final int MIN_WORDS = 2;
    private static final int MAX_WORDS = 6;
    /** Words that open the Dutch rendering after the comma. */
    private static final Set<String> DUTCH_OPENERS = Set.of("ik", "wij", "we", "jij", "je", "hij", "zij", "ze",
            "het", "dat", "dit", "er", "mijn", "ons", "onze", "niet", "nee", "ja", "wat", "hoe", "waarom", "ook");

    private TranslatedQuoteClause() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        QuotedForeignSpeech speech = QuotedForeignSpeech.bundled();
        int n = tokens.size();
        QuoteTracker quotes = new QuoteTracker();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (quotes.mark(t)) {
                continue;
            }
            if (!quotes.inQuote() || !t.isWord()) {
                continue;
            }
            boolean opensQuote = i > 0 && QuoteTracker.opens(tokens.get(i - 1));
            if (opensQuote || t.sentenceStart()) {
                clause(tokens, role, flag, words, speech, i);
            }
        }
    }

    /** The clause opening at {@code from}, if it is one (see the class comment). */
    private static void clause(List<Token> tokens, int[] role, boolean[] flag, WordLists words,
                               QuotedForeignSpeech speech, int from) {
        int comma = from;
        while (comma < tokens.size() && tokens.get(comma).isWord() && comma - from <= MAX_WORDS
                && !(comma > from && tokens.get(comma).sentenceStart())) {
            comma++;
        }
        int count = comma - from;
        if (comma + 1 >= tokens.size() || !tokens.get(comma).is(',') || count < MIN_WORDS || count > MAX_WORDS
                || !dutchClauseAfter(tokens.get(comma + 1))) {
            return;
        }
        boolean anyFlag = false;
        for (int k = from; k < comma; k++) {
            anyFlag |= flag[k];
        }
        if (!anyFlag) {
            return;
        }
        for (Map.Entry<String, Set<String>> language : speech.functionWords().entrySet()) {
            Set<String> function = language.getValue();
            if (inLanguage(tokens, words, function, from, comma)) {
                clear(tokens, role, flag, words, speech, function, from, comma); // each language that reads it
            }
        }
    }

    private static boolean dutchClauseAfter(Token next) {
        return next.isWord() && !next.capitalised() && DUTCH_OPENERS.contains(next.lower());
    }

    private static boolean inLanguage(List<Token> tokens, WordLists words, Set<String> function, int from, int to) {
        int functionHits = 0;
        int foreign = 0;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            String lower = t.lower();
            if (k > from && t.capitalised() || t.allCaps() && lower.length() > 1) {
                return false;
            }
            if (function.contains(lower)) {
                foreign++;
                if (!words.isDutchWord(lower)) {
                    functionHits++;
                }
            } else if (words.isDutchWord(lower) || words.isCommonWord(lower) || words.isWord(lower)) {
                return false;
            } else {
                foreign++;
            }
        }
        return functionHits >= 1 && foreign >= 2;
    }

    private static void clear(List<Token> tokens, int[] role, boolean[] flag, WordLists words,
                              QuotedForeignSpeech speech, Set<String> function, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            // a family word, role or title before it counts unless it is a word of the clause's language ("mam")
            boolean kinBefore = RelativeGuard.kinBefore(tokens, role, words, k)
                    && !(k > from && function.contains(tokens.get(k - 1).lower()));
            if (!flag[k] || kinBefore || RelativeGuard.familyAfter(tokens, words, k)) {
                continue;
            }
            String lower = t.lower();
            boolean listed = RelativeGuard.listedName(t, words);
            if (function.contains(lower)) {
                if (!listed || k == from && strongClause(tokens, words, function, from, to)) {
                    flag[k] = false;
                }
            } else if (!t.capitalised() && !listed && !speech.familyWord(tokens.get(k - 1).lower())) {
                flag[k] = false;
            }
        }
    }

    /** Besides the first word, two foreign words, one of them a function word of L: "Ya duzhe vtomylasya". */
    private static boolean strongClause(List<Token> tokens, WordLists words, Set<String> function, int from, int to) {
        int functionWords = 0;
        int foreign = 0;
        for (int k = from + 1; k < to; k++) {
            String lower = tokens.get(k).lower();
            if (function.contains(lower)) {
                functionWords++;
                foreign++;
            } else if (!words.isWord(lower) && !RelativeGuard.listedName(tokens.get(k), words)) {
                foreign++;
            }
        }
        return functionWords >= 1 && foreign >= 2;
    }
}
