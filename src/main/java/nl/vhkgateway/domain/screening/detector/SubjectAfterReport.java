package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 12 (telegram): a name typed in lower case as the subject of a clause after a reporting verb and "dat" ("school
 * meldt dat ayham vaak zonder ontbijt komt"). The word must be a listed name ({@link TelegramWords#listedName}) or a
 * word of no list of the shape of a Chinese given name in pinyin ({@link TelegramWords#pinyinName}: "lihua"); an adverb
 * or a person verb must follow it, and a verb that wants a person must end the clause. Articles, pronouns, dictionary
 * words, typos, places, organisations, abbreviations, drugs and brands stay ("dat moeder vaak", "dat moedr vaak", "dat
 * lbio steeds dreigt", "dat clonidine soms helpt", "dat porsche niet van hem is"). Stateless.
 */
final class SubjectAfterReport {

    /** Verbs that report what someone else says, sees or knows, before "dat". */
    private static final Set<String> REPORTING = WordSets.of("meldt", "meldde", "melden", "zegt", "zei", "zeggen", "vertelt",
            "vertelde", "vertellen", "merkt", "merkte", "ziet", "zag", "zagen", "hoort", "hoorde", "denkt", "dacht",
            "weet", "wist", "vermoedt", "vermoedde", "ontdekte", "ontdekt", "signaleert", "signaleerde", "bevestigt",
            "bevestigde", "ontkent", "ontkende", "schrijft", "schreef", "appt", "appte", "mailt", "mailde", "belt",
            "belde", "aan", "vindt", "vond", "verklaart", "verklaarde", "bang");
    /** Words that follow a subject in a subordinate clause: adverbs and negation. */
    private static final Set<String> AFTER_SUBJECT = WordSets.of("vaak", "altijd", "nooit", "niet", "nu", "weer", "ook",
            "soms", "graag", "steeds", "nog", "al", "zelf", "veel", "regelmatig", "geregeld", "erg", "heel", "wel",
            "zonder", "bij", "met", "in", "op", "naar", "thuis", "alleen", "slecht", "moeilijk", "na", "sinds",
            "elke", "iedere", "s", "'s");

    private static final int CLAUSE_WORDS = 9;
    /** Finite verbs of a person's own doing in a subordinate clause, besides the detector's person verbs. */
    private static final Set<String> PERSON_CLAUSE_VERBS = WordSets.of("huilt", "schreeuwt", "spijbelt", "slaapt", "eet",
            "praat", "zwijgt", "vecht", "liegt", "steelt", "rookt", "blowt", "drinkt", "wegloopt", "thuiskomt",
            "binnenkomt", "aankomt", "opstaat", "zit", "loopt", "rent", "speelt", "lacht", "schrikt", "plast", "bedplast");

    private SubjectAfterReport() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 2; i + 1 < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || !t.isWord() || t.capitalised() || t.hasDigit()) {
                continue;
            }
            Token p = tokens.get(i - 1);
            Token next = tokens.get(i + 1);
            if (!p.isWord() || !p.lower().equals("dat") || !tokens.get(i - 2).isWord()
                    || !REPORTING.contains(tokens.get(i - 2).lower()) || !next.isWord() || next.capitalised()) {
                continue;
            }
            String lower = t.lower();
            boolean name = TelegramWords.listedName(words, lower)
                    || TelegramWords.wordOfNoList(words, lower) && TelegramWords.pinyinName(lower);
            if (name && subjectFollows(next.lower()) && personVerbInClause(tokens, i + 1)) {
                flag[i] = true;
            }
        }
    }

    /** A verb that wants a person as its subject ends the subordinate clause ("... vaak zonder ontbijt komt"). */
    private static boolean personVerbInClause(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size() && k < from + CLAUSE_WORDS; k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                if (t.is(',') || t.is('.') || t.is(';') || t.is(':') || t.is('?') || t.is('!')) {
                    return false;
                }
                continue;
            }
            if (PersonNameDetector.isPersonVerb(t.lower()) || PersonEvidence.PERSON_ONLY_VERBS.contains(t.lower())
                    || PERSON_CLAUSE_VERBS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean subjectFollows(String lower) {
        return AFTER_SUBJECT.contains(lower) || PersonNameDetector.isPersonVerb(lower)
                || PersonEvidence.PERSON_ONLY_VERBS.contains(lower);
    }
}
