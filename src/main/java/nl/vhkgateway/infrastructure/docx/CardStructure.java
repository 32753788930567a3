package nl.vhkgateway.infrastructure.docx;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.card.CardPart;
import nl.vhkgateway.domain.card.Section;

/**
 * Recognises the card's sections while the body is read, in document order: headings (a heading or title style, a
 * bold-only line, a numbered line, a line in capitals, a line ending in a colon, "3. ..."), "Label: value" lines,
 * and table rows (label | value, label | value | note, a label row followed by a value row, a row of labels followed
 * by a row of values, a row naming a card part). The text up to the next recognised label is the section's value.
 *
 * <p>A label that names a Persoonsgegevens section only by a synonym ("Ouders", "Telefoonnummer") counts only inside
 * the Persoonsgegevens part, so that a sub-heading "Ouders" under Gezinssamenstelling does not open that part.
 * Not thread-safe: one per read.
 */
final class CardStructure {

    /** A top-level body paragraph, as the structure needs it. */
    record Line(String text, boolean emphasised, int boldPrefixLength) {
    }

    /** One cell of a top-level table row. */
    record Cell(String text, boolean continuation, ReadContext.Holder holder) {
    }

    private static final int MAX_LABEL_LENGTH = 120;
    private static final Set<Section> SHORT_COVER_FIELDS = EnumSet.of(Section.DATUM, Section.SOORT_INBRENG,
            Section.JEUGDIGE, Section.INBRENGER, Section.VASTE_DEELNEMER, Section.GEMEENTE, Section.GEDRAGSDESKUNDIGE);
    /** "3. ", "b) "; round 19 (r19-cover): "4a. ", "4.a ", "4a) ". */
    private static final Pattern NUMBERED = Pattern.compile("^\\(?(?:[0-9]{1,2}(?:\\.?[a-z])?|[a-zA-Z])[.)]\\s");

    private final Map<Section, StringBuilder> values = new EnumMap<>(Section.class);
    private final Set<CardPart> partsFound = EnumSet.noneOf(CardPart.class);
    private CardPart currentPart = CardPart.UNKNOWN;
    private Section currentSection;
    private List<Section> columnLabels;
    /**
     * Round 18 (r18-cover): the open section was opened by a label written in its own line or cell ("Inbrenger -
     * value", a cell "Inbrenger" + line break + value): a professionals' field opened so holds that value only; text
     * after it that opens no section is no professional's.
     */
    private boolean selfContained;
    /**
     * Round 19 (r19-cover): the section a plain professionals' label line interrupted ("Gedragsdeskundige: n.v.t." as a
     * line inside Geïnformeerd): the self-contained field holds its own line only, and the lines after it go back to
     * the section it interrupted, not into the professionals' field.
     */
    private Section resumeSection;
    /**
     * Round 19 (r19-cover): the last line of a self-contained field visibly goes on (no value yet, or it ends in a
     * comma, a colon, a dash or "met", "en", "van"): the next line that opens no section is still its value ("Gedrags-
     * deskundige: ja, overlegd met" + line break + the name).
     */
    private boolean continues;
    /** Round 19 (r19-cover): a line that holds only a work contact: an e-mail address or a phone number. */
    private static final Pattern CONTACT_LINE = Pattern.compile("(?i)(?:(?:e-?mail|mail|tel\\.?|telefoon|mobiel)\\s*:?\\s*)?"
            + "(?:[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|\\+?[0-9][0-9 ()-]{7,17}[0-9])");
    /**
     * Round 20 (t20-cards): a second sentence or clause in a value ("... . Kees ...", "...; ..."); not the period of an
     * initial or a title ("M. Dekker", "drs. Dekker").
     */
    private static final Pattern SECOND_CLAUSE = Pattern.compile(
            "(?<!\\b\\p{Lu}|\\b(?i:dr|drs|mr|mw|mevr|dhr|ir|ing|prof|st))[.!?]\\s+\\p{Lu}|[;|]");
    /**
     * Round 20 (review revallow P-362): a verb or a second person in a professionals' label line ("Gedragsdeskundige:
     * M. Dekker, orthopedagoog, heeft J. en Sanne gezien"): the line says what happened to whom, so it stays the cell's.
     */
    private static final Pattern CLAUSE_VERB = Pattern.compile("(?iu)\\b(?:heeft|hebben|had|hadden|is|was|zijn|waren"
            + "|wordt|werd|zag|ziet|zien|sprak|spreekt|belde|belt|gaat|ging|kan|kon|wil|wilde|moet|moest|zal|zou|woont"
            + "|woonde|slaat|sloeg|gezien|gesproken|gebeld)\\b|\\ben\\s+\\p{Lu}|\\s&\\s*\\p{Lu}");
    private static final Pattern GOES_ON = Pattern.compile("(?:^|[,:;&/(\\-–—]|\\s(?i:met|en|van|namens|bij|of|via))$");

    /** Classifies a top-level body paragraph and tells its holder where it belongs. */
    void paragraph(Line line, ReadContext.Holder holder) {
        String text = line.text().strip();
        columnLabels = null;
        if (text.isEmpty()) {
            resolveCurrent(holder);
            return;
        }
        boolean emphasised = line.emphasised() || text.endsWith(":") || NUMBERED.matcher(text).find()
                || isCapitals(text);
        if (emphasised && text.length() <= MAX_LABEL_LENGTH) {
            Optional<CardPart> part = Section.matchPart(text);
            if (part.isPresent()) {
                enterPart(part.get());
                holder.set(currentPart, null);
                return;
            }
            Optional<Section> section = label(text);
            if (section.isPresent()) {
                Section interrupted = currentSection;
                boolean inside = !line.emphasised() && !coverLineMayOpen(section.get());
                enterSection(section.get());
                holder.set(currentPart, currentSection);
                if (inside) {
                    // round 19 (r19-cover): "Gedragsdeskundige:" or "GEDRAGSDESKUNDIGE" (not bold) inside Geïnformeerd:
                    // the field holds the next line ("n.v.t.") only, then the interrupted section goes on
                    interrupt(interrupted, "");
                }
                return;
            }
        }
        if (!emphasised && text.length() <= MAX_LABEL_LENGTH) {
            // round 19 (r19-cover): a plain line that is nothing but a label ("Inbrenger", the value on the next line)
            // is a heading, unless it names a section read before or of an earlier part (a score line "Inbrenger"),
            // or a professionals' field inside another Voorblad section (it would swallow the names after it)
            Optional<Section> section = label(text);
            if (section.isPresent() && !contentLabel(section.get()) && coverLineMayOpen(section.get())) {
                enterSection(section.get());
                holder.set(currentPart, currentSection);
                return;
            }
        }
        int colon = text.indexOf(':');
        if (colon > 0 && colon <= 60) {
            Optional<Section> section = label(text.substring(0, colon));
            boolean bold = line.boldPrefixLength() >= colon;
            if (section.isPresent() && (bold || !contentLabel(section.get()))
                    && (bold || section.get().part() == currentPart || currentPart == CardPart.UNKNOWN)) {
                Section interrupted = currentSection;
                boolean inside = !bold && !coverLineMayOpen(section.get());
                enterSection(section.get());
                append(text.substring(colon + 1));
                holder.set(currentPart, currentSection);
                if (inside) {
                    interrupt(interrupted, text.substring(colon + 1));
                }
                return;
            }
        }
        Optional<LabelInText.Split> dash = LabelInText.dash(text);
        if (dash.isPresent()) {
            // round 18 (r18-cover): "Inbrenger - S. Verhoef, WSS", read like "Inbrenger: ..."
            Optional<Section> section = label(dash.get().label());
            boolean bold = line.boldPrefixLength() >= dash.get().label().length();
            if (section.isPresent() && (bold || !contentLabel(section.get()))
                    && (bold || section.get().part() == currentPart || currentPart == CardPart.UNKNOWN)) {
                Section interrupted = currentSection;
                boolean inside = !bold && !coverLineMayOpen(section.get());
                enterSection(section.get());
                append(dash.get().value());
                holder.set(currentPart, currentSection);
                selfContained = true;
                continues = GOES_ON.matcher(dash.get().value().strip()).find();
                if (inside) {
                    interrupt(interrupted, dash.get().value());
                }
                return;
            }
        }
        if (goesOn(text)) {
            append(text);
            resolveCurrent(holder);
            return;
        }
        leaveSelfContainedField();
        if (ProfessionalFieldRow.foreignLabelLine(currentSection, text)) {
            // round 19 (r19-cover): "Ook aanwezig: <naam> en <naam>" after a cover field names no professional
            currentSection = null;
        }
        append(text);
        resolveCurrent(holder);
    }

    /**
     * Round 19 (r19-cover): a plain professionals' label line inside another Voorblad section ("Gedragsdeskundige:
     * n.v.t." under Geïnformeerd, Instemming, the question or the experts) holds its own line only; the lines after it
     * belong to the section it interrupted again (before, the label opened the field and its names passed as
     * professionals').
     */
    private void interrupt(Section interrupted, String value) {
        selfContained = true;
        resumeSection = interrupted;
        continues = GOES_ON.matcher(value.strip()).find();
    }

    /** Round 19 (r19-cover): the line continues a self-contained field whose last line goes on ({@link #continues}). */
    private boolean goesOn(String text) {
        if (!selfContained || currentSection == null || !ProfessionalFieldRow.professionalField(currentSection)) {
            return false;
        }
        boolean contactLine = CONTACT_LINE.matcher(text.strip()).matches();
        if (!continues && !contactLine) {
            return false; // a line of its own: only a work e-mail address or phone number goes with the field
        }
        if (resumeSection != null && !contactLine && !ProfessionalFieldRow.namesProfessional(text)) {
            // round 19 (merge review, rev-cover card-107): inside another section ("Gedragsdeskundige - nee, wel contact
            // met" under Geïnformeerd) the next line is the field's value only if it names a role or an organisation;
            // "<naam>; hij woont sinds kort bij moeder" stays the section's text and is screened as such
            return false;
        }
        continues = GOES_ON.matcher(text.strip()).find();
        return true;
    }

    /**
     * Round 18 (r18-cover): a plain "Label - value" line opens a professionals' field only among the short cover fields
     * (nothing open, or Datum, Soort inbreng, Jeugdige, a professionals' field, Gemeente): inside Geïnformeerd,
     * Instemming, the question or the experts such a line ("Gedragsdeskundige - nog te bepalen") is their content.
     */
    private boolean coverLineMayOpen(Section section) {
        return !ProfessionalFieldRow.professionalField(section) || currentSection == null
                || SHORT_COVER_FIELDS.contains(currentSection);
    }

    /**
     * Round 20 (t20-cards): a professionals' label line ("Gedragsdeskundige: M. Dekker, orthopedagoog", "Gedrags-
     * deskundige - ...") as one paragraph of a table cell whose row was read as another Voorblad section (Geïnformeerd,
     * Instemming, the question, the experts): that paragraph is the professionals' field, as the same line in the body
     * interrupts the section ({@link #interrupt}); the other paragraphs of the cell stay the cell's section. Called
     * after {@link #row} with the cell's resolved place; empty when the line is none or the cell is no such section.
     * Only the line itself, and only when its value names a role or an organisation ({@link
     * ProfessionalFieldRow#namesProfessional}) in one clause (no second sentence, no ";", no verb, no second person after
     * "en"): "Gedragsdeskundige: M. Dekker,
     * orthopedagoog"; not "Gedragsdeskundige: nee. &lt;naam&gt; slaat de kinderen." nor "Gedragsdeskundige: &lt;naam&gt;"
     * without a role (the cell's text, refused: the safe side). A value that wraps to the next paragraph stays the
     * cell's text too. The field's cover rules then read the line, so a relative written there is still refused.
     */
    Optional<Section> professionalLineInCell(String line, ReadContext.Holder cell) {
        Section cellSection = cell.section;
        if (cellSection == null || cellSection.part() != CardPart.VOORBLAD || SHORT_COVER_FIELDS.contains(cellSection)
                || ProfessionalFieldRow.professionalField(cellSection)) {
            return Optional.empty();
        }
        String text = line.strip();
        int colon = text.indexOf(':');
        Optional<Section> section = colon > 0 && colon <= 60 ? label(text.substring(0, colon)) : Optional.empty();
        if (section.isEmpty()) {
            section = LabelInText.dash(text).flatMap(d -> label(d.label()));
        }
        if (section.isEmpty() || !ProfessionalFieldRow.professionalField(section.get())
                || values.containsKey(section.get())) {
            return Optional.empty(); // a field read before: the line is the cell's content (contentLabel)
        }
        String value = colon > 0 && colon <= 60 && section.equals(label(text.substring(0, colon)))
                ? text.substring(colon + 1) : LabelInText.dash(text).map(LabelInText.Split::value).orElse("");
        if (!ProfessionalFieldRow.namesProfessional(value) || SECOND_CLAUSE.matcher(value.strip()).find()
                || CLAUSE_VERB.matcher(value).find()) {
            // "Gedragsdeskundige: nee. <naam> slaat de kinderen.": the line is the field only when its value names a
            // role or an organisation in one clause; otherwise it stays the cell's text and is screened as such
            return Optional.empty();
        }
        return section;
    }

    /** Round 18 (r18-cover): text that opens no section ends a self-contained professionals' field. */
    private void leaveSelfContainedField() {
        if (selfContained && currentSection != null && ProfessionalFieldRow.professionalField(currentSection)) {
            currentSection = resumeSection;
            if (resumeSection != null) {
                currentPart = resumeSection.part();
            }
        }
        selfContained = false;
        resumeSection = null;
    }

    /** Classifies a top-level table row once all its cells are read. */
    void row(List<Cell> cells) {
        if (cells.isEmpty()) {
            return;
        }
        int nonEmpty = 0;
        for (Cell cell : cells) {
            if (!cell.text().isBlank()) {
                nonEmpty++;
            }
        }
        if (nonEmpty == 0) {
            cells.forEach(c -> resolveCurrent(c.holder()));
            return;
        }
        if (cells.size() == 1) {
            singleCell(cells.get(0));
            return;
        }
        List<Section> labels = new ArrayList<>(cells.size());
        boolean allLabels = nonEmpty >= 2;
        for (Cell cell : cells) {
            Section section = cell.text().isBlank() || cell.text().length() > MAX_LABEL_LENGTH ? null
                    : label(cell.text()).orElse(null);
            labels.add(section);
            if (section == null && !cell.text().isBlank()) {
                allLabels = false;
            }
        }
        if (allLabels) {
            columnLabels = labels;
            for (int i = 0; i < cells.size(); i++) {
                Section section = labels.get(i);
                if (section != null) {
                    enterSection(section);
                    cells.get(i).holder().set(currentPart, section);
                } else {
                    resolveCurrent(cells.get(i).holder());
                }
            }
            return;
        }
        if (columnLabels != null) {
            List<Section> columns = columnLabels;
            columnLabels = null;
            for (int i = 0; i < cells.size(); i++) {
                Section section = i < columns.size() ? columns.get(i) : null;
                if (section != null) {
                    enterSection(section);
                    append(cells.get(i).text());
                    cells.get(i).holder().set(currentPart, section);
                } else {
                    appendAndResolve(cells.get(i));
                }
            }
            return;
        }
        Cell first = cells.get(0);
        Section label = labels.get(0);
        if (emptyLeadingColumn(cells, labels)) {
            enterSection(labels.get(1));
            append(cells.get(valueCell(cells, 1)).text());
            cells.forEach(c -> c.holder().set(currentPart, currentSection));
            return;
        }
        int numbered = RowNumberColumn.labelCell(cells, labels);
        if (numbered > 0 && !contentLabel(labels.get(numbered))) {
            // round 17 (r17-cover): "| 4. | Inbrenger | P. Smit, gezinsvoogd |", a cover table with a numbering column
            enterSection(labels.get(numbered));
            if (numbered + 1 < cells.size()) {
                append(cells.get(valueCell(cells, numbered)).text());
            }
            cells.forEach(c -> c.holder().set(currentPart, currentSection));
            return;
        }
        Optional<CardPart> numberedPart = RowNumberColumn.partRow(cells);
        if (numberedPart.isPresent()) {
            enterPart(numberedPart.get()); // "| 2. | Veiligheidskaart | |"
            cells.forEach(c -> c.holder().set(currentPart, null));
            return;
        }
        if (label != null) {
            enterSection(label);
            append(cells.get(valueCell(cells, 0)).text());
            cells.forEach(c -> c.holder().set(currentPart, currentSection));
            return;
        }
        if (labelsInCells(cells)) {
            return; // round 18 (r18-cover): "| Inbrenger⏎S. Verhoef | Vaste deelnemer⏎M. de Lange |"
        }
        if (nonEmpty == 1 && !first.text().isBlank()) {
            Optional<CardPart> part = first.text().length() <= MAX_LABEL_LENGTH ? Section.matchPart(first.text())
                    : Optional.empty();
            if (part.isPresent()) {
                enterPart(part.get());
                cells.forEach(c -> c.holder().set(currentPart, null));
                return;
            }
        }
        leaveSelfContainedField();
        if (ProfessionalFieldRow.foreignLabelRow(currentSection, cells)) {
            // round 17 (fix17-cover): "| 6. | Netwerk | <naam> en <naam> |" after Vaste deelnemer is no professional
            currentSection = null;
            cells.forEach(this::resolveCurrent);
            return;
        }
        if (first.text().isBlank() && !first.continuation() && currentSection != null
                && ProfessionalFieldRow.professionalField(currentSection)
                && cells.stream().anyMatch(c -> LabelInText.separatorOnly(c.text()))) {
            // round 18 (r18-cover): "| | : | <naam> |" after a cover row: a row with an empty label, no professional's
            cells.forEach(c -> c.holder().set(currentPart, null));
            return;
        }
        if (first.text().isBlank() || first.continuation()) {
            if (!first.continuation() && cells.stream().anyMatch(c -> ProfessionalFieldRow.foreignLabelLine(
                    currentSection, c.text()))) {
                currentSection = null; // round 19 (r19-cover): "| | Ook aanwezig: <naam> |" after a cover row
            }
            append(cells.get(1).text());
            cells.forEach(this::resolveCurrent);
            return;
        }
        StringBuilder whole = new StringBuilder();
        for (Cell cell : cells) {
            if (!cell.text().isBlank()) {
                whole.append(whole.length() == 0 ? "" : " ").append(cell.text().strip());
            }
        }
        append(whole.toString());
        cells.forEach(this::resolveCurrent);
    }

    /**
     * Round 18 (r18-cover): the value cell after the label cell at {@code label}: the next cell, or the one after a
     * cell that holds only a colon or "=" ("| Inbrenger | : | S. Verhoef |"). Not after a dash: "-" in the value cell
     * is how writers say "nothing" ("| Persoonsgegevens | - | <note> |": the note is no value; found at the merge by
     * ScreeningCorpusTest's three-column cards).
     */
    private static int valueCell(List<Cell> cells, int label) {
        int next = label + 1;
        return next + 1 < cells.size() && LabelInText.colonOnly(cells.get(next).text()) ? next + 1 : next;
    }

    /**
     * Round 18 (r18-cover): a row whose cells each hold a label and its value ("Inbrenger" + line break + value,
     * "Inbrenger - value", "Inbrenger: value"), the first non-blank cell among them: every such cell opens its section
     * and is read as its value; blank or other cells go with the section open before them, except text beside a
     * professionals' cover field (it names no professional by its label, so it is screened as Voorblad text).
     */
    private boolean labelsInCells(List<Cell> cells) {
        Cell first = cells.stream().filter(c -> !c.text().isBlank()).findFirst().orElse(null);
        if (first == null || first.continuation() || labelInCell(first.text().strip()).isEmpty()) {
            return false;
        }
        for (Cell cell : cells) {
            Optional<LabelInText.Split> inCell = cell.continuation() ? Optional.empty()
                    : labelInCell(cell.text().strip());
            if (inCell.isPresent()) {
                enterSection(label(inCell.get().label()).orElseThrow());
                append(inCell.get().value());
                cell.holder().set(currentPart, currentSection);
            } else if (!cell.text().isBlank() && currentSection != null
                    && ProfessionalFieldRow.professionalField(currentSection)) {
                cell.holder().set(currentPart, null); // unlabelled text beside a professional's cell: no professional's
            } else {
                appendAndResolve(cell);
            }
        }
        selfContained = true;
        return true;
    }

    /**
     * A label and its value in one cell that may open its section here: "Label: value", "Label - value", or the label
     * on the cell's first line and the value below it.
     */
    private Optional<LabelInText.Split> labelInCell(String text) {
        int colon = text.indexOf(':');
        Optional<LabelInText.Split> colonSplit = colon > 0 && colon <= 60 && colon + 1 < text.length()
                && !text.substring(colon + 1).isBlank()
                ? Optional.of(new LabelInText.Split(text.substring(0, colon), text.substring(colon + 1).strip()))
                : Optional.empty();
        for (Optional<LabelInText.Split> split : List.of(colonSplit, LabelInText.firstLine(text),
                LabelInText.dash(text))) {
            if (split.isPresent()) {
                Optional<Section> section = label(split.get().label());
                if (section.isPresent() && !contentLabel(section.get()) && coverLineMayOpen(section.get())) {
                    return split;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A label | value row behind an empty leading column ("| | Inbrenger | P. Smit, gezinsvoogd |": a table with a
     * narrow blank first column, or one drawn with a border cell): the label stands in the second cell, its value in
     * the third. Only a label that may open a section here counts (not one read before or of an earlier part: a score
     * row "| | Inbrenger | 3 |" under Veiligheidsscore stays content of the open section), and never a row whose
     * first cell continues a merged label cell above it.
     */
    private boolean emptyLeadingColumn(List<Cell> cells, List<Section> labels) {
        return cells.size() >= 3 && cells.get(0).text().isBlank() && !cells.get(0).continuation()
                && labels.get(1) != null && !contentLabel(labels.get(1)) && !cells.get(2).text().isBlank();
    }

    private void singleCell(Cell cell) {
        String text = cell.text().strip();
        if (text.length() <= MAX_LABEL_LENGTH) {
            Optional<CardPart> part = Section.matchPart(text);
            if (part.isPresent()) {
                columnLabels = null;
                enterPart(part.get());
                cell.holder().set(currentPart, null);
                return;
            }
            Optional<Section> section = label(text);
            if (section.isPresent()) {
                columnLabels = null;
                enterSection(section.get());
                cell.holder().set(currentPart, currentSection);
                return;
            }
        }
        int colon = text.indexOf(':');
        if (colon > 0 && colon <= 60) {
            Optional<Section> section = label(text.substring(0, colon));
            if (section.isPresent() && !contentLabel(section.get())) {
                columnLabels = null;
                Section interrupted = currentSection;
                boolean inside = !coverLineMayOpen(section.get());
                enterSection(section.get());
                append(text.substring(colon + 1));
                cell.holder().set(currentPart, currentSection);
                if (inside) {
                    interrupt(interrupted, text.substring(colon + 1)); // round 19: a one-cell "Gedragsdeskundige:" row
                }
                return;
            }
        }
        Optional<LabelInText.Split> inCell = labelInCell(text);
        if (inCell.isPresent()) {
            // round 18 (r18-cover): "Inbrenger - S. Verhoef" or "Inbrenger" + line break + value in one cell
            columnLabels = null;
            enterSection(label(inCell.get().label()).orElseThrow());
            append(inCell.get().value());
            cell.holder().set(currentPart, currentSection);
            selfContained = true;
            return;
        }
        if (goesOn(text)) {
            appendAndResolve(cell);
            return;
        }
        leaveSelfContainedField();
        if (ProfessionalFieldRow.foreignLabelLine(currentSection, text)) {
            currentSection = null; // round 19 (r19-cover): a one-cell "Ook aanwezig: <naam>" row after a cover row
        }
        if (columnLabels != null && !columnLabels.isEmpty()) {
            // a wide value row under a row of labels belongs to the first of them
            Section section = columnLabels.stream().filter(s -> s != null).findFirst().orElse(null);
            columnLabels = null;
            if (section != null) {
                enterSection(section);
            }
        }
        appendAndResolve(cell);
    }

    private void appendAndResolve(Cell cell) {
        append(cell.text());
        resolveCurrent(cell.holder());
    }

    /**
     * A "Label: value" line inside an open section whose label names a section that was already read, or one of an
     * earlier card part, is content of the open section, not a new section: a score line "Inbrenger: 4. Moeder: 7."
     * under Veiligheidsscore, "Jeugdige: wil thuis blijven" under Stem van de jeugdige. A card names each section
     * once, in the order of its parts.
     */
    private boolean contentLabel(Section section) {
        if (currentSection == null || section == currentSection) {
            return false;
        }
        return values.containsKey(section) || section.part().ordinal() < currentPart.ordinal()
                && currentPart != CardPart.UNKNOWN;
    }

    /** The section a label names, keeping Persoonsgegevens synonyms inside their own part. */
    private Optional<Section> label(String text) {
        Optional<Section> section = Section.match(text);
        if (section.isPresent() && section.get().part() == CardPart.PERSOONSGEGEVENS
                && currentPart != CardPart.PERSOONSGEGEVENS
                && !Section.normalise(text).equals(Section.normalise(section.get().label()))) {
            return Optional.empty();
        }
        return section;
    }

    private static boolean isCapitals(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 3;
    }

    private void enterPart(CardPart part) {
        selfContained = false;
        resumeSection = null;
        currentPart = part;
        currentSection = null;
        partsFound.add(part);
    }

    private void enterSection(Section section) {
        selfContained = false;
        continues = false;
        resumeSection = null;
        currentSection = section;
        currentPart = section.part();
        partsFound.add(currentPart);
        values.computeIfAbsent(section, s -> new StringBuilder());
    }

    private void append(String text) {
        if (currentSection == null) {
            return;
        }
        StringBuilder value = values.get(currentSection);
        for (String line : text.split("\n")) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                if (value.length() > 0) {
                    value.append('\n');
                }
                value.append(stripped);
            }
        }
    }

    private void resolveCurrent(Cell cell) {
        resolveCurrent(cell.holder());
    }

    private void resolveCurrent(ReadContext.Holder holder) {
        holder.set(currentPart, currentSection);
    }

    /** The current place, for text outside classified paragraphs (anchors between paragraphs). */
    void resolve(ReadContext.Holder holder) {
        resolveCurrent(holder);
    }

    Map<Section, String> sectionValues() {
        Map<Section, String> result = new EnumMap<>(Section.class);
        values.forEach((section, value) -> result.put(section, value.toString()));
        return result;
    }

    Set<CardPart> partsFound() {
        return partsFound;
    }
}
