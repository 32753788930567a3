package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 14 (names): a lower-case surname that is also a noun ("bos", "visser", "kok"), opening a note before a relative's
 * word in brackets, when the note says the person is held or cared for somewhere: "bos (pa) zit weer in de opvang",
 * "visser (oom) zit nog vast", "kok (opa) zat tijdelijk in de kliniek". "X (kin)" is the telegram form of "X of kin" as
 * often ("woning (moeder) is ontruimd", "bank (moeder) belt", "tolk (vader) vertelt", "fabriek (vader) zit weer in
 * Tilburg", "kapper (moeder) zit tijdelijk in een ander pand"), so only "zit"/"zat" with "weer", "nog", "inmiddels",
 * "opnieuw" or "tijdelijk" before "vast" or before "in" and a place of custody or care (opvang, cel, detentie,
 * jeugdinrichting, kliniek ...; also as the last part of a compound, "Kwintes-opvang") counts. The word must be a listed
 * surname and no frequent word, place, organisation, kin word, care-note abbreviation or pet. Stateless.
 */
final class LowerCaseSurnameNounWithKin {

    private static final Set<String> SIT = WordSets.of("zit", "zat");
    /** Places where a person is held or cared for ("zit weer in de opvang", "zit nog in de cel"). */
    private static final Set<String> STAYS = WordSets.of("opvang", "crisisopvang", "nachtopvang", "daklozenopvang",
            "vrouwenopvang", "cel", "gevangenis", "bajes", "detentie", "jeugdinrichting", "kliniek", "afkickkliniek",
            "psychiatrie", "separeer", "isoleercel", "tbs", "pi", "huis van bewaring", "instelling", "gesloten");
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
        if (m < tokens.size() && tokens.get(m).isWord() && tokens.get(m).lower().equals("vast")) {
            return true; // "zit nog vast"
        }
        if (m >= tokens.size() || !tokens.get(m).isWord() || !tokens.get(m).lower().equals("in")) {
            return false;
        }
        // "in de opvang", "in de Kwintes-opvang", "in een kliniek", "in de cel": a place where a person is held or cared for
        for (int q = m + 1; q < Math.min(tokens.size(), m + 6); q++) {
            Token t = tokens.get(q);
            if (t.isWord() && STAYS.contains(t.lower())) {
                return true;
            }
            if (!t.isWord() && !t.is('-')) {
                return false;
            }
        }
        return false;
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
