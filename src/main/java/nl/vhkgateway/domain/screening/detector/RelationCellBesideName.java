package nl.vhkgateway.domain.screening.detector;

import java.util.HashMap;
import java.util.Map;
import nl.vhkgateway.domain.card.CardContent;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.TextSegment;

/**
 * Round 19 (r19-cover): a professionals' cover row whose value cell holds a name and whose next cell holds what the
 * name is ("| Vaste deelnemer | Harm Oosterveld | opa |", "| 4b | Vaste deelnemer | <naam> | oma (mz) |", also an
 * unlabelled row after the cover row): the detector reads one cell at a time, so the relation in its own cell was
 * never seen with the name and the relative passed as a professional. The next cell's text is read as if it stood
 * in a bracket after the value ("<naam> (opa)"), so {@link RelativeNamedInCover} decides as for a name with its
 * relation in one cell: a relation refuses the name, a role or organisation ("| <naam> | procesregisseur |", "|
 * <naam> | Wijkteam Noord |") keeps it a professional's. Only a short next cell counts (a few words, no line of
 * prose). The card's cells are indexed once per card (a small weak cache); otherwise stateless.
 */
final class RelationCellBesideName {

    private static final String TABLE = "tabel ";
    private static final String COLUMN = ", kolom ";
    private static final int MAX_NOTE = 40;
    private static final CardKnowledge.Cache<Map<String, String>> CELLS = new CardKnowledge.Cache<>();

    private RelationCellBesideName() {
    }

    /** The text of the cell after the segment's cell in its row, bracket marks removed, or "" (none, or too long). */
    static String nextCell(TextSegment segment, CardContent card) {
        if (segment.location().documentPart() != DocumentPart.TABLE) {
            return "";
        }
        String detail = segment.location().detail();
        int c = detail.lastIndexOf(COLUMN);
        if (!detail.startsWith(TABLE) || c < 0) {
            return "";
        }
        int column;
        try {
            column = Integer.parseInt(detail.substring(c + COLUMN.length()).strip());
        } catch (NumberFormatException e) {
            return "";
        }
        String next = CELLS.get(card, RelationCellBesideName::cells)
                .getOrDefault(detail.substring(0, c) + COLUMN + (column + 1), "");
        String note = next.replace('(', ' ').replace(')', ' ').replace('[', ' ').replace(']', ' ')
                .replaceAll("\\s+", " ").strip();
        return note.length() > MAX_NOTE ? "" : note;
    }

    private static Map<String, String> cells(CardContent card) {
        Map<String, String> cells = new HashMap<>();
        for (TextSegment s : card.segments()) {
            if (s.location().documentPart() == DocumentPart.TABLE && s.location().detail().startsWith(TABLE)
                    && !s.text().isBlank()) {
                cells.merge(s.location().detail(), s.text().strip(), (a, b) -> a + " " + b);
            }
        }
        return cells;
    }
}
