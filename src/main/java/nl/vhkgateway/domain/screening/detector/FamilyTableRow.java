package nl.vhkgateway.domain.screening.detector;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 10 rule: a row of a family table written with bars ("| broertje | A. | 11.08.2017 |") holds a person's data:
 * a date that fills a cell of its own in a row with a kin or role word is that person's birth date, when the other
 * cells hold only initials, a name, an age or nothing. A row with an event ("| vader | detentie | 03.02.2019 |") is
 * no family row. Stateless.
 */
final class FamilyTableRow {

    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.?){1,4}");
    /** A cell holding an age ("7", "7 jaar", "8 mnd"); also read by {@link InitialRowDate}. */
    static final Pattern AGE = Pattern.compile("\\d{1,2}(?:\\s*(?:jaar|jr\\.?|j\\.?|mnd|maanden))?");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?");

    /**
     * Round 17 (fix17-allow51): a child's rank in the family as the row's first cell ("| jongste | ... |") counts as a
     * kin word.
     */
    private static final Set<String> RANK = Set.of("jongste", "oudste", "middelste");
    /**
     * Round 17 (fix17-allow51): after a kin cell, a lower-case cell that says where the relative lives or goes to
     * school or day care ("woont thuis", "basisschool", "kinderopvang"); a cell of an event or contact ("huisbezoek",
     * "gesprek op school") still makes the row a log row.
     */
    private static final Pattern STATUS = Pattern.compile("(?iu)(?:woont\\s+(?:thuis|bij\\s+\\p{L}+|in\\s+\\p{L}+)|thuis|"
            + "\\p{L}*school|kinderopvang|kdv|bso|peuterspeelzaal|peutergroep|crèche|creche|pleeggezin|uit\\s+huis|"
            // round 20 (t20-items): the child's school group or class ("| dochter 3 | 04.12.2020 | groep 2 |")
            + "groep\\s+\\d{1,2}|klas\\s+\\d{1,2}\\p{L}?|leerjaar\\s+\\d{1,2})");
    /**
     * Round 24 (t24-new): the school group, class or school word with the school's name of up to three capitalised
     * words ("| zoon | 9-1-2016 | groep 6 De Rank |", "| basisschool De Wegwijzer |", "| klas 2b, Het Lyceum |"): where the
     * relative goes to school, as {@link #STATUS} without the name. A cell of an event stays no status ("| gesprek op
     * school De Rank |").
     */
    private static final Pattern SCHOOL_WITH_NAME = Pattern.compile("(?u)(?:(?i:groep|klas|leerjaar)\\s+\\d{1,2}\\p{Ll}?"
            + "|(?i:\\p{L}*school|kinderopvang|kdv|bso|peuterspeelzaal))(?:,|\\s+(?:in|op|bij|van))?\\s+"
            + "(?:(?:De|Het|de|het|'t)\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}");
    /**
     * Round 20 (t20-items): a numbered child as a cell ("dochter 3", "kind 2", "zoon 1"); a numbered professional
     * ("mentor 2", "juf 1") is a contact log's row, not a child's.
     */
    private static final Set<String> NUMBERED_CHILDREN = Set.of("kind", "kindje", "zoon", "dochter", "broer",
            "broertje", "zus", "zusje", "baby", "pleegkind", "tweeling", "jeugdige", "jongen", "meisje", "stiefzoon",
            "stiefdochter", "halfbroer", "halfzus");
    private static final Pattern NUMBERED_KIN = Pattern.compile("(\\p{L}+)\\s+\\d{1,2}");
    /**
     * Round 21 (t21-items): the row of a child who can have been born this year or last ("| jeugdige | 01-10-2026 | 2
     * weken |" is a youth's row with a duration, review round 21).
     */
    private static final Set<String> BABY_WORDS = Set.of("baby", "kind", "kindje", "zoon", "zoontje", "dochter",
            "dochtertje", "broertje", "zusje", "tweeling", "jongste", "pasgeborene", "zuigeling", "nakomertje");

    private FamilyTableRow() {
    }

    /**
     * Round 21 (t21-items): an age with its unit in a cell of its own ("6 mnd", "3 weken", "1 jaar"); beside a kin
     * cell and a date cell it dates the relative's birth, also when the date is of this year or last ("| baby |
     * 12-05-2026 | 6 mnd |").
     */
    private static final Pattern AGE_WITH_UNIT = Pattern.compile(
            "(?iu)\\d{1,2}\\s*(?:jaar|jr\\.?|mnd\\.?|maand|maanden|weken|week|wk\\.?|dagen|dag)(?:\\s+oud)?");
    /** A baby's age: months, weeks or days, or 0 or 1 year (review round 21: "| vader | 28-10-2026 | 10 dagen |"). */
    private static final Pattern BABY_AGE = Pattern.compile(
            "(?iu)(?:\\d{1,2}\\s*(?:mnd\\.?|maand|maanden|weken|week|wk\\.?|dagen|dag)|[01]\\s*(?:jaar|jr\\.?))(?:\\s+oud)?");

    /** True when the date at [start, end) is a cell of its own in a family row of bars with a kin or role word. */
    static boolean birthDateCell(String text, int start, int end, WordLists words) {
        return birthDateCell(text, start, end, words, false);
    }

    /**
     * Round 21 (t21-items): a recent date in a family row counts only for a child's row (a child word or rank) with a
     * baby's age in another cell, months, weeks, days or 0/1 year ("| baby | 12-05-2026 | 6 mnd |"); a bare number
     * ("| zoon | 03-11-2026 | 2 |") may be a count, and an adult's row with a duration ("| vader | 28-10-2026 | 10
     * dagen |", a restraining order) is an event's (review round 21).
     */
    static boolean recentBirthDateCell(String text, int start, int end, WordLists words) {
        return birthDateCell(text, start, end, words, true);
    }

    private static boolean birthDateCell(String text, int start, int end, WordLists words, boolean needAgeUnit) {
        int lineStart = lineStart(text, start);
        String line = text.substring(lineStart, lineEnd(text, end));
        int dateStart = start - lineStart;
        int dateEnd = end - lineStart;
        int left = line.lastIndexOf('|', dateStart);
        int right = line.indexOf('|', dateEnd);
        if (left < 0 || right < 0 || !line.substring(left + 1, dateStart).isBlank()
                || !line.substring(dateEnd, right).isBlank()) {
            return false;
        }
        boolean kin = false;
        boolean ageUnit = false;
        boolean child = false;
        for (String cell : line.split("\\|")) {
            String c = cell.strip();
            if (c.isEmpty() || c.equals(line.substring(dateStart, dateEnd).strip())) {
                continue;
            }
            String lower = WordLists.lower(c);
            Matcher numbered = NUMBERED_KIN.matcher(lower);
            if (words.isKinOrRole(lower) || RANK.contains(lower)
                    || numbered.matches() && NUMBERED_CHILDREN.contains(numbered.group(1))) {
                kin = true;
                child = child || BABY_WORDS.contains(lower)
                        || numbered.matches() && BABY_WORDS.contains(numbered.group(1));
            } else if (kin && (STATUS.matcher(c).matches() || SCHOOL_WITH_NAME.matcher(c).matches())) {
                continue; // round 17 (fix17-allow51): "| zusje | 12-04-2019 | woont thuis |", "| basisschool |"
            } else if (AGE_WITH_UNIT.matcher(c).matches()) {
                ageUnit = ageUnit || BABY_AGE.matcher(c).matches();
            } else if (!INITIALS.matcher(c).matches() && !AGE.matcher(c).matches()
                    && !(NAME.matcher(c).matches() && !words.isWord(lower))) {
                return false;
            }
        }
        return kin && (!needAgeUnit || ageUnit && child);
    }

    /** Where the line holding the offset starts. */
    static int lineStart(String text, int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    /** Where the line holding the offset ends (its line feed, or the end of the text). */
    static int lineEnd(String text, int offset) {
        int end = text.indexOf('\n', offset);
        return end < 0 ? text.length() : end;
    }
}
