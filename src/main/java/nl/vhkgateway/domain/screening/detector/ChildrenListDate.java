package nl.vhkgateway.domain.screening.detector;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 13: a date in a list of children ("kinderen: Sem 9-12-2017 en Lot, drie maart 2019", "kids: kacper 9 dec
 * 2017"): after a label of a list of children or siblings and a colon, in the same sentence and line, a full date of
 * an earlier year is a child's birth date. The caller keeps dates introduced as events ("kinderen: sinds 3-3-2019
 * bij oma", "kinderen: uithuisplaatsing 3-3-2019") out and leaves recent dates alone. Stateless and thread-safe.
 */
final class ChildrenListDate {

    /** "kinderen:", "kids:", "broers en zussen:", "kinderen in huis:" (also in capitals). */
    private static final Pattern LABEL = Pattern.compile("(?iu)(?<![\\p{L}])(?:kinderen|kids|kindjes|kinders|"
            + "jeugdigen|broers|zussen|broertjes|zusjes|broers\\s+en\\s+zussen|broertjes\\s+en\\s+zusjes|"
            + "kinderen\\s+in\\s+(?:huis|het\\s+gezin))\\s*:");
    /** A sentence ends at ". ", "! ", "? " before a capital, or at ";". */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[\\p{L}\\d]{2})[.!?]\\s+(?=\\p{Lu})|;");

    private ChildrenListDate() {
    }

    /** A children's list label stands before {@code dateStart} in its sentence and line. */
    static boolean holds(String text, int dateStart) {
        int lineStart = text.lastIndexOf('\n', dateStart - 1) + 1;
        int from = Math.max(lineStart, dateStart - 160);
        String before = text.substring(from, dateStart);
        if (before.indexOf(':') < 0) {
            return false;
        }
        Matcher m = LABEL.matcher(before);
        int labelEnd = -1;
        while (m.find()) {
            labelEnd = m.end();
        }
        return labelEnd >= 0 && !SENTENCE_END.matcher(before).region(labelEnd, before.length()).find();
    }
}
