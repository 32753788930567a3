package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 12 (telegram): a name typed in lower case as the subject of a clause after a reporting verb and "dat" ("school
 * meldt dat ayham vaak ...", "juf merkt dat lihua niet ...") or as the object right after a verb of seeing or meeting
 * ("wijkagent zag ayham om 23 uur"). The word must be a listed name ({@link TelegramWords#listedName}); after "dat" also
 * a word of no list ({@link TelegramWords#wordOfNoList}) when an adverb or a finite verb follows it, the shape of a
 * subject. Articles, pronouns, dictionary words, places, organisations and care-note abbreviations stay ("dat moeder
 * vaak", "dat mdr niet", "dat ggz nog", "dat rotterdam te druk"). Stateless.
 */
final class SubjectAfterReport {

    /** Verbs that report what someone else says, sees or knows, before "dat". */
    private static final Set<String> REPORTING = Set.of("meldt", "meldde", "melden", "zegt", "zei", "zeggen", "vertelt",
            "vertelde", "vertellen", "merkt", "merkte", "ziet", "zag", "zagen", "hoort", "hoorde", "denkt", "dacht",
            "weet", "wist", "vermoedt", "vermoedde", "ontdekte", "ontdekt", "signaleert", "signaleerde", "bevestigt",
            "bevestigde", "ontkent", "ontkende", "schrijft", "schreef", "appt", "appte", "mailt", "mailde", "belt",
            "belde", "aan", "vindt", "vond", "verklaart", "verklaarde", "bang");
    /** Verbs whose object right after them is a person in these notes. */
    private static final Set<String> SEEING = Set.of("zag", "ziet", "zagen", "trof", "treft", "sprak", "spreekt",
            "bezocht", "bezoekt", "hoorde", "hoort", "haalde", "haalt", "bracht", "brengt");
    /** Words that follow a subject in a subordinate clause: adverbs and negation. */
    private static final Set<String> AFTER_SUBJECT = Set.of("vaak", "altijd", "nooit", "niet", "nu", "weer", "ook",
            "soms", "graag", "steeds", "nog", "al", "zelf", "veel", "regelmatig", "geregeld", "erg", "heel", "wel",
            "zonder", "bij", "met", "in", "op", "naar", "thuis", "alleen", "slecht", "moeilijk", "na", "sinds",
            "elke", "iedere", "s", "'s");

    /** A word of no list longer than this is a term, not a given name ("methylfenidaat"). */
    private static final int MAX_UNLISTED = 10;

    private SubjectAfterReport() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 1; i + 1 < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || !t.isWord() || t.capitalised() || t.hasDigit()) {
                continue;
            }
            Token p = tokens.get(i - 1);
            Token next = tokens.get(i + 1);
            if (!p.isWord() || !next.isWord() || next.capitalised()) {
                continue;
            }
            String lower = t.lower();
            String prev = p.lower();
            if (prev.equals("dat") && i >= 2 && tokens.get(i - 2).isWord() && REPORTING.contains(tokens.get(i - 2).lower())) {
                if (TelegramWords.listedName(words, lower)
                        || TelegramWords.wordOfNoList(words, lower) && lower.length() >= 4 && lower.length() <= MAX_UNLISTED
                        && subjectFollows(next.lower())) {
                    flag[i] = true;
                }
            } else if (SEEING.contains(prev) && TelegramWords.listedName(words, lower)) {
                flag[i] = true;
            }
        }
    }

    private static boolean subjectFollows(String lower) {
        return AFTER_SUBJECT.contains(lower) || PersonNameDetector.isPersonVerb(lower)
                || PersonEvidence.PERSON_ONLY_VERBS.contains(lower);
    }
}
