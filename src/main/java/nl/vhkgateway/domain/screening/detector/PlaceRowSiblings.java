package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vhkgateway.domain.card.CardContent;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.TextSegment;

/**
 * Round 14 rule (r14-places): a village that is also a surname, in a row or column of residences beside other places
 * ("| woonplaats | Cruquius | Bakkum | Cruquius |", "| woonplaats | Beverwijk | Driehuis | Beverwijk |"). Round 13's
 * {@link PlaceColumnCell} keeps a surname of the lists in a residence cell a name unless a place list holds it or the
 * card uses it as a place elsewhere (leak review: "| woont | Hazenberg |" may be the foster family the child lives
 * with); the gazetteer cannot list every village ({@code docs/detectors.md}, "Gazetteer"). This rule reads the
 * table's own evidence instead, under strict conditions:
 * <ul>
 * <li>the cell's row header (its row's first cell with text) or its column header (the first row's cell) is a label
 * of a place proper: "woonplaats", "woonplaatsen", "gemeente", "woongemeente", "plaats", "wijk", "woonwijk" (not
 * "woont", "verblijft": they may name a family), and the other header is no name label ("naam", "achternaam" ...);</li>
 * <li>the cell holds one capitalised word (hyphens allowed) that is a listed surname with the ending of a Dutch place
 * name ({@link CardPlaces#toponymShape}, or "-um", "-huis", "-hem", "-heem", "-loo"), and no given name, kin or role
 * word, title or particle ("Smit", "Jansen", "Bakker" never pass);</li>
 * <li>another cell of the same row (for a row header) or the same column (for a column header) holds one word that is
 * a Dutch town of the place list (not a village of OpenTaal alone) and no given name ("Cruquius", "Beverwijk", also
 * when a surname list holds it too): the writer filled the line with places.</li>
 * </ul>
 * Round 21 (t21-cards): a village of {@link VillageSurnames} ("Huissen"; no place ending needed) in a cell also under a
 * header of where one lives ("waar", "woont", "verblijft"), with the same sibling town in its column or row
 * ("| wie | jaar | waar |" with "| vader | 1980 | Bemmel |" and "| moeder | 1983 | Huissen |"); a surname with a
 * place's ending alone still needs a label of a place proper.
 * The headers and cells are read once per card (a small weak cache, as {@link PlaceColumnCell}); otherwise stateless.
 */
final class PlaceRowSiblings {

    private static final Set<String> PLACE_LABELS = WordSets.of("woonplaats", "woonplaatsen", "gemeente",
            "woongemeente", "plaats", "wijk", "woonwijk");
    /**
     * Round 21 (t21-cards): headers of where each one lives that may also name a family ("| wie | jaar | waar |",
     * "woont", "verblijft"); they vouch only for a village of {@link VillageSurnames}, never for a surname with a
     * place's ending alone.
     */
    private static final Set<String> RESIDENCE_LABELS = WordSets.of("waar", "woont", "woont in", "verblijft",
            "verblijft in", "verblijf", "verblijfplaats", "woonplek", "waar woont", "woont waar");
    private static final Set<String> NAME_LABELS = WordSets.of("naam", "namen", "achternaam", "voornaam", "roepnaam",
            "voorletters", "naam en voornaam", "volledige naam", "naam gezinslid", "naam kind", "wie");
    private static final String TABLE = "tabel ";
    private static final String ROW = ", rij ";
    private static final String COLUMN = ", kolom ";
    private static final int MAX_LENGTH = 30;
    private static final List<String> EXTRA_ENDINGS = List.of("um", "huis", "hem", "heem", "loo");
    private static final CardKnowledge.Cache<Grid> GRIDS = new CardKnowledge.Cache<>();

    /** The card's table cells by row key ("tabel T, rij R") and column key ("tabel T, kolom K"), in column/row order. */
    private record Grid(Map<String, List<Cell>> rows, Map<String, List<Cell>> columns) {
    }

    private record Cell(int row, int column, String text) {
    }

    private PlaceRowSiblings() {
    }

    /** The segment is a surname-shaped village among the places of a residence row or column (see the class comment). */
    static boolean placeAmongPlaces(TextSegment segment, CardContent card, WordLists words) {
        if (segment.location().documentPart() != DocumentPart.TABLE) {
            return false;
        }
        String text = segment.text().strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        boolean village = listedVillage(text, words);
        if (!village && !surnameShape(text, words)) {
            return false;
        }
        String detail = segment.location().detail();
        int r = detail.indexOf(ROW);
        int c = detail.indexOf(COLUMN);
        if (!detail.startsWith(TABLE) || r < 0 || c < r) {
            return false;
        }
        int row = number(detail.substring(r + ROW.length(), c));
        int column = number(detail.substring(c + COLUMN.length()));
        if (row < 0 || column < 0) {
            return false;
        }
        Grid grid = GRIDS.get(card, PlaceRowSiblings::grid);
        List<Cell> line = grid.rows().getOrDefault(detail.substring(0, c), List.of());
        List<Cell> col = grid.columns().getOrDefault(detail.substring(0, r) + detail.substring(c), List.of());
        String rowHeader = line.isEmpty() || line.get(0).column() >= column ? "" : label(line.get(0).text());
        String columnHeader = col.isEmpty() || col.get(0).row() != 1 || row == 1 ? "" : label(col.get(0).text());
        if (placeLabel(rowHeader, village) && !NAME_LABELS.contains(columnHeader)) {
            return siblingPlace(line.subList(1, line.size()), column, true, village, words);
        }
        if (placeLabel(columnHeader, village) && !NAME_LABELS.contains(rowHeader)) {
            return siblingPlace(col.subList(1, col.size()), row, false, village, words);
        }
        return false;
    }

    /** A label of a place proper; for a village of {@link VillageSurnames} also a label of where one lives. */
    private static boolean placeLabel(String header, boolean village) {
        return PLACE_LABELS.contains(header) || village && RESIDENCE_LABELS.contains(header);
    }

    /**
     * Round 21 (t21-cards): the cell is one word of {@link VillageSurnames} ("Huissen", "Loosdrecht"), a curated village
     * that is a surname too, and no given name.
     */
    private static boolean listedVillage(String text, WordLists words) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return tokens.size() == 1 && VillageSurnames.capitalisedVillage(tokens.get(0))
                && !words.isFirstName(tokens.get(0).text()) && !words.isFirstNameLower(tokens.get(0).lower());
    }

    /** One capitalised word (hyphens allowed) of a surname list, and no given name, kin word, title or particle. */
    private static boolean surnameShape(String text, WordLists words) {
        List<Token> tokens = Tokenizer.tokenize(text);
        boolean surname = false;
        boolean shape = false;
        int wordsSeen = 0;
        for (Token t : tokens) {
            if (t.is('-')) {
                continue;
            }
            String lower = t.lower();
            if (!t.isWord() || !t.capitalised() || t.allCaps() || ++wordsSeen > 2 || words.isFirstName(t.text())
                    || words.isFirstNameLower(lower) || words.isKinOrRole(lower) || words.isTitle(lower)
                    || words.isTussenvoegsel(lower)) {
                return false;
            }
            surname |= words.isSurname(t.text()) || words.isSurname(NameClassifier.capitalise(lower));
            shape |= CardPlaces.toponymShape(lower) || endsWithPlaceElement(lower);
        }
        return surname && shape && (wordsSeen == 1 || text.contains("-"));
    }

    /** Endings of Dutch village names that {@link CardPlaces#toponymShape} leaves out ("Bakkum", "Driehuis"). */
    private static boolean endsWithPlaceElement(String lower) {
        for (String e : EXTRA_ENDINGS) {
            if (lower.endsWith(e) && lower.length() >= e.length() + 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * Another cell of the line holds one word that is a Dutch place of the lists and no name; beside a village of
     * {@link VillageSurnames} (round 21) also a place of the context list ("Bemmel": a place that is a surname too)
     * that no given-name list holds.
     */
    private static boolean siblingPlace(List<Cell> cells, int self, boolean byColumn, boolean village,
            WordLists words) {
        for (Cell cell : cells) {
            if ((byColumn ? cell.column() : cell.row()) == self) {
                continue;
            }
            String text = cell.text().strip();
            if (text.isEmpty() || text.indexOf(' ') >= 0 || !Character.isUpperCase(text.charAt(0))) {
                continue;
            }
            String lower = WordLists.lower(text);
            boolean place = words.isDomesticPlace(lower) || village && words.isPlaceInContext(lower);
            if (place && !words.isFirstName(text) && !words.isFirstNameLower(lower)) {
                return true;
            }
        }
        return false;
    }

    private static Grid grid(CardContent card) {
        Map<String, List<Cell>> rows = new HashMap<>();
        Map<String, List<Cell>> columns = new HashMap<>();
        for (TextSegment s : card.segments()) {
            String detail = s.location().detail();
            if (s.location().documentPart() != DocumentPart.TABLE || !detail.startsWith(TABLE) || s.text().isBlank()) {
                continue;
            }
            int r = detail.indexOf(ROW);
            int c = detail.indexOf(COLUMN);
            if (r < 0 || c < r) {
                continue;
            }
            int row = number(detail.substring(r + ROW.length(), c));
            int column = number(detail.substring(c + COLUMN.length()));
            if (row < 0 || column < 0) {
                continue;
            }
            Cell cell = new Cell(row, column, s.text());
            rows.computeIfAbsent(detail.substring(0, c), k -> new ArrayList<>()).add(cell);
            columns.computeIfAbsent(detail.substring(0, r) + detail.substring(c), k -> new ArrayList<>()).add(cell);
        }
        rows.values().forEach(l -> l.sort((a, b) -> Integer.compare(a.column(), b.column())));
        columns.values().forEach(l -> l.sort((a, b) -> Integer.compare(a.row(), b.row())));
        Map<String, List<Cell>> frozenRows = new HashMap<>();
        rows.forEach((k, v) -> frozenRows.put(k, List.copyOf(v)));
        Map<String, List<Cell>> frozenColumns = new HashMap<>();
        columns.forEach((k, v) -> frozenColumns.put(k, List.copyOf(v)));
        return new Grid(Map.copyOf(frozenRows), Map.copyOf(frozenColumns));
    }

    private static String label(String value) {
        String header = WordLists.lower(value).strip();
        while (!header.isEmpty() && (header.endsWith(":") || header.endsWith("?"))) {
            header = header.substring(0, header.length() - 1).strip();
        }
        return header;
    }

    private static int number(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
