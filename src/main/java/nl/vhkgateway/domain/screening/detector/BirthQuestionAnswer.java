package nl.vhkgateway.domain.screening.detector;

import java.util.regex.Pattern;

/**
 * Round 24 (t24-items): the answer to a question about a birth date, as a telephone note or an interview writes it:
 * "VT: geboortedatum van de baby? Moeder: eh vijf maart tweeduizendvijfentwintig.", "Wanneer is hij geboren? Vader: 3
 * mei 2019". The date opens the answer: after the question mark only a speaker's label with a colon and a filler
 * ("eh", "uhm", "nou", "ja") or a short "dat is"/"op" stand before it, and the date ends the answer ("Moeder: op 5
 * maart 2026 is de echo" answers something else). A date after other words ("Geboortedatum
 * bekend? Nee, gesprek op 5 maart 2026") is the answer's own matter. Stateless and thread-safe.
 */
final class BirthQuestionAnswer {

    /**
     * A question about a birth date, from its sentence's start to the question mark. Narrowed after review: a noun of
     * the birth date ("geboortedatum", "verjaardag") asks for it anywhere in the question; a verb of the birth
     * ("geboren", "bevallen", "jarig") only as the question's last word, with an auxiliary or a filler after it at most
     * ("wanneer is hij geboren?", "wanneer ben je bevallen?"), and not in a relative clause ("de baby die in oktober
     * geboren is?"): "wanneer is de kraamweek na het bevallen afgerond?" asks for an event's date.
     */
    private static final Pattern BIRTH_QUESTION = Pattern.compile("(?iu)(?:(?<![\\p{L}])(?:geboortedatum|"
            + "geb\\.?\\s?datum|gebdat\\p{L}*|geboortedag|verjaardag|date\\s+of\\s+birth|birthday|geburtsdatum)"
            + "(?![\\p{L}])[^.!?\\n]{0,60}|(?<![\\p{L}])(?:geboren|bevallen|jarig|uitgerekend|born)(?:\\s*,?\\s*(?:is|was|"
            + "ben|bent|zijn|waren|werd|precies|eigenlijk|ook|alweer|dan|nou|nu|toch|eh|uhm|again|exactly|op))*\\s*)"
            + "\\?\\s*$");
    /** A relative clause in the question: the birth verb tells which child, not what is asked. */
    private static final Pattern RELATIVE = Pattern.compile("(?iu)(?<![\\p{L}])(?:die|dat|welke|who|that|which)"
            + "(?![\\p{L}])[^.!?\\n]*(?<![\\p{L}])(?:geboren|bevallen|jarig|uitgerekend|born)(?![\\p{L}])");
    private static final Pattern NOUN_QUESTION = Pattern.compile("(?iu)(?<![\\p{L}])(?:geboortedatum|geb\\.?\\s?datum|"
            + "gebdat\\p{L}*|geboortedag|verjaardag|date\\s+of\\s+birth|birthday|geburtsdatum)(?![\\p{L}])"
            + "[^.!?\\n]{0,60}\\?\\s*$");
    /**
     * Between the question mark and the date: a speaker's label, fillers, "dat is", "op". Round 26 (t26-items): the
     * label may carry a short note in brackets before its colon, as an interpreted call writes it ("MOEDER (via tolk):",
     * "Vader (tolk Arabisch):").
     */
    private static final Pattern ANSWER_OPENING = Pattern.compile("(?iu)^\\s*(?:\\p{L}[\\p{L}.'’-]*(?:\\s+\\p{L}[\\p{L}."
            + "'’-]*)?(?:\\s*\\([^()\\n:?]{1,30}\\))?\\s*:)?\\s*(?:(?:eh|ehm|eeh|euh|uh|uhm|hm|hmm|nou|ja|dat\\s+is|het\\s+is|die\\s+is|op)[,.…]*\\s+)*$");
    /** The answer ends with the date: "... 5 maart 2026 is de echo" answers something else. */
    private static final Pattern ANSWER_END = Pattern.compile("^\\s*(?:$|[.,;!)\\n])");
    private static final int REACH = 120;

    private BirthQuestionAnswer() {
    }

    /** The date at {@code [start, end)} is the answer to a question about a birth date just before it. */
    static boolean holds(String text, int start, int end) {
        if (!ANSWER_END.matcher(text).region(end, text.length()).lookingAt()) {
            return false;
        }
        int question = text.lastIndexOf('?', start - 1);
        if (question < 0 || start - question > 40) {
            return false;
        }
        if (!ANSWER_OPENING.matcher(text.substring(question + 1, start)).matches()) {
            return false;
        }
        int from = Math.max(0, question + 1 - REACH);
        String asked = text.substring(from, question + 1);
        return BIRTH_QUESTION.matcher(asked).find()
                && (NOUN_QUESTION.matcher(asked).find() || !RELATIVE.matcher(asked).find());
    }
}
