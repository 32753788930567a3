package nl.vhkgateway.domain.screening.detector;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.vhkgateway.domain.card.CardContent;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.TextSegment;

/**
 * Round 13 rule (r13-cards): a table cell reads by its column. The header cell of the column (the first row of the
 * same table and column) says what the cells below it hold:
 * <ul>
 * <li>under a residence column ("woont", "woont in", "woonplaats", "verblijfplaats", "wijk", "gemeente"; round 21:
 * "waar", "verblijf") a cell of one
 * to four capitalised words (a town, village or neighbourhood that no list knows, "Oostermeent", "Lage Vuursche",
 * "Hilversum-Noord") is a place, not a name ({@link #placeUnderResidenceColumn});</li>
 * <li>under a name column ("naam", "achternaam", "familienaam", "roepnaam") a cell is never read as a place, also when a place list
 * holds the word ("Holten", "Elst" are surnames too): {@link #underNameColumn}, the leak guard of the older rule that
 * takes a listed place alone in any cell for a place.</li>
 * </ul>
 * Guards for the residence cell: a column "woont bij" / "woont met" / "woont in gezin" is no residence column (it holds
 * persons or yes/no); the cell holds only capitalised words (lower-case particles "aan", "den", "op" ... between
 * them, hyphens), no digits, brackets or periods ("fam. Jansen", "bij oma Jansen" stay); no word is a listed given name
 * ("Axel"), a kin or role word ("oma Jansen"), a title or a leading particle ("Van Dijk"); a word that no place list
 * holds is a place only with the ending of a Dutch place name ("-drecht", "-meent", "-burg") or when the card itself
 * uses it as a place elsewhere ({@link CardPlaces}: "huisbezoek in X"), so "| oom | 1970 | Jansen |" and foreign
 * surnames stay names; an ordinary Dutch word ("Pleeggezin", "Bij") only beside a listed place ("Lage Vuursche"). The header cells are read
 * once per card (a small weak cache, as {@link CardKnowledge.Cache}); otherwise stateless.
 */
final class PlaceColumnCell {

    private static final Set<String> RESIDENCE_HEADERS = WordSets.of("woont", "woont in", "woonplaats",
            "woonplaatsen", "woonachtig", "woonachtig in", "woonachtig te", "verblijft", "verblijft in",
            "verblijfplaats", "verblijfsplaats", "woonplek", "wijk", "woonwijk", "wijk/plaats", "gemeente",
            "woongemeente", "woont waar", "waar woont", "plaats/wijk", "woonplaats/wijk",
            // round 21 (t21-cards): a column of where each one lives headed by the question word alone ("| wie | jaar
            // | waar |") or by the noun of stay; the cell's guards are those of "woont"
            "waar", "verblijf");
    /** Round 26 (t26-cards): columns that hold where one lives, never with whom. */
    private static final Set<String> HOME_HEADERS = WordSets.of("woont in", "woonplaats", "woonplaatsen",
            "woonachtig in", "woonachtig te", "wijk", "woonwijk", "wijk/plaats", "plaats/wijk", "woonplaats/wijk",
            "woongemeente");
    private static final Set<String> NAME_HEADERS = WordSets.of("naam", "namen", "achternaam", "voornaam",
            "roepnaam", "voorletters", "naam en voornaam", "volledige naam", "naam gezinslid", "naam kind", "wie",
            // round 22 (lead, review ra c19/c20): the other Dutch words for a surname column and its plurals; a listed
            // place under them is a surname ("| moeder | Elst |" under "familienaam")
            "familienaam", "familienamen", "geslachtsnaam", "geslachtsnamen", "achternamen", "voornamen", "roepnamen",
            "meisjesnaam", "naam ouder", "naam ouders", "naam moeder", "naam vader", "naam jeugdige", "namen kinderen");
    private static final Set<String> PARTICLES = WordSets.of("aan", "den", "de", "op", "ter", "ten", "'s", "het");
    private static final Set<String> HOUSEHOLD = WordSets.of("familie", "fam", "ouders", "pleegouders", "gezin",
            "grootouders", "opa", "oma", "thuis");
    private static final String TABLE = "tabel ";
    private static final String ROW = ", rij ";
    private static final String COLUMN = ", kolom ";
    private static final int MAX_WORDS = 4;
    private static final int MAX_LENGTH = 40;
    /** The header cells per card (weakly keyed by the card; thread-safe). */
    private static final CardKnowledge.Cache<Labels> HEADERS = new CardKnowledge.Cache<>();

    /**
     * The labels of a card's tables: {@code columns} "tabel T, kolom K" to the column's header (row 1);
     * {@code rows} "tabel T, rij R" to the row's header, the first cell of the row that holds text, and
     * {@code rowColumns} the same key to that cell's column number.
     */
    private record Labels(Map<String, String> columns, Map<String, String> rows, Map<String, Integer> rowColumns) {
    }

    private PlaceColumnCell() {
    }

    /** The segment is a cell of a residence column and holds a place's shape (see the class comment). */
    static boolean placeUnderResidenceColumn(TextSegment segment, CardContent card, WordLists words,
            Set<String> cardPlaces) {
        String text = segment.text().strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH || !Character.isUpperCase(text.charAt(0))
                || segment.location().documentPart() != DocumentPart.TABLE) {
            return false;
        }
        // the header lookup (per-card cache) is cheaper than tokenising the cell: most cells are under no residence header
        if (text.indexOf(' ') > 0 && cardPlaces.contains(text) && labelled(segment, card, HOME_HEADERS, NAME_HEADERS)) {
            return true; // round 26 (t26-cards): an article neighbourhood the card learned ("De Huet")
        }
        return labelled(segment, card, RESIDENCE_HEADERS, NAME_HEADERS) && placeShape(text, words, cardPlaces);
    }

    /**
     * Round 26 (t26-cards): the segment is a table cell of a home column ("woont in", "woonplaats", "wijk"), whatever
     * it holds; {@link ArticleNeighbourhoodOnCard} counts such a cell as a place slot. Narrower than the residence
     * columns: "woont", "verblijft", "waar" may hold who the child stays with ("| S. | verblijft | De Kruijf |",
     * review ra).
     */
    static boolean underHomeColumn(TextSegment segment, CardContent card) {
        return segment.location().documentPart() == DocumentPart.TABLE
                && labelled(segment, card, HOME_HEADERS, NAME_HEADERS);
    }

    /** The segment is a cell below a name column ("naam", "achternaam") or right of a name row header. */
    static boolean underNameColumn(TextSegment segment, CardContent card) {
        if (segment.location().documentPart() != DocumentPart.TABLE) {
            return false;
        }
        return labelled(segment, card, NAME_HEADERS, RESIDENCE_HEADERS);
    }

    /**
     * The cell's column header is one of {@code labels}, or (a table written transposed, or a key/value table) its row
     * header (the first cell of its row) is one of them while its column header is none of {@code other}: a column
     * header wins over a row header that says otherwise (round 13, r13-rowheader).
     */
    private static boolean labelled(TextSegment segment, CardContent card, Set<String> labels, Set<String> other) {
        Optional<String> column = header(segment, card);
        if (column.filter(labels::contains).isPresent()) {
            return true;
        }
        return column.filter(other::contains).isEmpty() && rowHeader(segment, card).filter(labels::contains).isPresent();
    }

    /**
     * A cell below a name column that holds a name's shape: one to three capitalised words (hyphens between them), at
     * least one of them a name of a list or a place that is also a name ("Holten", "Elst" under "achternaam"), none a
     * kin or role word or title ("Moeder", "Onbekend" stay). Read as a name even where the words alone read as a place.
     */
    static boolean nameUnderNameColumn(TextSegment segment, CardContent card, WordLists words) {
        String text = segment.text().strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH || !Character.isUpperCase(text.charAt(0))
                || !underNameColumn(segment, card)) {
            return false;
        }
        List<Token> tokens = Tokenizer.tokenize(text);
        boolean listed = false;
        int capitals = 0;
        for (Token t : tokens) {
            if (t.is('-')) {
                continue;
            }
            String lower = t.lower();
            if (!t.isWord() || !t.capitalised() || words.isKinOrRole(lower) || words.isTitle(lower)) {
                return false;
            }
            capitals++;
            listed |= RelativeGuard.listedName(t, words);
        }
        return listed && capitals <= 3;
    }

    /** One to four capitalised words, particles between them, no given name, kin word, title or leading particle. */
    private static boolean placeShape(String text, WordLists words, Set<String> cardPlaces) {
        String whole = WordLists.lower(text);
        if (whole.indexOf('-') > 0 && (words.isPlaceInContext(whole) || words.isVillage(whole))) {
            return true; // round 24 (t24-places): "Reeuwijk-Brug", a hyphenated place the lists hold whole
        }
        List<Token> tokens = Tokenizer.tokenize(text);
        int capitals = 0;
        boolean needWord = true;
        boolean placeWord = false;
        boolean ordinaryWord = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is('-')) {
                if (needWord) {
                    return false;
                }
                needWord = true;
                continue;
            }
            if (!t.isWord()) {
                return false;
            }
            String lower = t.lower();
            if (!t.capitalised()) {
                if (i == 0 || !PARTICLES.contains(lower)) {
                    return false; // "bij oma", "thuis", "Jansen en Bakker"
                }
                needWord = true;
                continue;
            }
            if (words.isFirstName(t.text()) || words.isFirstNameLower(lower) || words.isKinOrRole(lower)
                    || words.isTitle(lower) || i == 0 && words.isTussenvoegsel(lower)) {
                return false;
            }
            if (lower.endsWith("gezin") || HOUSEHOLD.contains(lower)) {
                return false; // "Pleeggezin X", "Familie X": a household is no place (leak review)
            }
            if (words.isPlaceInContext(lower) || words.isVillage(lower)) {
                placeWord = true;
            } else if ((words.isSurname(t.text()) || words.isSurname(NameClassifier.capitalise(lower)))
                    && !cardPlaces.contains(t.text())) {
                return false; // "Hazenberg", "Blokdijk": a surname of the lists needs a place list or the card's own
                              // place use ("huisbezoek in X"), a place-name ending is not enough (leak review)
            } else if (words.isDutchWord(lower)) {
                ordinaryWord = true; // "Pleeggezin X", "Bij X", "Lage" of "Lage Vuursche": only beside a listed place
            } else if (!CardPlaces.toponymShape(lower) && !cardPlaces.contains(t.text())) {
                return false; // "| oom | 1970 | Jansen |", "Nakashima": a word of no place list, without the ending of a
                              // Dutch place name, that the card never uses as a place stays a name (leak review)
            }
            capitals++;
            needWord = false;
        }
        return !needWord && capitals >= 1 && capitals <= MAX_WORDS && (!ordinaryWord || placeWord);
    }

    /** The text of the first row's cell of the same table and column, lower case, trimmed; empty when none. */
    private static Optional<String> header(TextSegment segment, CardContent card) {
        String detail = segment.location().detail();
        if (!detail.startsWith(TABLE)) {
            return Optional.empty();
        }
        int row = detail.indexOf(ROW);
        int column = detail.indexOf(COLUMN);
        if (row < 0 || column < row || detail.substring(row + ROW.length(), column).equals("1")) {
            return Optional.empty(); // no table cell, or the header itself
        }
        return Optional.ofNullable(HEADERS.get(card, PlaceColumnCell::headers).columns()
                .get(detail.substring(0, row) + detail.substring(column)));
    }

    /**
     * The row header of the cell: the first cell of the same table and row that holds text (a table may open with an
     * empty column), lower case, trimmed; empty when none or when the cell is that header or left of it.
     */
    private static Optional<String> rowHeader(TextSegment segment, CardContent card) {
        String detail = segment.location().detail();
        if (!detail.startsWith(TABLE)) {
            return Optional.empty();
        }
        int row = detail.indexOf(ROW);
        int column = detail.indexOf(COLUMN);
        int number = row < 0 || column < row ? -1 : columnNumber(detail, column);
        if (number < 0) {
            return Optional.empty();
        }
        Labels labels = HEADERS.get(card, PlaceColumnCell::headers);
        String key = detail.substring(0, column);
        Integer headerColumn = labels.rowColumns().get(key);
        if (headerColumn == null || number <= headerColumn) {
            return Optional.empty();
        }
        return Optional.ofNullable(labels.rows().get(key));
    }

    private static int columnNumber(String detail, int column) {
        try {
            return Integer.parseInt(detail.substring(column + COLUMN.length()).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * The header cells of every table of the card, once per card: a column's header (row 1) and a row's header (its
     * first cell with text), the cell's text in lower case, trimmed, without a closing ":" or "?".
     */
    private static Labels headers(CardContent card) {
        Map<String, StringBuilder> text = new HashMap<>();
        Map<String, StringBuilder> rowText = new HashMap<>();
        Map<String, Integer> rowColumns = new HashMap<>();
        for (TextSegment s : card.segments()) {
            String detail = s.location().detail();
            if (s.location().documentPart() != DocumentPart.TABLE || !detail.startsWith(TABLE)) {
                continue;
            }
            int row = detail.indexOf(ROW);
            int column = detail.indexOf(COLUMN);
            if (row < 0 || column < row) {
                continue;
            }
            if (detail.substring(row + ROW.length(), column).equals("1")) {
                StringBuilder b = text.computeIfAbsent(detail.substring(0, row) + detail.substring(column),
                        k -> new StringBuilder());
                b.append(b.length() > 0 ? " " : "").append(s.text().strip());
            }
            int number = columnNumber(detail, column);
            String rowKey = detail.substring(0, column);
            Integer first = rowColumns.get(rowKey);
            if (number >= 0 && !s.text().isBlank() && (first == null || number <= first)) {
                if (first == null || number < first) {
                    rowColumns.put(rowKey, number);
                    rowText.put(rowKey, new StringBuilder());
                }
                StringBuilder b = rowText.get(rowKey);
                b.append(b.length() > 0 ? " " : "").append(s.text().strip());
            }
        }
        Map<String, String> rows = new HashMap<>();
        rowText.forEach((key, value) -> rows.put(key, label(value)));
        Map<String, String> columns = new HashMap<>();
        text.forEach((key, value) -> columns.put(key, label(value)));
        return new Labels(Map.copyOf(columns), Map.copyOf(rows), Map.copyOf(rowColumns));
    }

    private static String label(CharSequence value) {
        String header = WordLists.lower(value.toString()).strip();
        while (!header.isEmpty() && (header.endsWith(":") || header.endsWith("?"))) {
            header = header.substring(0, header.length() - 1).strip();
        }
        return header;
    }
}
