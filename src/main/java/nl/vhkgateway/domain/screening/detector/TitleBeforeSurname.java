package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 14 (r14-misses): a form of address right before a capitalised word makes that word a person's surname, also
 * when the word is a place ("dr. Heemskerk", "mevrouw Ouderkerk", "juf Lisse", "meester Zwolle"). Forms of address
 * are the written titles ("dr.", "drs.", "mr.", "mevrouw", "mw.", "meneer", "dhr.", "de heer") and the two a school
 * uses ("juf", "meester"); family words are not ("oma Lisse" may be the grandmother who lives in Lisse). Stateless.
 */
final class TitleBeforeSurname {

    /** Forms of address, lower case, without their period. */
    static final Set<String> FORMS_OF_ADDRESS = Set.of("dr", "drs", "mr", "mevrouw", "mevr", "mw", "mvr", "meneer",
            "mnr", "mijnheer", "dhr", "hr", "juf", "juffrouw", "meester", "prof", "ir", "ing", "mej");
    /** The forms of address a school uses for its teachers; they are kin or role words in the lists. */
    static final Set<String> SCHOOL_FORMS = Set.of("juf", "juffrouw", "meester");

    private TitleBeforeSurname() {
    }

    /** The word at {@code i} follows a form of address: "dr. X", "mevrouw X", "de heer X", "juf X". */
    static boolean formOfAddressBefore(List<Token> tokens, int i) {
        int p = i - 1;
        if (p >= 0 && tokens.get(p).is('.')) {
            p--;
        }
        if (p < 0 || !tokens.get(p).isWord()) {
            return false;
        }
        String lower = tokens.get(p).lower();
        if (lower.equals("heer")) {
            return p > 0 && tokens.get(p - 1).isWord() && tokens.get(p - 1).lower().equals("de");
        }
        return FORMS_OF_ADDRESS.contains(lower);
    }
}
