package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;
import nl.vhkgateway.domain.screening.detector.NameClassifier.WordClass;

/**
 * Round 15 (names): a surname that is also a Dutch word, written with a capital in the middle of a sentence in a slot
 * where a person stands: "bij X thuis"; the object of a verb of hitting, pushing, threatening or
 * hugging ("hij sloeg Smit", "ze duwde Koster"), also after the subject pronoun ("sloeg hij Mulder"). The
 * false-refusal review showed, in three waves, that the syntax before "bij" cannot tell a person from the villages,
 * firms, residential care organisations and Sinterklaas of no list that stand there as often ("een camping bij
 * Spier", "monteur bij Pon", "Zijn eerste baan was bij Fokker", "Hij is sinds januari bij Kenter.", "Hij logeert in het
 * weekend bij Kenter in het logeerhuis", "Ze sliepen die nacht bij Enter in een tent", "Hij was gisteren bij Sint."),
 * nor the objects of "kent", "bezocht", "haalt", "gaf", "appte" ("De gemeente gaf Kenter de opdracht"); none of these
 * count. Places and organisations of the lists are covered before this step. The word must be no frequent word, no
 * noun of the expressions "bij nood", "bij storm", "bij val", not be followed by another capitalised word or a joined
 * part ("bij Smit-Kroes"); the text must not be written in capitals, and the writer must not capitalise nouns
 * elsewhere in the sentence (German habit: "haalde Suiker bij de Buren"). Stateless.
 */
final class SurnameWordInPersonSlot {

    /** Verbs whose object right after them is a person: hitting, kicking, pushing, threatening, hugging. */
    private static final Set<String> PERSON_OBJECT_VERBS = WordSets.of("sloeg", "slaat", "schopte", "schopt",
            "duwde", "duwt", "bedreigde", "bedreigt", "knuffelde", "omhelsde", "krabde");
    private static final Set<String> SUBJECT_PRONOUNS = WordSets.of("hij", "zij", "ze", "ik", "we", "wij");
    /**
     * Nouns that follow "bij" without an article in Dutch expressions of a condition or occasion ("bij nood", "bij
     * leven", "bij storm", "bij val"); in a heading in title case they carry a capital.
     */
    private static final Set<String> BIJ_EXPRESSIONS = WordSets.of("nood", "leven", "storm", "val", "water", "licht",
            "zon", "wijze", "brand", "dag", "nacht", "ziekte", "twijfel", "aankomst", "vertrek", "koorts", "pijn");

    private SurnameWordInPersonSlot() {
    }

    static void flag(List<Token> tokens, WordClass[] cls, boolean[] covered, boolean shouted, WordLists words,
                     boolean[] flag) {
        if (shouted) {
            return;
        }
        int n = tokens.size();
        for (int i = 1; i < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || !t.isWord() || t.sentenceStart() || !(afterBij(tokens, cls, covered, i) || afterPersonVerb(tokens, i))) {
                continue;
            }
            boolean bij = afterBij(tokens, cls, covered, i);
            if (!surnameHere(tokens, cls, covered, words, i) || nounsCapitalised(tokens, cls, covered, i)
                    || bij && BIJ_EXPRESSIONS.contains(t.lower())) {
                continue;
            }
            flag[i] = true;
            if (bij && i + 2 < n && tokens.get(i + 1).isWord() && tokens.get(i + 1).text().equals("en")
                    && surnameHere(tokens, cls, covered, words, i + 2)) {
                flag[i + 2] = true; // "bij Bakker en Koster": the second of two surnames after "bij"
            }
        }
    }

    private static boolean surnameHere(List<Token> tokens, WordClass[] cls, boolean[] covered, WordLists words, int i) {
        Token t = tokens.get(i);
        if (covered[i] || cls[i] != WordClass.AMBIGUOUS_SURNAME || !t.isWord() || !t.capitalised() || t.allCaps()) {
            return false;
        }
        String lower = WordLists.lower(NameClassifier.stripPossessive(t.text()));
        return !words.isCommonWord(lower) && !words.isPlaceInContext(lower) && !joinedAfter(tokens, cls, i);
    }

    /**
     * "bij" right before the word, in a stay: "Bij Koster thuis", or "bij" after a verb of staying, sleeping or being,
     * with only adverbs, a time or "in" and a place between ("zijn in Breda, bij Mulder", "slaapt vaak bij Visser",
     * "was die nacht bij Vos"). Not after a noun ("een camping bij Spier", "monteur bij Pon"): the reviewer's villages
     * and employers of no list stand there.
     */
    private static boolean afterBij(List<Token> tokens, WordClass[] cls, boolean[] covered, int i) {
        Token prev = tokens.get(i - 1);
        if (!prev.isWord() || !prev.lower().equals("bij")) {
            return false;
        }
        if (i + 1 < tokens.size() && tokens.get(i + 1).isWord() && tokens.get(i + 1).lower().equals("thuis")) {
            return true;
        }
        if (prev.capitalised()) {
            return false; // "Bij Onrust gaat hij naar zijn kamer": a heading or protocol line
        }
        // round 15 review: "<person> is in <place>, bij X." reads as a village near a province as often ("Ze zijn
        // in Limburg, bij Horst."): dropped; only "bij X thuis" counts
        return false;
    }

    private static boolean nameClass(WordClass c) {
        return c == WordClass.NAME || c == WordClass.AMBIGUOUS_FIRST_NAME || c == WordClass.AMBIGUOUS_SURNAME
                || c == WordClass.UNKNOWN;
    }

    private static boolean afterPersonVerb(List<Token> tokens, int i) {
        Token prev = tokens.get(i - 1);
        if (!prev.isWord() || prev.capitalised()) {
            return false;
        }
        if (SUBJECT_PRONOUNS.contains(prev.text()) && i > 1 && tokens.get(i - 2).isWord()
                && PERSON_OBJECT_VERBS.contains(tokens.get(i - 2).lower())) {
            return true; // "sloeg hij Mulder": the verb, its subject, then the person
        }
        return PERSON_OBJECT_VERBS.contains(prev.lower());
    }

    /**
     * The writer capitalises nouns (a German habit, a heading in title case): another capitalised Dutch word stands in
     * the middle of the sentence ("Moeder haalde Suiker bij de Buren"). Then a capital says nothing.
     */
    static boolean nounsCapitalised(List<Token> tokens, WordClass[] cls, boolean[] covered, int i) {
        for (int j = 0; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (j != i && t.isWord() && t.capitalised() && !t.allCaps() && !t.sentenceStart() && !covered[j]
                    && cls[j] == WordClass.DICTIONARY && j > 0 && !tokens.get(j - 1).is(':')
                    && !tokens.get(j - 1).is('(') && !tokens.get(j - 1).is('"')) {
                return true;
            }
        }
        return false;
    }

    /** Another capitalised word, a glued hyphen, "&" or "en" and a capitalised word of no name class follow: a longer proper name. */
    private static boolean joinedAfter(List<Token> tokens, WordClass[] cls, int i) {
        int n = tokens.size();
        if (i + 1 >= n) {
            return false;
        }
        Token next = tokens.get(i + 1);
        if (next.isWord()) {
            if (next.capitalised()) {
                return true;
            }
            return (next.lower().equals("en") || next.lower().equals("of")) && i + 2 < n && tokens.get(i + 2).isWord()
                    && tokens.get(i + 2).capitalised() && !nameClass(cls[i + 2]);
        }
        return next.is('&') || (next.is('-') || next.is('/')) && !next.spaceBefore();
    }
}
