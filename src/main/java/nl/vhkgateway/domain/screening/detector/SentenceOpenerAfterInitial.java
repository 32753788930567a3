package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 14 rule (r14-cards): a youth's initial ends its sentence, and the next sentence opens with an adverb or a
 * thanks ("Hoi, hierbij de VHK van Y. Graag inplannen op donderdag.", "de kaart van S. Dank je wel."). Cards and their
 * mails name the youth by an initial; after its period the tokenizer cannot tell a sentence end from an initial
 * before a surname, and a few sentence openers are also listed surnames ("Graag", "Dank", "Goed"). {@code
 * PersonNameDetector.initialAndSurname} and {@code PersonEvidence.afterInitials} ask this class: the word right after
 * the initials' period is one of a closed list of sentence openers and an infinitive ("Graag inplannen", "Graag
 * bespreken") or the rest of a thanks ("Dank je", "Alvast bedankt") follows, and (after the leak review) the initial
 * follows "van" or "voor" as in "de kaart van Y.". Guards: "Y. Graag belde", "Y. Graag
 * over de zorgen", "Y. Graag tegen ...", "Y. Graag." and every other word after an initial stay a name. Stateless.
 */
final class SentenceOpenerAfterInitial {

    private static final Set<String> OPENERS = Set.of("graag", "dank", "bedankt", "alvast", "verder", "ook", "helaas",
            "gelukkig", "inmiddels", "daarna", "vervolgens", "tevens", "hierbij", "zie", "goed", "fijn", "prima",
            "groet", "groeten", "succes", "excuses", "svp", "vriendelijke", "hartelijke", "hartelijk");
    /** Verbs that make the word before them a person ("Graag belde", "Goed is de oom"). */
    private static final Set<String> PERSON_VERBS = Set.of("is", "was", "heeft", "had", "zegt", "zei", "belt", "belde",
            "vertelt", "vertelde", "woont", "woonde", "komt", "kwam", "wil", "wilde", "vindt", "vond", "hebben",
            "waren", "wonen", "komen", "zeggen", "den");

    /** What follows a thanks or a greeting ("Dank je", "Alvast bedankt"). */
    private static final Set<String> THANKS = Set.of("je", "jou", "u", "jullie", "wel", "bedankt");
    /** Prepositions that end in -en: "met Y. Graag tegen ..." names a person. */
    private static final Set<String> PREPOSITIONS = Set.of("tegen", "boven", "beneden", "binnen", "buiten", "tussen",
            "volgens", "namens", "tijdens", "zonder", "wegen");

    /** The card's own shape: "de kaart van Y.", "de VHK voor N.": "van" or "voor" right before the initials. */
    static boolean afterVan(List<Token> tokens, int i) {
        int k = i - 1;
        while (k >= 1 && tokens.get(k).is('.') && tokens.get(k - 1).isWord() && tokens.get(k - 1).text().length() <= 2) {
            k -= 2;
        }
        return k >= 0 && k < i - 1 && tokens.get(k).isWord()
                && (tokens.get(k).lower().equals("van") || tokens.get(k).lower().equals("voor"));
    }

    static boolean isOpener(String lower) {
        return OPENERS.contains(lower);
    }

    private SentenceOpenerAfterInitial() {
    }

    /** True when the word at {@code i}, right after an initial's period, opens a new sentence. */
    static boolean opensSentence(List<Token> tokens, int i) {
        int n = tokens.size();
        if (i < 2 || i + 1 >= n || !tokens.get(i - 1).is('.') || !tokens.get(i).isWord()
                || !OPENERS.contains(tokens.get(i).lower())) {
            return false;
        }
        if (!afterVan(tokens, i)) {
            return false; // leak review: "Met O. Graag plannen", "Vader is J. Goed geboren", "De moeder, C. Fijn wilden"
        }
        Token next = tokens.get(i + 1);
        if (!next.isWord() || next.capitalised() || !next.spaceBefore()) {
            return false;
        }
        String lower = next.lower();
        return THANKS.contains(lower) || lower.length() >= 4 && lower.endsWith("en") && !PERSON_VERBS.contains(lower)
                && !PREPOSITIONS.contains(lower);
    }
}
