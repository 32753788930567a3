package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 21 rule (t21-cards2): a youth's initial ends its sentence and the next one opens with an organisation word
 * and a finite verb: "Beide ouders zijn liefdevol naar O. School is een veilige plek.", "Vader komt op voor S. Gemeente
 * heeft hulp ingezet." After the initial's period the tokenizer cannot tell a sentence end from an initial before a
 * surname, and {@code PersonNameDetector.organisationOpensSentence} (round 9) took only verbs of its own lists ("G.
 * School werkt ..."), not "is", "heeft", "wordt" ("Het contact met G. School is goed" names a person). The word opens a
 * second clause when the clause before the initial is a complete main clause: from its start (the text's start, a full
 * stop, colon, semicolon or line break) it holds a finite verb of {@link #FINITE} ("zijn" only after a plural subject,
 * not the possessive), a preposition stands right before one initial ("naar O."; two initials, "G.J. School", stay a
 * name), and it has no subordinating or relative word, no coordinating conjunction and no comma; a second finite verb
 * cannot follow a complete main clause without one of those. Stay names: "Het contact met G. School is goed" (no
 * finite verb before), "Moeder zegt dat het contact met G. School is verbeterd" (a subordinator), "Vader is boos op G.
 * School, die ..." (a comma, no verb after the word), "Contact met zijn oom bij G. School is goed" (the possessive),
 * "... op G. School is hij ook" (an inverted clause). The caller asks only for a kind of organisation ("School",
 * "Gemeente", "Politie") right after the initial. Stateless.
 */
final class SecondClauseAfterInitial {

    /** Finite forms of the copulas, auxiliaries and a few frequent main verbs, lower case. */
    private static final Set<String> FINITE = WordSets.of("is", "was", "zijn", "waren", "heeft", "hebben", "had",
            "hadden", "wordt", "worden", "werd", "werden", "blijft", "blijven", "bleef", "bleven", "kan", "kunnen",
            "kon", "konden", "moet", "moeten", "moest", "moesten", "wil", "willen", "wilde", "wilden", "zal", "zullen",
            "zou", "zouden", "mag", "mogen", "mocht", "mochten", "gaat", "gaan", "ging", "gingen", "komt", "komen",
            "kwam", "kwamen", "staat", "staan", "stond", "stonden", "biedt", "bieden", "geeft", "geven", "gaf",
            "gaven", "lijkt", "lijken", "bleek", "blijkt", "zorgt", "zorgen", "zorgde", "doet", "doen", "deed", "zit",
            "zitten", "zat", "reageert", "reageren", "reageerde", "kijkt", "zegt", "zei", "vertelt", "vertelde",
            "vindt", "vond", "voelt", "voelde", "praat", "praatte");
    /** Words that open a subordinate or relative clause, or join two clauses. */
    private static final Set<String> JOINERS = WordSets.of("dat", "die", "dit", "wat", "wie", "waar", "waarin",
            "waarbij", "omdat", "doordat", "zodat", "als", "wanneer", "indien", "nadat", "voordat", "terwijl",
            "hoewel", "sinds", "toen", "totdat", "tot", "zodra", "of", "hoe", "waarom", "en", "maar", "want", "dus",
            "noch", "tenzij", "mits", "aangezien", "zoals", "alsof");
    /** Prepositions right before the initials: the initial is the object that ends the first clause. */
    private static final Set<String> PREPOSITIONS = WordSets.of("naar", "bij", "met", "van", "voor", "aan", "op",
            "over", "om", "tegen", "door", "zonder", "rond", "richting");

    private static final Set<String> PLURAL_PRONOUNS = Set.of("ze", "zij", "wij", "we", "jullie", "beiden", "allen");
    /** Words in -s or -en before a possessive "zijn": prepositions and verbs of giving and seeing. */
    private static final Set<String> NOT_SUBJECTS = WordSets.of("tegen", "binnen", "buiten", "tussen", "boven",
            "beneden", "volgens", "tijdens", "namens", "zonder", "hebben", "zien", "geven", "nemen", "missen", "bellen",
            "helpen", "steunen", "verzorgen", "brengen", "halen", "als", "alles", "dus", "eens", "pas", "ons");
    private static final Set<String> PRONOUNS = Set.of("hij", "zij", "ze", "ik", "we", "wij", "jij", "je", "u", "het");

    private SecondClauseAfterInitial() {
    }

    /**
     * "zijn" as the possessive ("met zijn mentor bij G. Kerk is ..."), not the verb: the verb follows a plural subject
     * ("ouders zijn", "kinderen zijn", "ze zijn"), so "zijn" counts only after a word in -s or -en that is no
     * preposition, or after a plural pronoun.
     */
    private static boolean possessive(List<Token> tokens, int m) {
        if (!tokens.get(m).lower().equals("zijn")) {
            return false;
        }
        if (m == 0 || !tokens.get(m - 1).isWord()) {
            return true;
        }
        String before = tokens.get(m - 1).lower();
        if (PLURAL_PRONOUNS.contains(before)) {
            return false;
        }
        return PREPOSITIONS.contains(before) || NOT_SUBJECTS.contains(before)
                || !(before.endsWith("s") || before.endsWith("en"));
    }

    /**
     * True when the word at {@code head}, right after one initial and its period ({@code head - 2}, {@code head - 1}),
     * is followed by a finite verb and the clause before the initial is complete.
     */
    static boolean opens(List<Token> tokens, int head) {
        int n = tokens.size();
        if (head + 1 >= n || !tokens.get(head + 1).isWord() || tokens.get(head + 1).capitalised()
                || !FINITE.contains(tokens.get(head + 1).lower())) {
            return false;
        }
        if (head + 2 < n && tokens.get(head + 2).isWord() && PRONOUNS.contains(tokens.get(head + 2).lower())) {
            return false; // "... op G. School is hij ook": an inverted clause, the word may be its object
        }
        int k = head - 2; // one initial: a card names the youth so ("naar O."); "G.J. School" stays a name
        if (k < 1 || !tokens.get(head - 1).is('.') || !tokens.get(k).isWord() || tokens.get(k).text().length() != 1
                || !Character.isUpperCase(tokens.get(k).text().charAt(0)) || tokens.get(k - 1).is('.')
                || !tokens.get(k - 1).isWord() || tokens.get(k - 1).capitalised()
                || !PREPOSITIONS.contains(tokens.get(k - 1).lower())) {
            return false;
        }
        boolean finite = false;
        for (int m = k - 2; m >= 0; m--) {
            Token t = tokens.get(m);
            if (t.is('.') || t.is(':') || t.is(';') || t.is('\n') || t.is('|') || t.is('!') || t.is('?')) {
                break;
            }
            if (t.is(',') || t.isWord() && JOINERS.contains(t.lower())) {
                return false;
            }
            if (t.isWord() && FINITE.contains(t.lower()) && !possessive(tokens, m)) {
                finite = true;
            }
            if (t.sentenceStart()) {
                break;
            }
        }
        return finite;
    }
}
