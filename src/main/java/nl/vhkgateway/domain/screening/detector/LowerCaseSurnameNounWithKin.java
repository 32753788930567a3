package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 14 (names): a lower-case surname that is also a noun ("bos", "visser", "kok", "bakker"), tied to a relative's
 * word and followed by a verb only a person does. Two shapes:
 * <ul>
 * <li>opening a note before the relative's word in brackets: "bos (pa) zit weer in de opvang", "visser (oom) weigert",
 * "kok (opa) wil omgang". "X (kin)" is the telegram form of "X of kin" as often ("woning (moeder) is ontruimd", "tuin
 * (buren) ligt vol afval", "bank (moeder) belt", "tolk (vader) vertelt", "fabriek (vader) zit in Tilburg"), so only a
 * stay of a person counts: "zit"/"zat" with "weer", "nog", "inmiddels", "opnieuw" or "tijdelijk" before "in", "bij",
 * "vast" or "thuis" ("zit weer in de opvang", "zit nog vast"); verbs of speech and contact do not (a bank, an interpreter,
 * a boss call and speak too);</li>
 * <li>right after a relative's word that opens the sentence: "vader bos weigert", "oom bakker belde", with a verb of
 * speech, refusal or contact only; a verb that takes a thing in a subordinate clause never counts ("als papa bier
 * drinkt", "als mama weg wil"), nor does "zit".</li>
 * </ul>
 * The word must be a listed surname and no frequent word, place, organisation, kin word, care-note abbreviation or pet
 * ("hond (oma) wil niet eten"). Stateless.
 */
final class LowerCaseSurnameNounWithKin {

    /** Finite verbs whose subject is a person: will, speech, refusal, contact. */
    private static final Set<String> PERSON_ONLY_VERBS = WordSets.of("wil", "wilde", "zegt", "zei", "vertelt",
            "vertelde", "vindt", "vond", "denkt", "dacht", "weigert", "weigerde", "belt", "belde", "appt", "appte",
            "ontkent", "ontkende", "erkent", "erkende", "huilt", "huilde", "scheldt", "schold", "dreigt", "dreigde",
            "liegt", "loog", "drinkt", "dronk", "rookt", "blowt", "gebruikt", "spijbelt", "logeert", "logeerde", "slaapt",
            "sliep", "durft", "durfde", "meldt", "meldde", "vraagt", "vroeg", "antwoordt", "reageert", "reageerde");
    /**
     * Verbs that take a thing before them in a subordinate clause ("als papa bier drinkt", "als mama weg wil"): after a
     * relative's word they never make the word between a name, and the relative must open the sentence.
     */
    private static final Set<String> OBJECT_VERBS = WordSets.of("drinkt", "dronk", "rookt", "blowt", "gebruikt",
            "vraagt", "vroeg", "meldt", "meldde", "vindt", "vond", "wil", "wilde");
    private static final Set<String> SIT = WordSets.of("zit", "zat");
    private static final Set<String> SIT_PLACES = WordSets.of("in", "bij", "vast", "thuis");
    /** Adverbs of a stay that began and may end: "zit weer in de opvang", "zit nog vast", "zit inmiddels bij oma". */
    private static final Set<String> ADVERBS = WordSets.of("weer", "nog", "inmiddels", "opnieuw", "tijdelijk");

    /** Pets, which do what a person does too ("hond (oma) wil niet eten", "kat (buren) zit in de tuin"). */
    private static final Set<String> ANIMALS = WordSets.of("hond", "kat", "poes", "kater", "konijn", "paard", "pony",
            "vogel", "cavia", "hamster", "pup", "puppy", "vis", "kip", "geit", "schaap", "koe", "varken", "rat", "muis");

    private LowerCaseSurnameNounWithKin() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 4 < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || !t.isWord() || t.capitalised() || !opening(tokens, i) || t.text().length() < 3) {
                continue;
            }
            if (!tokens.get(i + 1).is('(') || !tokens.get(i + 3).is(')')) {
                continue;
            }
            Token kin = tokens.get(i + 2);
            if (!kin.isWord() || !CoverClauses.kinWord(kin.lower(), words) || !words.isKinOrRole(kin.lower())) {
                continue;
            }
            if (!surnameNoun(t.lower(), words)) {
                continue;
            }
            if (personVerb(tokens, i + 4)) {
                flag[i] = true;
            }
        }
        afterRelative(tokens, words, flag);
    }

    /** "vader bos weigert", "oom bakker belde": relative, surname-noun, verb of will, speech or contact. */
    private static void afterRelative(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 1; i + 1 < n; i++) {
            Token t = tokens.get(i);
            Token kin = tokens.get(i - 1);
            Token verb = tokens.get(i + 1);
            if (flag[i] || !t.isWord() || t.capitalised() || t.text().length() < 3 || !kin.isWord()
                    || !opening(tokens, i - 1) || !verb.isWord() || !PERSON_ONLY_VERBS.contains(verb.lower())
                    || OBJECT_VERBS.contains(verb.lower())) {
                continue;
            }
            if (!CoverClauses.kinWord(kin.lower(), words) || !words.isKinOrRole(kin.lower())) {
                continue;
            }
            if (surnameNoun(t.lower(), words)) {
                flag[i] = true;
            }
        }
    }

    private static boolean surnameNoun(String lower, WordLists words) {
        return TelegramWords.letters(lower) && words.isSurname(NameClassifier.capitalise(lower))
                && !TelegramWords.ordinary(words, lower) && !TelegramWords.elsewhere(words, lower)
                && !CareNoteAbbreviation.listed(lower) && !ANIMALS.contains(lower);
    }

    private static boolean personVerb(List<Token> tokens, int k) {
        Token verb = tokens.get(k);
        if (!verb.isWord()) {
            return false;
        }
        if (!SIT.contains(verb.lower())) {
            return false;
        }
        int m = k + 1;
        if (m < tokens.size() && tokens.get(m).isWord() && ADVERBS.contains(tokens.get(m).lower())) {
            m++;
        } else {
            return false; // "fabriek (vader) zit in Tilburg", "bank (oma) zit in het centrum": where a thing is
        }
        return m < tokens.size() && tokens.get(m).isWord() && SIT_PLACES.contains(tokens.get(m).lower());
    }

    /** The first word of the text, a sentence or a bullet line. */
    private static boolean opening(List<Token> tokens, int i) {
        if (i == 0 || tokens.get(i).sentenceStart()) {
            return true;
        }
        Token before = tokens.get(i - 1);
        return (before.is('-') || before.is('*') || before.is('•') || before.is('–') || before.is(';'))
                && (i == 1 || before.sentenceStart() || tokens.get(i - 2).is(';'));
    }
}
