package nl.vhkgateway.domain.card;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the youths named in the Jeugdige field: an initial (or two or three) with a birth year, "J. (2011)",
 * "J.A. (2011)", "J (2011)", the Dutch
 * multi-letter initials "IJ. (2025)", "Th. (2013)", "Chr.", "Joh.", "A.Th." and dotless "Th (2013)" (an upper-case
 * letter with at most two lower-case consonants; a first name such as "Jan (2011)" does not count), "S., 2014", "M. geb. 2015", "dochter L. (2012)". Stateless and thread-safe.
 */
public final class YouthsField {

    /** Lower-case consonants: a dotless multi-letter initial (Th, Chr, Sj) has no vowel, a first name has one. */
    private static final String CONSONANTS = "[bcdfghjklmnpqrstvwxz]";

    private static final Pattern INITIAL_AND_YEAR = Pattern.compile(
            "(?<![\\p{L}\\p{N}])((?:(?:IJ|\\p{Lu}\\p{Ll}{0,2})\\.\\s?){1,3}|(?:IJ|\\p{Lu}" + CONSONANTS + "{0,2})(?=[\\s(,:]))"
                    + "\\s*[,:;\\u2013-]?\\s*(?:\\(\\s*)?(?:(?:geb(?:oren)?\\.?|geboortejaar|\\u00b0)\\s*(?:in\\s+)?)?"
                    + "((?:19|20)\\d{2})(?!\\p{N})(?![-/.]\\d)");

    private YouthsField() {
    }

    /** Every initial with birth year in the value, in order; empty when there is none. */
    public static List<Youth> read(String value) {
        List<Youth> youths = new ArrayList<>();
        Matcher matcher = INITIAL_AND_YEAR.matcher(value);
        while (matcher.find()) {
            String initial = matcher.group(1).replace(" ", "");
            if (!initial.endsWith(".")) {
                initial = initial + ".";
            }
            youths.add(new Youth(initial, Integer.parseInt(matcher.group(2))));
        }
        return List.copyOf(youths);
    }
}
