package nl.vhkgateway.infrastructure.docx;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.card.CardPart;
import nl.vhkgateway.domain.card.Section;

/**
 * Round 17 (r17-cover): a card table whose first column numbers its rows ("| 4. | Inbrenger | P. Smit, gezinsvoogd
 * |", "4) | Inbrenger | ...", "IV. | Inbrenger | ...", "| 4 | Inbrenger | ..."), possibly behind an empty border
 * column. Such a row is a label | value row once its leading cells are set aside: the leading cells hold only a row
 * number (digits, "1.2", "4a", a Roman numeral, or one letter with a period or bracket) or nothing, at most four of them
 * (round 18; two before), and
 * at least one holds a number (an empty leading column alone is {@link CardStructure}'s own case). The label cell
 * must name a section; the caller still refuses a label that is content of the open section (a score row "| 1 |
 * Inbrenger | 4 |" under Veiligheidsscore). Stateless.
 */
final class RowNumberColumn {

    /** "4", "4.", "4)", "(4)", "1.2", "IV.", "iv", "b)", "B."; round 18 (r18-cover): "4a", "4a.", "4.a", "4a)". */
    private static final Pattern ROW_NUMBER = Pattern.compile(
            "\\(?(?:\\d{1,2}(?:\\.\\d{1,2}){0,2}\\.?|[IVXLivxl]{1,6}\\.?|[A-Za-z]\\.)\\)?|\\(?(?:\\d{1,2}|[IVXLivxl]{1,6}"
                    + "|[A-Za-z])\\)|\\(?\\d{1,2}\\.?[a-z][.)]?");
    /** Round 18 (r18-cover): up to four leading cells, a number behind empty border cells ("| | | 4 | Inbrenger |"). */
    private static final int MAX_LEADING = 4;
    private static final int MAX_LABEL_LENGTH = 120;

    private RowNumberColumn() {
    }

    static boolean rowNumber(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.length() <= 8 && ROW_NUMBER.matcher(t).matches();
    }

    /**
     * The index of the label cell of a numbered label | value row, or -1: the cells before it are blank or row
     * numbers (at least one number), the label cell names a section.
     */
    static int labelCell(List<CardStructure.Cell> cells, List<Section> labels) {
        boolean number = false;
        for (int i = 0; i < cells.size() - 1 && i <= MAX_LEADING; i++) {
            CardStructure.Cell cell = cells.get(i);
            if (cell.continuation()) {
                return -1;
            }
            if (labels.get(i) != null) {
                // round 18 (r18-cover): two empty leading cells without a number count too ("| | | Inbrenger | ... |")
                return number && i > 0 || i >= 2 ? i : -1;
            }
            if (rowNumber(cell.text())) {
                number = true;
            } else if (!cell.text().isBlank()) {
                return -1;
            }
        }
        return -1;
    }

    /** A numbered row that names a card part and holds nothing else: "| 2. | Veiligheidskaart | |". */
    static Optional<CardPart> partRow(List<CardStructure.Cell> cells) {
        boolean number = false;
        for (int i = 0; i < cells.size() && i <= MAX_LEADING; i++) {
            String text = cells.get(i).text().strip();
            if (cells.get(i).continuation()) {
                return Optional.empty();
            }
            if (rowNumber(text)) {
                number = true;
            } else if (!text.isEmpty()) {
                if (!number || text.length() > MAX_LABEL_LENGTH) {
                    return Optional.empty();
                }
                for (int k = i + 1; k < cells.size(); k++) {
                    if (!cells.get(k).text().isBlank()) {
                        return Optional.empty();
                    }
                }
                return Section.matchPart(text);
            }
        }
        return Optional.empty();
    }
}
