package nl.vhkgateway.domain.screening.detector;

import java.util.regex.Pattern;

/**
 * Round 14 (r14-misses): a row of a table written with bars whose first cell is an initial and whose next cell is a
 * full date ("| A. | 19.04.2017 | groep 4 | Sint Jozefschool |") is a family member's row: the date is the birth
 * date. The other cells may hold only initials, an age, a school group or class, a kin word, or capitalised words
 * (a school, a place); a lower-case word of an event or activity ("| M.K. | 12.03.2021 | huisbezoek |") makes it a
 * log row and the rule stays silent. The caller leaves recent dates alone. Stateless.
 */
final class InitialRowDate {

    private static final Pattern INITIAL = Pattern.compile("(?:\\p{Lu}\\.){1,3}");
    private static final Pattern GROUP = Pattern.compile("(?iu)(?:groep|klas|leerjaar|jaar)\\s*\\d{1,2}[a-z]?");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,4}");

    private InitialRowDate() {
    }

    /** True when the date at [start, end) fills the second cell of a bar row whose first cell is an initial. */
    static boolean holds(String text, int start, int end, WordLists words) {
        int lineStart = FamilyTableRow.lineStart(text, start);
        String line = text.substring(lineStart, FamilyTableRow.lineEnd(text, end));
        int dateStart = start - lineStart;
        int dateEnd = end - lineStart;
        String[] cells = line.split("\\|", -1);
        int first = -1;
        int at = 0;
        int dateCell = -1;
        for (int c = 0; c < cells.length; c++) {
            int cellStart = at;
            int cellEnd = at + cells[c].length();
            at = cellEnd + 1;
            if (c == 0 && cellStart == cellEnd) {
                continue; // before the first bar
            }
            if (first < 0 && !cells[c].isBlank()) {
                first = c;
            }
            if (cellStart <= dateStart && dateEnd <= cellEnd) {
                dateCell = c;
                if (!line.substring(cellStart, dateStart).isBlank() || !line.substring(dateEnd, cellEnd).isBlank()) {
                    return false;
                }
            }
        }
        if (line.indexOf('|') < 0 || first < 0 || dateCell != first + 1 || !INITIAL.matcher(cells[first].strip()).matches()) {
            return false;
        }
        for (int c = dateCell + 1; c < cells.length; c++) {
            String cell = cells[c].strip();
            if (cell.isEmpty() || INITIAL.matcher(cell).matches() || FamilyTableRow.AGE.matcher(cell).matches()
                    || GROUP.matcher(cell).matches() || words.isKinOrRole(WordLists.lower(cell))) {
                continue;
            }
            if (!CAPITALISED.matcher(cell).matches()) {
                return false;
            }
        }
        return true;
    }
}
