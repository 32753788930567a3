package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.vhkgateway.domain.card.CardContent;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.TextSegment;

/**
 * Round 19 (r19-cover): a professionals' cover row whose value cell holds a name and whose next cell holds what the
 * name is ("| Vaste deelnemer | Harm Oosterveld | opa |", "| 4b | Vaste deelnemer | <naam> | oma (mz) |", also an
 * unlabelled row after the cover row; also the relation two cells on or before the name: "| <naam> | <organisatie> |
 * opa |", "| Vaste deelnemer | oma mz | <naam> |"): the detector reads one cell at a time, so the relation in its own
 * cell was never seen with the name and the relative passed as a professional. Each other cell's text of the row is
 * read as if it stood in a bracket after the value ("<naam> (opa)"), so {@link RelativeNamedInCover} decides as for a
 * name with its relation in one cell: a relation refuses the name, a role, organisation or the label ("| <naam> |
 * procesregisseur |", "| <naam> | Wijkteam Noord |") keeps it a professional's. Only short cells count (a few words,
 * no line of prose). The card's cells are indexed once per card (a small weak cache); otherwise stateless.
 */
final class RelationCellBesideName {

    private static final String TABLE = "tabel ";
    private static final String COLUMN = ", kolom ";
    private static final int MAX_NOTE = 40;
    private static final CardKnowledge.Cache<Map<String, String>> CELLS = new CardKnowledge.Cache<>();

    private RelationCellBesideName() {
    }

    /**
     * The texts of the other cells of the segment's row, bracket marks removed, short ones only (empty when the
     * segment is no table cell): the cells after the value ("| <naam> | opa |", "| <naam> | <organisatie> | opa |")
     * and before it ("| Vaste deelnemer | oma mz | <naam> |").
     */
    static List<String> otherCells(TextSegment segment, CardContent card) {
        if (segment.location().documentPart() != DocumentPart.TABLE) {
            return List.of();
        }
        String detail = segment.location().detail();
        int c = detail.lastIndexOf(COLUMN);
        if (!detail.startsWith(TABLE) || c < 0) {
            return List.of();
        }
        String row = detail.substring(0, c) + COLUMN;
        List<String> out = new ArrayList<>(2);
        for (Map.Entry<String, String> cell : CELLS.get(card, RelationCellBesideName::cells).entrySet()) {
            if (cell.getKey().startsWith(row) && !cell.getKey().equals(detail)
                    && cell.getKey().indexOf(',', row.length()) < 0) {
                String note = cell.getValue().replace('(', ' ').replace(')', ' ').replace('[', ' ').replace(']', ' ')
                        .replaceAll("\\s+", " ").strip();
                if (!note.isEmpty() && note.length() <= MAX_NOTE) {
                    out.add(note);
                }
            }
        }
        return out;
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
