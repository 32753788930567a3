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

    /** A question about a birth date, from its sentence's start to the question mark. */
    private static final Pattern BIRTH_QUESTION = Pattern.compile("(?iu)(?<![\\p{L}])(?:geboortedatum|geboren|"
            + "geb\\.?\\s?datum|gebdat\\p{L}*|geboortedag|verjaardag|jarig|bevallen|uitgerekend|date\\s+of\\s+birth|"
            + "birthday|born|geburtsdatum)(?![\\p{L}])[^.!?\\n]{0,60}\\?\\s*$");
    /** Between the question mark and the date: a speaker's label, fillers, "dat is", "op". */
    private static final Pattern ANSWER_OPENING = Pattern.compile("(?iu)^\\s*(?:\\p{L}[\\p{L}.'’-]*(?:\\s+\\p{L}[\\p{L}."
            + "'’-]*)?\\s*:)?\\s*(?:(?:eh|ehm|eeh|euh|uh|uhm|hm|hmm|nou|ja|dat\\s+is|het\\s+is|die\\s+is|op)[,.…]*\\s+)*$");
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
        return BIRTH_QUESTION.matcher(text.substring(from, question + 1)).find();
    }
}
