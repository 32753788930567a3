package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.card.CardContent;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.TextSegment;

/**
 * Round 25 rule (t25-new): an initial of two letters ("Jo. (2018)", "zus Li. (2015)", "ik haal Jo. op bij de opvang",
 * "| Jo. | 2018 |"). A family that has two children with the same first letter writes the first two letters of the
 * given name with a period, as the card's allowed initial; a full given name never takes a period inside its
 * sentence, so the period glued to a capital and a lower-case letter marks an abbreviation when the sentence goes on
 * after it:
 * <ul>
 * <li>a bracket with a birth year ("Jo. (2018)"), or after no kin word also an age: any age for letters of no name
 * list ("Fe. (5) zat ..."), an age under 18 for a listed name ("Jo. (5)"; review ra cycle 3: "oom Mo. (45)" and
 * "Ed. (52) dreigt" stay names);</li>
 * <li>for two letters that no given-name list holds and after no kin word or title only: a colon, a comma or a
 * semicolon right after the period ("Fe.: gesproken op school"), or a lower-case word that opens no new sentence
 * ("Fe. gaat", "met Fe. naar huis"; not a pronoun or an adverb that opens one in chat without capitals). Review ra:
 * a listed given name closing a sentence before a lower-case opener ("Gesprek met Jo. moeder was er ook bij", "Oom
 * Mo. komt") stays a name; the card's own declaration of the initial with its year clears it elsewhere
 * ({@link CardDeclaredInitials});</li>
 * <li>a table cell holding the two letters and the period alone, before a cell of a birth year ("| Jo. | 2018 |"),
 * as a row written in text or as a cell of a Word table ({@link #cellBeforeYearCell}).</li>
 * </ul>
 * Stays a name: the two letters without a period ("Bo gaat"), the period at the end of a sentence or segment ("met
 * Bo."), before a capitalised word ("Bo. Daarna"), in capitals ("BO."), after a title ("mevrouw Li. belde"). Stateless.
 */
final class TwoLetterInitial {

    /** Lower-case words that open a new sentence in chat written without capitals. */
    private static final Set<String> OPENERS = WordSets.of("ik", "je", "jij", "hij", "zij", "ze", "we", "wij", "jullie",
            "u", "toen", "daarna", "dan", "nu", "maar", "dus", "ok", "oke", "oké", "ja", "nee", "hoi", "doei");

    private TwoLetterInitial() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            if (!flag[i] || !twoLetters(tokens.get(i)) || !tokens.get(i + 1).is('.') || tokens.get(i + 1).spaceBefore()
                    || i > 0 && tokens.get(i - 1).isWord() && words.isTitle(tokens.get(i - 1).lower())) {
                continue;
            }
            // review ra (Rra-201..209): a listed given name ("Jo", "Mo", "Li") or the letters after a kin word are
            // cleared only with the initial's own evidence, the year or age in brackets or the year cell
            // review ra cycle 3 (Rra-237, 238): any name list counts ("Ay"), and a listed name or a kin word before
            // takes a birth year only, never an age ("oom Mo. (45)")
            Token t = tokens.get(i);
            // fix helper: a listed name after no kin word keeps a child's age ("Jo. (5) zat"), an adult's stays
            // ("Ed. (52) dreigt"); after a kin word only the birth year clears
            boolean kin = RelativeGuard.kinBefore(tokens, role, words, i);
            boolean listed = words.isName(t.text()) || words.isWeakName(t.lower()) || words.isFirstName(t.text()) || kin;
            boolean cleared = i + 2 < n && (listed ? birthYear(tokens, i + 2) || !kin && childAge(tokens, i + 2)
                    : yearOrAge(tokens, i + 2) || goesOn(tokens, i + 2));
            if (cleared) {
                flag[i] = false;
            } else if (i + 2 < n && tokens.get(i + 2).is('|') && (i == 0 || tokens.get(i - 1).is('|'))
                    && yearCell(tokens, i + 3)) {
                flag[i] = false;
            }
        }
    }

    private static final Pattern CELL = Pattern.compile("\\p{Lu}\\p{Ll}\\.");
    private static final Pattern YEAR = Pattern.compile("\\(?(?:19|20)\\d{2}\\)?");
    private static final String TABLE = "tabel ";
    private static final String COLUMN = ", kolom ";

    /**
     * A cell of a Word table that holds two letters and a period alone ("Jo."), when the next cell of its row holds a
     * birth year alone ("2018", "(2018)"): the family composition's initial with its year.
     */
    static boolean cellBeforeYearCell(TextSegment segment, CardContent card) {
        if (segment.location().documentPart() != DocumentPart.TABLE || !CELL.matcher(segment.text().strip()).matches()) {
            return false;
        }
        String detail = segment.location().detail();
        int c = detail.indexOf(COLUMN);
        if (!detail.startsWith(TABLE) || c < 0) {
            return false;
        }
        int column;
        try {
            column = Integer.parseInt(detail.substring(c + COLUMN.length()).strip());
        } catch (NumberFormatException e) {
            return false;
        }
        String next = detail.substring(0, c) + COLUMN + (column + 1);
        for (TextSegment s : card.segments()) {
            if (s.location().documentPart() == DocumentPart.TABLE && s.location().detail().equals(next)) {
                return YEAR.matcher(s.text().strip()).matches();
            }
        }
        return false;
    }

    private static boolean twoLetters(Token t) {
        String text = t.text();
        return t.isWord() && text.length() == 2 && Character.isUpperCase(text.charAt(0))
                && Character.isLowerCase(text.charAt(1));
    }

    /** A bracket with a number right after the period: a birth year or an age ("Jo. (2018)", "Jo. (5)"). */
    private static boolean yearOrAge(List<Token> tokens, int k) {
        return tokens.get(k).is('(') && k + 1 < tokens.size() && tokens.get(k + 1).isNumber();
    }

    /** A bracket with a birth year right after the period ("Jo. (2018)"). */
    private static boolean birthYear(List<Token> tokens, int k) {
        return yearOrAge(tokens, k) && tokens.get(k + 1).text().matches("(?:19|20)\\d{2}");
    }

    /** A bracket with an age under 18 right after the period ("Jo. (5)"): the age of a youth. */
    private static boolean childAge(List<Token> tokens, int k) {
        return yearOrAge(tokens, k) && tokens.get(k + 1).text().matches("1?\\d") && Integer.parseInt(
                tokens.get(k + 1).text()) < 18;
    }

    private static boolean goesOn(List<Token> tokens, int k) {
        Token next = tokens.get(k);
        if (next.is(':') || next.is(',') || next.is(';')) {
            return true;
        }
        return next.isWord() && !Character.isUpperCase(next.text().charAt(0)) && !OPENERS.contains(next.lower());
    }

    /** A cell of a year from 1900 to 2099 alone after the bar ("| 2022 |"). */
    private static boolean yearCell(List<Token> tokens, int k) {
        return k < tokens.size() && tokens.get(k).text().matches("(?:19|20)\\d{2}")
                && (k + 1 >= tokens.size() || tokens.get(k + 1).is('|'));
    }
}
