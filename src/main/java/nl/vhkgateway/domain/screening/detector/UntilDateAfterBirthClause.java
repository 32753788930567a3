package nl.vhkgateway.domain.screening.detector;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 24 (t24-new): a date right after "tot", "tot en met", "t/m" or "totdat" in a later clause of a sentence about
 * a birth ends a period that follows the birth, it does not date the birth: "Het kind is geboren in 2026, de kraamweek
 * liep tot 20 oktober", "geboren in week 40, in de couveuse t/m 3 november". The clause starts after a comma or
 * semicolon that follows the birth word and holds no birth word of its own. The caller asks only for dates without a
 * year or of the card's year or the year before, as {@link EventClauseAfterBirth} does. Stays a birth date: a date in
 * the birth clause ("geboren op 20 oktober", "geboren in 2026, op 20 oktober", "tot 3 mei geboren"), an older full
 * date, and a date after "tot" with a birth word in its own clause ("..., tot zij op 3 mei geboren werd"). Stateless.
 */
final class UntilDateAfterBirthClause {

    private static final Pattern UNTIL_AT_END = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:tot(?:\\s+en\\s+met)?|t/m|totdat|tot\\s+aan)\\s+(?:de\\s+|het\\s+)?$");
    private static final Pattern BIRTH_WORD = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:geboren|bevallen|bevalling|geboorte|ter\\s+wereld|born|geburt|uitgerekend)");
    /** Review rc: the end of a pregnancy is the day of birth ("zwanger tot 20 oktober", "in de buik tot"). */
    private static final Pattern PREGNANCY_WORD = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:zwanger|buik|baarmoeder|uitgerekend|draagtijd|geboren)");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;]");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\n](?=\\s)");

    private UntilDateAfterBirthClause() {
    }

    /** The date starting at {@code dateStart} follows "tot" in a later clause than the sentence's birth word. */
    static boolean holds(String text, int dateStart) {
        int from = Math.max(0, dateStart - 160);
        String before = text.substring(from, dateStart);
        Matcher end = SENTENCE_END.matcher(before);
        int sentenceStart = 0;
        while (end.find()) {
            sentenceStart = end.end();
        }
        before = before.substring(sentenceStart);
        if (!UNTIL_AT_END.matcher(before).find()) {
            return false;
        }
        int clauseStart = -1;
        Matcher b = CLAUSE_BREAK.matcher(before);
        while (b.find()) {
            clauseStart = b.start();
        }
        return clauseStart > 0 && BIRTH_WORD.matcher(before.substring(0, clauseStart)).find()
                && !BIRTH_WORD.matcher(before.substring(clauseStart)).find()
                && !PREGNANCY_WORD.matcher(before.substring(clauseStart)).find();
    }
}
