package nl.vhkgateway.testsupport.docx;

import static nl.vhkgateway.testsupport.docx.Xml.esc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.vhkgateway.domain.card.CardPart;
import nl.vhkgateway.domain.card.Section;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.Ole10Native;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Writes a Veiligheidskaart as raw WordprocessingML the way Microsoft Word does, so that tests meet the quirks of
 * real cards: text split into runs in the middle of words, {@code w:proofErr} and bookmarks between runs, rsid and
 * paraId attributes, Dutch style ids, tables, numbered labels, headers, footers, notes, comments, tracked changes,
 * hidden text, text boxes duplicated in {@code mc:Choice}/{@code mc:Fallback}, content controls, fields, hyperlinks,
 * images with alt text, document properties, people.xml, the glossary, embedded objects, macros and templates.
 *
 * <p>Usage:
 * <pre>{@code
 * byte[] docx = WordDocxBuilder.card()
 *         .layout(Layout.TABLE)
 *         .part(CardPart.VOORBLAD)
 *         .section(Section.DATUM, "17-10-2026")
 *         .section(Section.JEUGDIGE, "J. (2011)").comment("Reviewer", "R", "klopt dit?")
 *         .header("Vertrouwelijk")
 *         .property(Property.CREATOR, "Inbrenger")
 *         .build();
 * }</pre>
 *
 * <p>Inline additions ({@link #text}, {@link #comment}, {@link #insertion}, {@link #textBox}, {@link #footnote}, ...)
 * go into the <em>current paragraph</em>: the last paragraph written (for a section: its last value paragraph, also
 * inside a table cell); a body paragraph is started when there is none yet. Everything random (run splits, rsids,
 * paraIds) comes from {@link #seed(long)} at {@link #build()} time, so a builder builds the same bytes every time.
 *
 * <p>Not thread-safe: one builder per document.
 */
public final class WordDocxBuilder {

    /** How {@link #section} writes a section. */
    public enum Layout {
        /** Two-column table rows: label | value; each card part starts a new table whose first row is its name. */
        TABLE,
        /** One-column table: a label row followed by a value row. */
        TABLE_STACKED,
        /** Three-column table rows: label | value | note. */
        TABLE_THREE_COLUMNS,
        /** Part names as Heading 1, section labels as Heading 2, values as normal paragraphs. */
        HEADINGS,
        /** Part names as Title, section labels as bold-only short lines (no style), values as paragraphs. */
        BOLD_LINES
    }

    /** How section labels are numbered. */
    public enum LabelNumbering {
        NONE,
        /** "3. Vraag aan het VHT" typed as text. */
        TEXT,
        /** A Word numbered list (numbering.xml): the number is not in the text. */
        WORD_LIST
    }

    /** Document properties: core (docProps/core.xml) and extended (docProps/app.xml). */
    public enum Property {
        CREATOR("dc:creator", true), LAST_MODIFIED_BY("cp:lastModifiedBy", true), TITLE("dc:title", true),
        SUBJECT("dc:subject", true), KEYWORDS("cp:keywords", true), DESCRIPTION("dc:description", true),
        CATEGORY("cp:category", true), CONTENT_STATUS("cp:contentStatus", true), IDENTIFIER("dc:identifier", true),
        REVISION("cp:revision", true), LANGUAGE("dc:language", true), VERSION("cp:version", true),
        COMPANY("Company", false), MANAGER("Manager", false), TEMPLATE("Template", false),
        HYPERLINK_BASE("HyperlinkBase", false);

        private final String element;
        private final boolean core;

        Property(String element, boolean core) {
            this.element = element;
            this.core = core;
        }

        public String element() {
            return element;
        }

        public boolean isCore() {
            return core;
        }
    }

    static final String NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    static final String REL_MS = "http://schemas.microsoft.com/office/2011/relationships/";
    static final String DATE = "2026-10-12T09:30:00Z";
    static final String CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    static final String CT_MACRO_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml";
    static final String CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    static final byte[] PNG_1X1 = {
        (byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, (byte) 0xC4,
        (byte) 0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, (byte) 0x9C, 0x63, 0x00, 0x01, 0x00,
        0x00, 0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, (byte) 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44,
        (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    /** Renders a piece of paragraph content at build time. */
    @FunctionalInterface
    interface Inline {
        void render(Render r, StringBuilder out);
    }

    /** A body paragraph. */
    static final class Para {
        String style; // logical: heading1, heading2, title, header, footer, or null
        boolean bold;
        boolean numbered;
        String insertedMarkAuthor;
        String formatChangeAuthor;
        final List<Inline> prefix = new ArrayList<>();
        final List<Inline> inlines = new ArrayList<>();
    }

    /** Block-level content control around paragraphs. */
    record Sdt(String tag, String alias, List<Para> paras) {
    }

    static final class Cell {
        final List<Object> content = new ArrayList<>(); // Para or Sdt
        int span = 1;
        boolean shaded;
    }

    static final class Table {
        final int columns;
        final List<List<Cell>> rows = new ArrayList<>();
        final Map<Integer, String> deletedRows = new java.util.HashMap<>();

        Table(int columns) {
            this.columns = columns;
        }
    }

    record Rel(String id, String type, String target, boolean external) {
    }

    record Comment(int id, String author, String initials, String text) {
    }

    record Embedded(String kind, String fileName, String text) {
    }

    private long seed = 42;
    private boolean splitRuns = true;
    private Layout layout = Layout.TABLE;
    private LabelNumbering labelNumbering = LabelNumbering.NONE;
    private boolean labelColon;
    private boolean dutchStyleIds;
    private boolean valuesInContentControls;
    private final List<Object> blocks = new ArrayList<>(); // Para, Table or Sdt
    private Table openTable;
    private Para current;
    private int labelNumber;
    private final List<String> headerTexts = new ArrayList<>();
    private final List<String> footerTexts = new ArrayList<>();
    private final List<String> footnotes = new ArrayList<>();
    private final List<String> endnotes = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();
    private final Set<String> people = new LinkedHashSet<>();
    private boolean writePeople = true;
    private final Map<Property, String> properties = new EnumMap<>(Property.class);
    private final Map<String, String> customProperties = new LinkedHashMap<>();
    private final Map<String, String> glossary = new LinkedHashMap<>();
    private boolean macroContentType;
    private boolean vbaProject;
    private String attachedTemplate;
    private String documentProtection;
    private boolean documentProtectionPassword;
    private boolean writeProtection;
    private boolean writeProtectionPassword;
    private boolean trackRevisions;
    private final List<String[]> extraRelationships = new ArrayList<>();
    private final Map<String, byte[]> extraParts = new LinkedHashMap<>();
    private final Map<String, String> extraContentTypes = new LinkedHashMap<>();
    private final Map<String, List<UnaryOperator<String>>> transforms = new LinkedHashMap<>();
    private final List<Embedded> embedded = new ArrayList<>();
    private int revisionId = 100;
    private int bookmarkId = 500;

    private WordDocxBuilder() {
    }

    /** A new, empty card document. */
    public static WordDocxBuilder card() {
        return new WordDocxBuilder();
    }

    // ------------------------------------------------------------------------------------------------ configuration

    /** Seed for run splitting, rsids and paraIds (default 42). */
    public WordDocxBuilder seed(long newSeed) {
        this.seed = newSeed;
        return this;
    }

    /** Whether text is split into several runs mid-word with proofErr/bookmarks between (default true). */
    public WordDocxBuilder splitRuns(boolean split) {
        this.splitRuns = split;
        return this;
    }

    /** Layout for the following {@link #section} and {@link #part} calls; closes an open table. */
    public WordDocxBuilder layout(Layout newLayout) {
        this.layout = Objects.requireNonNull(newLayout);
        endTable();
        return this;
    }

    public WordDocxBuilder labelNumbering(LabelNumbering numbering) {
        this.labelNumbering = Objects.requireNonNull(numbering);
        return this;
    }

    /** Whether labels end with a colon ("Datum:"). */
    public WordDocxBuilder labelColon(boolean colon) {
        this.labelColon = colon;
        return this;
    }

    /** Style ids of a Dutch Word ("Kop1", "Kop2", "Titel") instead of "Heading1", "Heading2", "Title". */
    public WordDocxBuilder dutchStyleIds(boolean dutch) {
        this.dutchStyleIds = dutch;
        return this;
    }

    /** Whether section values are wrapped in block-level content controls (w:sdt), as many templates do. */
    public WordDocxBuilder valuesInContentControls(boolean wrap) {
        this.valuesInContentControls = wrap;
        return this;
    }

    // ------------------------------------------------------------------------------------------------ structure

    /** Starts a card part: a heading (heading layouts) or a new table whose first row names the part. */
    public WordDocxBuilder part(CardPart part) {
        return part(part.label());
    }

    /** Starts a card part with a heading text of your own. */
    public WordDocxBuilder part(String heading) {
        switch (layout) {
            case HEADINGS -> heading(heading, 1);
            case BOLD_LINES -> title(heading);
            default -> {
                endTable();
                openTable = new Table(columns());
                blocks.add(openTable);
                Cell cell = new Cell();
                cell.span = columns();
                cell.shaded = true;
                Para p = new Para();
                p.bold = true;
                p.inlines.add(text(heading, ""));
                cell.content.add(p);
                openTable.rows.add(List.of(cell));
                current = p;
            }
        }
        return this;
    }

    /** A section with its canonical label; a value with '\n' becomes several paragraphs. */
    public WordDocxBuilder section(Section section, String value) {
        return section(section.label(), value, "");
    }

    /** A section with a note in the third column ({@link Layout#TABLE_THREE_COLUMNS}; ignored otherwise). */
    public WordDocxBuilder section(Section section, String value, String note) {
        return section(section.label(), value, note);
    }

    /** A section with a label of your own (synonym, odd spelling). */
    public WordDocxBuilder section(String label, String value) {
        return section(label, value, "");
    }

    /** A section with a label of your own and a note for the third column. */
    public WordDocxBuilder section(String label, String value, String note) {
        String shownLabel = decorate(label);
        boolean numbered = labelNumbering == LabelNumbering.WORD_LIST;
        switch (layout) {
            case HEADINGS, BOLD_LINES -> {
                endTable();
                Para labelPara = new Para();
                labelPara.numbered = numbered;
                if (layout == Layout.HEADINGS) {
                    labelPara.style = "heading2";
                } else {
                    labelPara.bold = true;
                }
                labelPara.inlines.add(text(shownLabel, ""));
                blocks.add(labelPara);
                List<Para> values = valueParas(value);
                if (valuesInContentControls) {
                    blocks.add(new Sdt(tagFor(label), label, values));
                } else {
                    blocks.addAll(values);
                }
                current = values.get(values.size() - 1);
            }
            default -> {
                if (openTable == null) {
                    openTable = new Table(columns());
                    blocks.add(openTable);
                }
                Cell labelCell = new Cell();
                Para labelPara = new Para();
                labelPara.bold = true;
                labelPara.numbered = numbered;
                labelPara.inlines.add(text(shownLabel, ""));
                labelCell.content.add(labelPara);
                Cell valueCell = new Cell();
                List<Para> values = valueParas(value);
                if (valuesInContentControls) {
                    valueCell.content.add(new Sdt(tagFor(label), label, values));
                } else {
                    valueCell.content.addAll(values);
                }
                if (layout == Layout.TABLE_STACKED) {
                    labelCell.shaded = true;
                    openTable.rows.add(List.of(labelCell));
                    openTable.rows.add(List.of(valueCell));
                } else if (layout == Layout.TABLE_THREE_COLUMNS) {
                    Cell noteCell = new Cell();
                    noteCell.content.addAll(valueParas(note));
                    openTable.rows.add(List.of(labelCell, valueCell, noteCell));
                } else {
                    openTable.rows.add(List.of(labelCell, valueCell));
                }
                current = values.get(values.size() - 1);
            }
        }
        return this;
    }

    /** A heading paragraph (level 1 or 2) in the body. */
    public WordDocxBuilder heading(String text, int level) {
        endTable();
        Para p = new Para();
        p.style = level <= 1 ? "heading1" : "heading2";
        p.inlines.add(text(text, ""));
        return addPara(p);
    }

    /** A paragraph in the Title style. */
    public WordDocxBuilder title(String text) {
        endTable();
        Para p = new Para();
        p.style = "title";
        p.inlines.add(text(text, ""));
        return addPara(p);
    }

    /** A bold-only short line without a style (how many people make headings). */
    public WordDocxBuilder boldLine(String text) {
        endTable();
        Para p = new Para();
        p.bold = true;
        p.inlines.add(text(text, ""));
        return addPara(p);
    }

    /** A normal body paragraph (after a table: closes the table). */
    public WordDocxBuilder paragraph(String text) {
        endTable();
        Para p = new Para();
        if (!text.isEmpty()) {
            p.inlines.add(text(text, ""));
        }
        return addPara(p);
    }

    /** A paragraph whose text and paragraph mark are a pending tracked insertion. */
    public WordDocxBuilder insertedParagraph(String author, String text) {
        endTable();
        people.add(author);
        Para p = new Para();
        p.insertedMarkAuthor = author;
        int id = revisionId++;
        p.inlines.add((r, out) -> {
            out.append("<w:ins w:id=\"").append(id).append("\" w:author=\"").append(esc(author))
                    .append("\" w:date=\"").append(DATE).append("\">");
            r.runs(out, text, "", RunKind.TEXT);
            out.append("</w:ins>");
        });
        return addPara(p);
    }

    /** A table row of plain cells (opens a table with that many columns when none is open). */
    public WordDocxBuilder tableRow(String... cells) {
        if (openTable == null || openTable.columns != cells.length && cells.length != 1) {
            endTable();
            openTable = new Table(Math.max(1, cells.length));
            blocks.add(openTable);
        }
        List<Cell> row = new ArrayList<>();
        for (String text : cells) {
            Cell cell = new Cell();
            cell.content.addAll(valueParas(text));
            row.add(cell);
        }
        if (cells.length == 1) {
            row.get(0).span = openTable.columns;
        }
        openTable.rows.add(row);
        List<Object> last = row.get(row.size() - 1).content;
        current = (Para) last.get(last.size() - 1);
        return this;
    }

    /** A table row whose deletion is tracked (w:trPr/w:del, its text in w:delText), in the open table. */
    public WordDocxBuilder deletedTableRow(String author, String... cells) {
        people.add(author);
        if (openTable == null || openTable.columns != cells.length) {
            endTable();
            openTable = new Table(Math.max(1, cells.length));
            blocks.add(openTable);
        }
        List<Cell> row = new ArrayList<>();
        for (String text : cells) {
            Cell cell = new Cell();
            Para p = new Para();
            int id = revisionId++;
            p.inlines.add((r, out) -> {
                out.append("<w:del w:id=\"").append(id).append("\" w:author=\"").append(esc(author))
                        .append("\" w:date=\"").append(DATE).append("\">");
                r.runs(out, text, "", RunKind.DELETED);
                out.append("</w:del>");
            });
            cell.content.add(p);
            row.add(cell);
        }
        openTable.deletedRows.put(openTable.rows.size(), author);
        openTable.rows.add(row);
        return this;
    }

    /** Closes the open table: the next row starts a new table. */
    public WordDocxBuilder endTable() {
        openTable = null;
        return this;
    }

    // ------------------------------------------------------------------------------------------------ inline

    /** Plain text appended to the current paragraph (split into runs). */
    public WordDocxBuilder text(String text) {
        current().inlines.add(text(text, ""));
        return this;
    }

    /** Bold text appended to the current paragraph. */
    public WordDocxBuilder bold(String text) {
        current().inlines.add(text(text, "<w:b/><w:bCs/>"));
        return this;
    }

    /** Hidden text (w:vanish) appended to the current paragraph. */
    public WordDocxBuilder hidden(String text) {
        current().inlines.add(text(text, "<w:vanish/>"));
        return this;
    }

    /** A symbol character (w:sym), e.g. font "Wingdings", code 0xF0FC. */
    public WordDocxBuilder symbol(String font, int code) {
        current().inlines.add((r, out) -> out.append("<w:r><w:sym w:font=\"").append(esc(font))
                .append("\" w:char=\"").append(String.format("%04X", code)).append("\"/></w:r>"));
        return this;
    }

    /** A pending tracked insertion. */
    public WordDocxBuilder insertion(String author, String text) {
        people.add(author);
        int id = revisionId++;
        current().inlines.add((r, out) -> {
            out.append("<w:ins w:id=\"").append(id).append("\" w:author=\"").append(esc(author))
                    .append("\" w:date=\"").append(DATE).append("\">");
            r.runs(out, text, "", RunKind.TEXT);
            out.append("</w:ins>");
        });
        return this;
    }

    /** A pending tracked deletion (w:del with w:delText). */
    public WordDocxBuilder deletion(String author, String text) {
        people.add(author);
        int id = revisionId++;
        current().inlines.add((r, out) -> {
            out.append("<w:del w:id=\"").append(id).append("\" w:author=\"").append(esc(author))
                    .append("\" w:date=\"").append(DATE).append("\">");
            r.runs(out, text, "", RunKind.DELETED);
            out.append("</w:del>");
        });
        return this;
    }

    /** Text moved away from here (tracked move source, with its range markers). */
    public WordDocxBuilder moveFrom(String author, String text) {
        return move("moveFrom", author, text);
    }

    /** Text moved to here (tracked move destination, with its range markers). */
    public WordDocxBuilder moveTo(String author, String text) {
        return move("moveTo", author, text);
    }

    private WordDocxBuilder move(String element, String author, String text) {
        people.add(author);
        int rangeId = revisionId++;
        int id = revisionId++;
        current().inlines.add((r, out) -> {
            String attrs = " w:author=\"" + esc(author) + "\" w:date=\"" + DATE + "\"";
            out.append("<w:").append(element).append("RangeStart w:id=\"").append(rangeId).append('"').append(attrs)
                    .append(" w:name=\"move").append(rangeId).append("\"/>");
            out.append("<w:").append(element).append(" w:id=\"").append(id).append('"').append(attrs).append('>');
            r.runs(out, text, "", RunKind.TEXT);
            out.append("</w:").append(element).append('>');
            out.append("<w:").append(element).append("RangeEnd w:id=\"").append(rangeId).append("\"/>");
        });
        return this;
    }

    /** A tracked formatting change: bold text with w:rPrChange, and w:pPrChange on the current paragraph. */
    public WordDocxBuilder formatChange(String author, String text) {
        people.add(author);
        Para p = current();
        p.formatChangeAuthor = author;
        int id = revisionId++;
        p.inlines.add((r, out) -> r.runs(out, text, "<w:b/><w:bCs/><w:rPrChange w:id=\"" + id + "\" w:author=\""
                + esc(author) + "\" w:date=\"" + DATE + "\"><w:rPr/></w:rPrChange>", RunKind.TEXT));
        return this;
    }

    /** A comment anchored on the current paragraph. */
    public WordDocxBuilder comment(String author, String initials, String text) {
        int id = comments.size();
        comments.add(new Comment(id, author, initials, text));
        people.add(author);
        Para p = current();
        p.prefix.add((r, out) -> out.append("<w:commentRangeStart w:id=\"").append(id).append("\"/>"));
        p.inlines.add((r, out) -> out.append("<w:commentRangeEnd w:id=\"").append(id).append("\"/>")
                .append("<w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr><w:commentReference w:id=\"")
                .append(id).append("\"/></w:r>"));
        return this;
    }

    /** A footnote referenced from the current paragraph. */
    public WordDocxBuilder footnote(String text) {
        footnotes.add(text);
        int id = footnotes.size();
        current().inlines.add((r, out) -> out.append("<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr>")
                .append("<w:footnoteReference w:id=\"").append(id).append("\"/></w:r>"));
        return this;
    }

    /** An endnote referenced from the current paragraph. */
    public WordDocxBuilder endnote(String text) {
        endnotes.add(text);
        int id = endnotes.size();
        current().inlines.add((r, out) -> out.append("<w:r><w:rPr><w:rStyle w:val=\"EndnoteReference\"/></w:rPr>")
                .append("<w:endnoteReference w:id=\"").append(id).append("\"/></w:r>"));
        return this;
    }

    /** A text box anchored in the current paragraph, written twice like Word (DrawingML Choice, VML Fallback). */
    public WordDocxBuilder textBox(String text) {
        current().inlines.add((r, out) -> r.textBox(out, text));
        return this;
    }

    /** A run-level content control holding the text. */
    public WordDocxBuilder contentControl(String tag, String alias, String text) {
        current().inlines.add((r, out) -> {
            out.append("<w:sdt><w:sdtPr><w:alias w:val=\"").append(esc(alias)).append("\"/><w:tag w:val=\"")
                    .append(esc(tag)).append("\"/><w:id w:val=\"").append(r.random.nextInt())
                    .append("\"/><w:text/></w:sdtPr><w:sdtContent>");
            r.runs(out, text, "", RunKind.TEXT);
            out.append("</w:sdtContent></w:sdt>");
        });
        return this;
    }

    /** A content control still showing its placeholder text (w:showingPlcHdr, glossary docPart). */
    public WordDocxBuilder contentControlPlaceholder(String tag, String alias, String placeholderText) {
        glossary.putIfAbsent("DefaultPlaceholder_-1854013440", "Klik of tik om tekst in te voeren.");
        current().inlines.add((r, out) -> {
            out.append("<w:sdt><w:sdtPr><w:alias w:val=\"").append(esc(alias)).append("\"/><w:tag w:val=\"")
                    .append(esc(tag)).append("\"/><w:id w:val=\"").append(r.random.nextInt())
                    .append("\"/><w:placeholder><w:docPart w:val=\"DefaultPlaceholder_-1854013440\"/>")
                    .append("</w:placeholder><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent>");
            r.runs(out, placeholderText, "<w:rStyle w:val=\"PlaceholderText\"/>", RunKind.TEXT);
            out.append("</w:sdtContent></w:sdt>");
        });
        return this;
    }

    /** A drop-down content control with list items (display text and value), showing the selected text. */
    public WordDocxBuilder dropDown(String tag, String alias, String selected, String... items) {
        current().inlines.add((r, out) -> {
            out.append("<w:sdt><w:sdtPr><w:alias w:val=\"").append(esc(alias)).append("\"/><w:tag w:val=\"")
                    .append(esc(tag)).append("\"/><w:id w:val=\"").append(r.random.nextInt())
                    .append("\"/><w:dropDownList><w:listItem w:value=\"\"/>");
            for (String item : items) {
                out.append("<w:listItem w:displayText=\"").append(esc(item)).append("\" w:value=\"")
                        .append(esc(item)).append("\"/>");
            }
            out.append("</w:dropDownList></w:sdtPr><w:sdtContent>");
            r.runs(out, selected, "", RunKind.TEXT);
            out.append("</w:sdtContent></w:sdt>");
        });
        return this;
    }

    /** A simple field (w:fldSimple) with its instruction and shown result. */
    public WordDocxBuilder simpleField(String instruction, String result) {
        current().inlines.add((r, out) -> {
            out.append("<w:fldSimple w:instr=\"").append(esc(instruction)).append("\">");
            r.runs(out, result, "<w:noProof/>", RunKind.TEXT);
            out.append("</w:fldSimple>");
        });
        return this;
    }

    /** A complex field: fldChar begin, w:instrText, separate, result runs, end. */
    public WordDocxBuilder complexField(String instruction, String result) {
        current().inlines.add((r, out) -> {
            out.append("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>");
            r.runs(out, instruction, "", RunKind.INSTRUCTION);
            out.append("<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>");
            r.runs(out, result, "<w:noProof/>", RunKind.TEXT);
            out.append("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
        });
        return this;
    }

    /** A hyperlink to an external target (relationship with TargetMode External). */
    public WordDocxBuilder hyperlink(String url, String text) {
        current().inlines.add((r, out) -> {
            String id = r.rel("word/document.xml", REL + "hyperlink", url, true);
            out.append("<w:hyperlink r:id=\"").append(id).append("\" w:history=\"1\">");
            r.runs(out, text, "<w:rStyle w:val=\"Hyperlink\"/>", RunKind.TEXT);
            out.append("</w:hyperlink>");
        });
        return this;
    }

    /** An inline picture (word/media) with alt text: wp:docPr descr and title (also pic:cNvPr descr). */
    public WordDocxBuilder image(String description, String title) {
        current().inlines.add((r, out) -> {
            String target = "media/image" + (r.images + 1) + ".png";
            r.images++;
            r.parts.put("word/" + target, PNG_1X1);
            String id = r.rel("word/document.xml", REL + "image", target, false);
            r.picture(out, "r:embed=\"" + id + "\"", description, title);
        });
        return this;
    }

    /** A picture loaded from an external address (a:blip r:link, relationship TargetMode External). */
    public WordDocxBuilder externalImage(String url) {
        current().inlines.add((r, out) -> {
            String id = r.rel("word/document.xml", REL + "image", url, true);
            r.picture(out, "r:link=\"" + id + "\"", "", "");
        });
        return this;
    }

    /** An embedded OLE object (word/embeddings/oleObjectN.bin, an OLE2 "Package" holding a file of that name). */
    public WordDocxBuilder oleObject(String fileName, String content) {
        embedded.add(new Embedded("ole", fileName, content));
        int index = embedded.size();
        current().inlines.add((r, out) -> r.object(out, index, embedded.get(index - 1)));
        return this;
    }

    /** An embedded package part (word/embeddings/*.docx) shown as an icon, holding one paragraph of text. */
    public WordDocxBuilder embeddedPackage(String fileName, String content) {
        embedded.add(new Embedded("package", fileName, content));
        int index = embedded.size();
        current().inlines.add((r, out) -> r.object(out, index, embedded.get(index - 1)));
        return this;
    }

    // ------------------------------------------------------------------------------------------------ document-wide

    /** A paragraph in the default header (word/header1.xml). */
    public WordDocxBuilder header(String text) {
        headerTexts.add(text);
        return this;
    }

    /** A paragraph in the default footer (word/footer1.xml). */
    public WordDocxBuilder footer(String text) {
        footerTexts.add(text);
        return this;
    }

    /** A core or extended document property. */
    public WordDocxBuilder property(Property property, String value) {
        properties.put(property, value);
        return this;
    }

    /** A custom document property (docProps/custom.xml, vt:lpwstr). */
    public WordDocxBuilder customProperty(String name, String value) {
        customProperties.put(name, value);
        return this;
    }

    /** Adds a person to people.xml (authors of comments and revisions are added automatically). */
    public WordDocxBuilder person(String author) {
        people.add(author);
        return this;
    }

    /** Whether people.xml is written (default true, when there are people). */
    public WordDocxBuilder writePeople(boolean write) {
        this.writePeople = write;
        return this;
    }

    /** A building block in the glossary document (word/glossary/document.xml). */
    public WordDocxBuilder glossary(String name, String text) {
        glossary.put(name, text);
        return this;
    }

    /** Macro-enabled document: word/vbaProject.bin, its relationship and the macroEnabled main content type. */
    public WordDocxBuilder macros() {
        this.vbaProject = true;
        this.macroContentType = true;
        return this;
    }

    /** Only word/vbaProject.bin and its relationship, with the ordinary .docx content type (a renamed .docm). */
    public WordDocxBuilder vbaProjectOnly() {
        this.vbaProject = true;
        this.macroContentType = false;
        return this;
    }

    /** Only the macroEnabled main content type, no vbaProject part. */
    public WordDocxBuilder macroEnabledContentType() {
        this.macroContentType = true;
        return this;
    }

    /** An external attached template (settings.xml w:attachedTemplate, external relationship). */
    public WordDocxBuilder attachedTemplate(String target) {
        this.attachedTemplate = target;
        return this;
    }

    /** w:documentProtection in settings.xml, e.g. edit "readOnly" / "forms", with or without a password hash. */
    public WordDocxBuilder documentProtection(String edit, boolean withPassword) {
        this.documentProtection = edit;
        this.documentProtectionPassword = withPassword;
        return this;
    }

    /** w:writeProtection in settings.xml ("open read-only"), with or without a password hash. */
    public WordDocxBuilder writeProtection(boolean withPassword) {
        this.writeProtection = true;
        this.writeProtectionPassword = withPassword;
        return this;
    }

    /** w:trackRevisions in settings.xml. */
    public WordDocxBuilder trackRevisions() {
        this.trackRevisions = true;
        return this;
    }

    /** An extra relationship, e.g. ("word/document.xml", REL + "subDocument", "file:///x.docx", true). */
    public WordDocxBuilder relationship(String sourcePart, String type, String target, boolean external) {
        extraRelationships.add(new String[] {sourcePart, type, target, Boolean.toString(external)});
        return this;
    }

    /** An extra part, with a content type override when contentType is not null. */
    public WordDocxBuilder extraPart(String partName, String contentType, byte[] content) {
        extraParts.put(partName, content.clone());
        if (contentType != null) {
            extraContentTypes.put(partName, contentType);
        }
        return this;
    }

    /** Rewrites a generated XML part's text before it is zipped (e.g. to add a DOCTYPE). */
    public WordDocxBuilder transformPart(String partName, UnaryOperator<String> transform) {
        transforms.computeIfAbsent(partName, k -> new ArrayList<>()).add(transform);
        return this;
    }

    /** The relationship type namespace (for {@link #relationship}). */
    public static String relationshipType(String name) {
        return REL + name;
    }

    // ------------------------------------------------------------------------------------------------ build

    /** The .docx bytes. */
    public byte[] build() {
        return new Render(this).render();
    }

    // ------------------------------------------------------------------------------------------------ internals

    private int columns() {
        return switch (layout) {
            case TABLE_STACKED -> 1;
            case TABLE_THREE_COLUMNS -> 3;
            default -> 2;
        };
    }

    private String decorate(String label) {
        String text = label;
        if (labelNumbering == LabelNumbering.TEXT) {
            text = (++labelNumber) + ". " + text;
        }
        return labelColon ? text + ":" : text;
    }

    private static String tagFor(String label) {
        return label.replaceAll("[^A-Za-z0-9]", "");
    }

    private List<Para> valueParas(String value) {
        List<Para> paras = new ArrayList<>();
        for (String line : value.split("\n", -1)) {
            Para p = new Para();
            if (!line.isEmpty()) {
                p.inlines.add(text(line, ""));
            }
            paras.add(p);
        }
        return paras;
    }

    private WordDocxBuilder addPara(Para p) {
        blocks.add(p);
        current = p;
        return this;
    }

    private Para current() {
        if (current == null) {
            paragraph("");
        }
        return current;
    }

    private static Inline text(String text, String rPr) {
        return (r, out) -> r.runs(out, text, rPr, RunKind.TEXT);
    }

    enum RunKind { TEXT, DELETED, INSTRUCTION }

    /** Build-time state: random source, ids, relationships, parts. */
    static final class Render {
        final WordDocxBuilder b;
        final Random random;
        final String[] rsids;
        final Map<String, List<Rel>> rels = new LinkedHashMap<>();
        final Map<String, byte[]> parts = new LinkedHashMap<>();
        final Map<String, String> overrides = new LinkedHashMap<>();
        int images;
        int docPrId = 1;
        int bookmark;
        int shapeId = 1025;
        boolean bold;

        Render(WordDocxBuilder builder) {
            this.b = builder;
            this.random = new Random(builder.seed);
            this.rsids = new String[6];
            for (int i = 0; i < rsids.length; i++) {
                rsids[i] = String.format("00%06X", random.nextInt(0x1000000));
            }
            this.bookmark = builder.bookmarkId;
        }

        String rsid() {
            return rsids[random.nextInt(rsids.length)];
        }

        String paraId() {
            return String.format("%08X", random.nextInt() & 0x7FFFFFFF);
        }

        String rel(String source, String type, String target, boolean external) {
            List<Rel> list = rels.computeIfAbsent(source, k -> new ArrayList<>());
            String id = "rId" + (list.size() + 1);
            list.add(new Rel(id, type, target, external));
            return id;
        }

        // ---- runs

        void runs(StringBuilder out, String text, String rPr, RunKind kind) {
            StringBuilder plain = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                String special = switch (c) {
                    case '\t' -> kind == RunKind.TEXT ? "<w:tab/>" : null;
                    case '\u2028' -> "<w:br/>";
                    case '\u00AD' -> "<w:softHyphen/>";
                    case '\u2011' -> "<w:noBreakHyphen/>";
                    default -> null;
                };
                if (special == null) {
                    plain.append(c);
                } else {
                    splitText(out, plain.toString(), rPr, kind);
                    plain.setLength(0);
                    out.append("<w:r w:rsidR=\"").append(rsid()).append("\">").append(rPr(composeRPr(rPr, false)))
                            .append(special)
                            .append("</w:r>");
                }
            }
            splitText(out, plain.toString(), rPr, kind);
        }

        /** Run properties in schema order: rStyle, b/bCs (bold paragraph), the given ones, lang, rPrChange. */
        private String composeRPr(String base, boolean lang) {
            String style = "";
            String rest = base;
            if (rest.startsWith("<w:rStyle")) {
                int end = rest.indexOf("/>") + 2;
                style = rest.substring(0, end);
                rest = rest.substring(end);
            }
            String change = "";
            int changeAt = rest.indexOf("<w:rPrChange");
            if (changeAt >= 0) {
                change = rest.substring(changeAt);
                rest = rest.substring(0, changeAt);
            }
            if (bold && !rest.contains("<w:b/>")) {
                rest = "<w:b/><w:bCs/>" + rest;
            }
            return style + rest + (lang ? "<w:lang w:val=\"nl-NL\"/>" : "") + change;
        }

        private static String rPr(String rPr) {
            return rPr.isEmpty() ? "" : "<w:rPr>" + rPr + "</w:rPr>";
        }

        private void splitText(StringBuilder out, String text, String rPr, RunKind kind) {
            if (text.isEmpty()) {
                return;
            }
            List<String> pieces = new ArrayList<>();
            if (b.splitRuns && text.length() > 3) {
                int start = 0;
                while (start < text.length()) {
                    int remaining = text.length() - start;
                    int len = remaining <= 3 ? remaining : 1 + random.nextInt(Math.min(remaining, 12));
                    pieces.add(text.substring(start, start + len));
                    start += len;
                }
            } else {
                pieces.add(text);
            }
            String element = switch (kind) {
                case TEXT -> "w:t";
                case DELETED -> "w:delText";
                case INSTRUCTION -> "w:instrText";
            };
            boolean noise = b.splitRuns && kind != RunKind.INSTRUCTION;
            for (int i = 0; i < pieces.size(); i++) {
                String piece = pieces.get(i);
                boolean spell = noise && pieces.size() > 1 && random.nextInt(5) == 0;
                boolean mark = noise && pieces.size() > 1 && random.nextInt(7) == 0;
                if (spell) {
                    out.append("<w:proofErr w:type=\"spellStart\"/>");
                }
                int bm = 0;
                if (mark) {
                    bm = bookmark++;
                    out.append("<w:bookmarkStart w:id=\"").append(bm).append("\" w:name=\"_Hlk")
                            .append(100000000 + random.nextInt(899999999)).append("\"/>");
                }
                String runRPr = composeRPr(rPr, noise && random.nextInt(4) == 0);
                out.append("<w:r w:rsidR=\"").append(rsid()).append("\">").append(rPr(runRPr)).append('<')
                        .append(element);
                if (!piece.strip().equals(piece) || piece.contains("  ")) {
                    out.append(" xml:space=\"preserve\"");
                }
                out.append('>').append(esc(piece)).append("</").append(element).append("></w:r>");
                if (mark) {
                    out.append("<w:bookmarkEnd w:id=\"").append(bm).append("\"/>");
                }
                if (spell) {
                    out.append("<w:proofErr w:type=\"spellEnd\"/>");
                }
            }
        }

        /** A paragraph with plain (split) text, for notes, comments, headers. */
        String simpleParagraph(String style, String beforeText, String text) {
            StringBuilder out = new StringBuilder();
            out.append("<w:p w14:paraId=\"").append(paraId()).append("\" w14:textId=\"77777777\" w:rsidR=\"")
                    .append(rsid()).append("\" w:rsidRDefault=\"").append(rsid()).append("\">");
            if (style != null) {
                out.append("<w:pPr><w:pStyle w:val=\"").append(style).append("\"/></w:pPr>");
            }
            out.append(beforeText);
            runs(out, text, "", RunKind.TEXT);
            out.append("</w:p>");
            return out.toString();
        }

        // ---- body

        String styleId(String logical) {
            return switch (logical) {
                case "heading1" -> b.dutchStyleIds ? "Kop1" : "Heading1";
                case "heading2" -> b.dutchStyleIds ? "Kop2" : "Heading2";
                case "title" -> b.dutchStyleIds ? "Titel" : "Title";
                default -> logical;
            };
        }

        void para(StringBuilder out, Para p) {
            String rsid = rsid();
            out.append("<w:p w14:paraId=\"").append(paraId()).append("\" w14:textId=\"").append(paraId())
                    .append("\" w:rsidR=\"").append(rsid).append("\" w:rsidRDefault=\"").append(rsid)
                    .append("\" w:rsidP=\"").append(rsid()).append("\">");
            StringBuilder pPr = new StringBuilder();
            if (p.style != null) {
                pPr.append("<w:pStyle w:val=\"").append(styleId(p.style)).append("\"/>");
            }
            if (p.numbered) {
                pPr.append("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>");
            }
            if (p.insertedMarkAuthor != null) {
                pPr.append("<w:rPr><w:ins w:id=\"").append(b.revisionId + 5000 + random.nextInt(1000))
                        .append("\" w:author=\"").append(esc(p.insertedMarkAuthor)).append("\" w:date=\"")
                        .append(DATE).append("\"/></w:rPr>");
            }
            if (p.formatChangeAuthor != null) {
                pPr.append("<w:pPrChange w:id=\"").append(b.revisionId + 7000 + random.nextInt(1000))
                        .append("\" w:author=\"").append(esc(p.formatChangeAuthor)).append("\" w:date=\"")
                        .append(DATE).append("\"><w:pPr><w:jc w:val=\"left\"/></w:pPr></w:pPrChange>");
            }
            if (pPr.length() > 0) {
                out.append("<w:pPr>").append(pPr).append("</w:pPr>");
            }
            for (Inline inline : p.prefix) {
                inline.render(this, out);
            }
            boolean wasBold = bold;
            bold = p.bold;
            for (Inline inline : p.inlines) {
                inline.render(this, out);
            }
            bold = wasBold;
            out.append("</w:p>");
        }

        void sdt(StringBuilder out, Sdt sdt) {
            out.append("<w:sdt><w:sdtPr><w:alias w:val=\"").append(esc(sdt.alias())).append("\"/><w:tag w:val=\"")
                    .append(esc(sdt.tag())).append("\"/><w:id w:val=\"").append(random.nextInt())
                    .append("\"/></w:sdtPr><w:sdtContent>");
            for (Para p : sdt.paras()) {
                para(out, p);
            }
            out.append("</w:sdtContent></w:sdt>");
        }

        void table(StringBuilder out, Table t) {
            int total = 9062;
            int[] widths = switch (t.columns) {
                case 1 -> new int[] {total};
                case 3 -> new int[] {2800, 4262, 2000};
                default -> new int[] {3020, 6042};
            };
            out.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/>")
                    .append("<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\"")
                    .append(" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>");
            for (int w : widths) {
                out.append("<w:gridCol w:w=\"").append(w).append("\"/>");
            }
            out.append("</w:tblGrid>");
            for (int rowIndex = 0; rowIndex < t.rows.size(); rowIndex++) {
                List<Cell> row = t.rows.get(rowIndex);
                out.append("<w:tr w:rsidR=\"").append(rsid()).append("\" w14:paraId=\"").append(paraId())
                        .append("\" w14:textId=\"").append(paraId()).append("\">");
                String deletedBy = t.deletedRows.get(rowIndex);
                if (deletedBy != null) {
                    out.append("<w:trPr><w:del w:id=\"").append(9000 + rowIndex).append("\" w:author=\"")
                            .append(esc(deletedBy)).append("\" w:date=\"").append(DATE).append("\"/></w:trPr>");
                }
                int col = 0;
                for (Cell cell : row) {
                    int width = 0;
                    for (int i = 0; i < cell.span && col + i < widths.length; i++) {
                        width += widths[col + i];
                    }
                    col += cell.span;
                    out.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/>");
                    if (cell.span > 1) {
                        out.append("<w:gridSpan w:val=\"").append(cell.span).append("\"/>");
                    }
                    if (cell.shaded) {
                        out.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9E2F3\"/>");
                    }
                    out.append("</w:tcPr>");
                    if (cell.content.isEmpty()) {
                        para(out, new Para());
                    }
                    for (Object o : cell.content) {
                        if (o instanceof Para p) {
                            para(out, p);
                        } else {
                            sdt(out, (Sdt) o);
                        }
                    }
                    out.append("</w:tc>");
                }
                out.append("</w:tr>");
            }
            out.append("</w:tbl>");
        }

        void picture(StringBuilder out, String blipRef, String description, String title) {
            int id = docPrId++;
            String name = "Afbeelding " + id;
            out.append("<w:r><w:rPr><w:noProof/></w:rPr><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\"")
                    .append(" distR=\"0\" wp14:anchorId=\"").append(paraId()).append("\" wp14:editId=\"")
                    .append(paraId()).append("\"><wp:extent cx=\"952500\" cy=\"952500\"/>")
                    .append("<wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:docPr id=\"").append(id)
                    .append("\" name=\"").append(name).append('"');
            if (!description.isEmpty()) {
                out.append(" descr=\"").append(esc(description)).append('"');
            }
            if (!title.isEmpty()) {
                out.append(" title=\"").append(esc(title)).append('"');
            }
            out.append("/><wp:cNvGraphicFramePr><a:graphicFrameLocks")
                    .append(" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" noChangeAspect=\"1\"/>")
                    .append("</wp:cNvGraphicFramePr><a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">")
                    .append("<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">")
                    .append("<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">")
                    .append("<pic:nvPicPr><pic:cNvPr id=\"").append(id).append("\" name=\"").append(name).append('"');
            if (!description.isEmpty()) {
                out.append(" descr=\"").append(esc(description)).append('"');
            }
            out.append("/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip ").append(blipRef)
                    .append("/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm>")
                    .append("<a:off x=\"0\" y=\"0\"/><a:ext cx=\"952500\" cy=\"952500\"/></a:xfrm>")
                    .append("<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData>")
                    .append("</a:graphic></wp:inline></w:drawing></w:r>");
        }

        void textBox(StringBuilder out, String text) {
            String inner = simpleParagraph(null, "", text);
            int id = docPrId++;
            int shape = shapeId++;
            out.append("<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>")
                    .append("<wp:anchor distT=\"45720\" distB=\"45720\" distL=\"114300\" distR=\"114300\"")
                    .append(" simplePos=\"0\" relativeHeight=\"251659264\" behindDoc=\"0\" locked=\"0\"")
                    .append(" layoutInCell=\"1\" allowOverlap=\"1\" wp14:anchorId=\"").append(paraId())
                    .append("\" wp14:editId=\"").append(paraId()).append("\"><wp:simplePos x=\"0\" y=\"0\"/>")
                    .append("<wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH>")
                    .append("<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>")
                    .append("<wp:extent cx=\"2360930\" cy=\"1404620\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"22860\"")
                    .append(" b=\"11430\"/><wp:wrapSquare wrapText=\"bothSides\"/><wp:docPr id=\"").append(id)
                    .append("\" name=\"Tekstvak ").append(id).append("\"/><wp:cNvGraphicFramePr>")
                    .append("<a:graphicFrameLocks xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"/>")
                    .append("</wp:cNvGraphicFramePr><a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">")
                    .append("<a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">")
                    .append("<wps:wsp><wps:cNvSpPr txBox=\"1\"><a:spLocks noChangeArrowheads=\"1\"/></wps:cNvSpPr>")
                    .append("<wps:spPr bwMode=\"auto\"><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"2360930\"")
                    .append(" cy=\"1404620\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>")
                    .append("<a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill><a:ln w=\"9525\"><a:solidFill>")
                    .append("<a:srgbClr val=\"000000\"/></a:solidFill><a:miter lim=\"800000\"/><a:headEnd/><a:tailEnd/>")
                    .append("</a:ln></wps:spPr><wps:txbx><w:txbxContent>").append(inner)
                    .append("</w:txbxContent></wps:txbx><wps:bodyPr rot=\"0\" vert=\"horz\" wrap=\"square\"")
                    .append(" lIns=\"91440\" tIns=\"45720\" rIns=\"91440\" bIns=\"45720\" anchor=\"t\" anchorCtr=\"0\">")
                    .append("<a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>")
                    .append("</mc:Choice><mc:Fallback><w:pict><v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\"")
                    .append(" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/>")
                    .append("<v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype><v:shape id=\"Tekstvak ")
                    .append(id).append("\" o:spid=\"_x0000_s").append(shape).append("\" type=\"#_x0000_t202\"")
                    .append(" style=\"position:absolute;margin-left:0;margin-top:0;width:185.9pt;height:110.6pt;")
                    .append("z-index:251659264;mso-wrap-style:square\"><v:textbox style=\"mso-fit-shape-to-text:t\">")
                    .append("<w:txbxContent>").append(inner).append("</w:txbxContent></v:textbox></v:shape></w:pict>")
                    .append("</mc:Fallback></mc:AlternateContent></w:r>");
        }

        void object(StringBuilder out, int index, Embedded e) {
            String imageTarget = "media/image" + (++images) + ".png";
            parts.put("word/" + imageTarget, PNG_1X1);
            String imageId = rel("word/document.xml", REL + "image", imageTarget, false);
            String objectId;
            String progId;
            if (e.kind().equals("ole")) {
                String target = "embeddings/oleObject" + index + ".bin";
                parts.put("word/" + target, oleBytes(e));
                objectId = rel("word/document.xml", REL + "oleObject", target, false);
                progId = "Package";
            } else {
                String target = "embeddings/" + e.fileName();
                parts.put("word/" + target, WordDocxBuilder.card().seed(index).splitRuns(false)
                        .paragraph(e.text()).build());
                objectId = rel("word/document.xml", REL + "package", target, false);
                progId = "Word.Document.12";
            }
            int shape = shapeId++;
            out.append("<w:r><w:object w:dxaOrig=\"1531\" w:dyaOrig=\"990\"><v:shapetype id=\"_x0000_t75\"")
                    .append(" coordsize=\"21600,21600\" o:spt=\"75\" o:preferrelative=\"t\" path=\"m@4@5l@4@11@9@11@9@5xe\"")
                    .append(" filled=\"f\" stroked=\"f\"><v:stroke joinstyle=\"miter\"/><v:path o:extrusionok=\"f\"")
                    .append(" gradientshapeok=\"t\" o:connecttype=\"rect\"/><o:lock v:ext=\"edit\" aspectratio=\"t\"/>")
                    .append("</v:shapetype><v:shape id=\"_x0000_i").append(shape).append("\" type=\"#_x0000_t75\"")
                    .append(" style=\"width:76.5pt;height:49.5pt\" o:ole=\"\"><v:imagedata r:id=\"").append(imageId)
                    .append("\" o:title=\"\"/></v:shape><o:OLEObject Type=\"Embed\" ProgID=\"").append(progId)
                    .append("\" ShapeID=\"_x0000_i").append(shape).append("\" DrawAspect=\"Icon\" ObjectID=\"_17900000")
                    .append(10 + index).append("\" r:id=\"").append(objectId).append("\"/></w:object></w:r>");
        }

        static byte[] oleBytes(Embedded e) {
            try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                Ole10Native ole = new Ole10Native(e.fileName(), e.fileName(), "C:\\Temp\\" + e.fileName(),
                        e.text().getBytes(StandardCharsets.UTF_8));
                ByteArrayOutputStream nativeBytes = new ByteArrayOutputStream();
                ole.writeOut(nativeBytes);
                DirectoryEntry root = fs.getRoot();
                root.createDocument(Ole10Native.OLE10_NATIVE, new java.io.ByteArrayInputStream(nativeBytes.toByteArray()));
                fs.writeFilesystem(out);
                return out.toByteArray();
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }

        static byte[] vbaBytes() {
            try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                DirectoryEntry vba = fs.getRoot().createDirectory("VBA");
                vba.createDocument("dir", new java.io.ByteArrayInputStream(new byte[] {1, 2, 3, 4}));
                vba.createDocument("ThisDocument", new java.io.ByteArrayInputStream(
                        "Sub AutoOpen()\r\nEnd Sub\r\n".getBytes(StandardCharsets.US_ASCII)));
                fs.getRoot().createDocument("PROJECT", new java.io.ByteArrayInputStream(
                        "ID=\"{00000000-0000-0000-0000-000000000000}\"\r\n".getBytes(StandardCharsets.US_ASCII)));
                fs.writeFilesystem(out);
                return out.toByteArray();
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }

        // ---- whole package

        byte[] render() {
            String docPart = "word/document.xml";
            rel(docPart, REL + "styles", "styles.xml", false);
            rel(docPart, REL + "settings", "settings.xml", false);
            rel(docPart, REL + "webSettings", "webSettings.xml", false);
            rel(docPart, REL + "fontTable", "fontTable.xml", false);
            overrides.put("/word/styles.xml", CT_WML + "styles+xml");
            overrides.put("/word/settings.xml", CT_WML + "settings+xml");
            overrides.put("/word/webSettings.xml", CT_WML + "webSettings+xml");
            overrides.put("/word/fontTable.xml", CT_WML + "fontTable+xml");

            // body
            StringBuilder body = new StringBuilder();
            List<Object> blocks = b.blocks;
            for (int i = 0; i < blocks.size(); i++) {
                Object block = blocks.get(i);
                if (block instanceof Para p) {
                    para(body, p);
                } else if (block instanceof Sdt s) {
                    sdt(body, s);
                } else {
                    table(body, (Table) block);
                    if (i + 1 == blocks.size() || blocks.get(i + 1) instanceof Table) {
                        para(body, new Para());
                    }
                }
            }
            if (blocks.isEmpty()) {
                para(body, new Para());
            }
            StringBuilder sectPr = new StringBuilder("<w:sectPr w:rsidR=\"" + rsids[0] + "\">");
            if (!b.headerTexts.isEmpty()) {
                String id = rel(docPart, REL + "header", "header1.xml", false);
                sectPr.append("<w:headerReference w:type=\"default\" r:id=\"").append(id).append("\"/>");
                parts.put("word/header1.xml", xml("<w:hdr" + Xml.WORD_NAMESPACES + ">"
                        + paragraphs("Header", b.headerTexts) + "</w:hdr>"));
                overrides.put("/word/header1.xml", CT_WML + "header+xml");
            }
            if (!b.footerTexts.isEmpty()) {
                String id = rel(docPart, REL + "footer", "footer1.xml", false);
                sectPr.append("<w:footerReference w:type=\"default\" r:id=\"").append(id).append("\"/>");
                parts.put("word/footer1.xml", xml("<w:ftr" + Xml.WORD_NAMESPACES + ">"
                        + paragraphs("Footer", b.footerTexts) + "</w:ftr>"));
                overrides.put("/word/footer1.xml", CT_WML + "footer+xml");
            }
            sectPr.append("<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1417\" w:right=\"1417\"")
                    .append(" w:bottom=\"1417\" w:left=\"1417\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/>")
                    .append("<w:cols w:space=\"708\"/><w:docGrid w:linePitch=\"360\"/></w:sectPr>");
            String document = "<w:document" + Xml.WORD_NAMESPACES + "><w:body>" + body + sectPr
                    + "</w:body></w:document>";

            notes("footnote", b.footnotes);
            notes("endnote", b.endnotes);
            comments();
            if (b.labelNumbering == LabelNumbering.WORD_LIST) {
                rel(docPart, REL + "numbering", "numbering.xml", false);
                overrides.put("/word/numbering.xml", CT_WML + "numbering+xml");
                parts.put("word/numbering.xml", xml(numbering()));
            }
            if (b.writePeople && !b.people.isEmpty()) {
                rel(docPart, REL_MS + "people", "people.xml", false);
                overrides.put("/word/people.xml", CT_WML + "people+xml");
                parts.put("word/people.xml", xml(people()));
            }
            if (!b.glossary.isEmpty()) {
                rel(docPart, REL + "glossaryDocument", "glossary/document.xml", false);
                overrides.put("/word/glossary/document.xml", CT_WML + "document.glossary+xml");
                parts.put("word/glossary/document.xml", xml(glossary()));
            }
            if (b.vbaProject) {
                rel(docPart, "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin",
                        false);
                parts.put("word/vbaProject.bin", vbaBytes());
                overrides.put("/word/vbaProject.bin", "application/vnd.ms-office.vbaProject");
            }
            overrides.put("/word/document.xml", b.macroContentType ? CT_MACRO_MAIN : CT_MAIN);
            parts.put(docPart, xml(document));
            parts.put("word/styles.xml", xml(styles()));
            parts.put("word/settings.xml", xml(settings()));
            parts.put("word/webSettings.xml", xml("<w:webSettings xmlns:w=\"" + NS_W + "\"><w:optimizeForBrowser/>"
                    + "<w:allowPNG/></w:webSettings>"));
            parts.put("word/fontTable.xml", xml("<w:fonts xmlns:w=\"" + NS_W + "\"><w:font w:name=\"Calibri\">"
                    + "<w:panose1 w:val=\"020F0502020204030204\"/><w:charset w:val=\"00\"/><w:family w:val=\"swiss\"/>"
                    + "<w:pitch w:val=\"variable\"/></w:font></w:fonts>"));

            // properties
            rel("", REL + "officeDocument", "word/document.xml", false);
            rel("", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                    "docProps/core.xml", false);
            rel("", REL + "extended-properties", "docProps/app.xml", false);
            overrides.put("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
            overrides.put("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
            parts.put("docProps/core.xml", xml(core()));
            parts.put("docProps/app.xml", xml(app()));
            if (!b.customProperties.isEmpty()) {
                rel("", REL + "custom-properties", "docProps/custom.xml", false);
                overrides.put("/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml");
                parts.put("docProps/custom.xml", xml(custom()));
            }
            for (String[] extra : b.extraRelationships) {
                rel(extra[0], extra[1], extra[2], Boolean.parseBoolean(extra[3]));
            }
            for (Map.Entry<String, String> e : b.extraContentTypes.entrySet()) {
                overrides.put("/" + e.getKey(), e.getValue());
            }
            return zip();
        }

        private String paragraphs(String style, List<String> texts) {
            StringBuilder out = new StringBuilder();
            for (String text : texts) {
                out.append(simpleParagraph(style, "", text));
            }
            return out.toString();
        }

        private void notes(String kind, List<String> texts) {
            if (texts.isEmpty()) {
                return;
            }
            String plural = kind + "s";
            String ref = kind.equals("footnote") ? "FootnoteReference" : "EndnoteReference";
            String style = kind.equals("footnote") ? "FootnoteText" : "EndnoteText";
            StringBuilder out = new StringBuilder("<w:" + plural + Xml.WORD_NAMESPACES + ">");
            out.append("<w:").append(kind).append(" w:type=\"separator\" w:id=\"-1\"><w:p><w:pPr><w:spacing")
                    .append(" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:separator/></w:r>")
                    .append("</w:p></w:").append(kind).append('>');
            out.append("<w:").append(kind).append(" w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:pPr>")
                    .append("<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r>")
                    .append("<w:continuationSeparator/></w:r></w:p></w:").append(kind).append('>');
            for (int i = 0; i < texts.size(); i++) {
                out.append("<w:").append(kind).append(" w:id=\"").append(i + 1).append("\">")
                        .append(simpleParagraph(style, "<w:r><w:rPr><w:rStyle w:val=\"" + ref + "\"/></w:rPr><w:"
                                + kind + "Ref/></w:r><w:r><w:t xml:space=\"preserve\"> </w:t></w:r>", texts.get(i)))
                        .append("</w:").append(kind).append('>');
            }
            out.append("</w:").append(plural).append('>');
            rel("word/document.xml", REL + plural, plural + ".xml", false);
            overrides.put("/word/" + plural + ".xml", CT_WML + plural + "+xml");
            parts.put("word/" + plural + ".xml", xml(out.toString()));
        }

        private void comments() {
            if (b.comments.isEmpty()) {
                return;
            }
            StringBuilder out = new StringBuilder("<w:comments" + Xml.WORD_NAMESPACES + ">");
            StringBuilder ex = new StringBuilder("<w15:commentsEx xmlns:mc=\"http://schemas.openxmlformats.org/"
                    + "markup-compatibility/2006\" xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\""
                    + " mc:Ignorable=\"w15\">");
            for (Comment c : b.comments) {
                String paragraph = simpleParagraph("CommentText", "<w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/>"
                        + "</w:rPr><w:annotationRef/></w:r>", c.text());
                String paraId = paragraph.substring(paragraph.indexOf("w14:paraId=\"") + 12,
                        paragraph.indexOf("w14:paraId=\"") + 20);
                out.append("<w:comment w:id=\"").append(c.id()).append("\" w:author=\"").append(esc(c.author()))
                        .append("\" w:date=\"").append(DATE).append("\" w:initials=\"").append(esc(c.initials()))
                        .append("\">").append(paragraph).append("</w:comment>");
                ex.append("<w15:commentEx w15:paraId=\"").append(paraId).append("\" w15:done=\"0\"/>");
            }
            out.append("</w:comments>");
            ex.append("</w15:commentsEx>");
            rel("word/document.xml", REL + "comments", "comments.xml", false);
            rel("word/document.xml", REL_MS + "commentsExtended", "commentsExtended.xml", false);
            overrides.put("/word/comments.xml", CT_WML + "comments+xml");
            overrides.put("/word/commentsExtended.xml", CT_WML + "commentsExtended+xml");
            parts.put("word/comments.xml", xml(out.toString()));
            parts.put("word/commentsExtended.xml", xml(ex.toString()));
        }

        private String people() {
            StringBuilder out = new StringBuilder("<w15:people xmlns:mc=\"http://schemas.openxmlformats.org/"
                    + "markup-compatibility/2006\" xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\""
                    + " mc:Ignorable=\"w15\">");
            for (String person : b.people) {
                out.append("<w15:person w15:author=\"").append(esc(person)).append("\"><w15:presenceInfo")
                        .append(" w15:providerId=\"None\" w15:userId=\"").append(esc(person)).append("\"/></w15:person>");
            }
            return out.append("</w15:people>").toString();
        }

        private String glossary() {
            StringBuilder out = new StringBuilder("<w:glossaryDocument" + Xml.WORD_NAMESPACES + "><w:docParts>");
            for (Map.Entry<String, String> e : b.glossary.entrySet()) {
                out.append("<w:docPart><w:docPartPr><w:name w:val=\"").append(esc(e.getKey())).append("\"/>")
                        .append("<w:category><w:name w:val=\"Algemeen\"/><w:gallery w:val=\"placeholder\"/>")
                        .append("</w:category><w:types><w:type w:val=\"bbPlcHdr\"/></w:types><w:behaviors>")
                        .append("<w:behavior w:val=\"content\"/></w:behaviors><w:guid w:val=\"{")
                        .append(new java.util.UUID(random.nextLong(), random.nextLong()).toString().toUpperCase())
                        .append("}\"/></w:docPartPr><w:docPartBody>").append(simpleParagraph(null, "", e.getValue()))
                        .append("</w:docPartBody></w:docPart>");
            }
            return out.append("</w:docParts></w:glossaryDocument>").toString();
        }

        private String numbering() {
            return "<w:numbering" + Xml.WORD_NAMESPACES + "><w:abstractNum w:abstractNumId=\"0\""
                    + " w15:restartNumberingAfterBreak=\"0\"><w:nsid w:val=\"1A2B3C4D\"/><w:multiLevelType"
                    + " w:val=\"hybridMultilevel\"/><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt"
                    + " w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind"
                    + " w:left=\"360\" w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId=\"1\">"
                    + "<w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
        }

        private String styles() {
            StringBuilder out = new StringBuilder("<w:styles" + Xml.WORD_NAMESPACES + ">");
            out.append("<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme=\"minorHAnsi\"")
                    .append(" w:hAnsiTheme=\"minorHAnsi\"/><w:sz w:val=\"22\"/><w:lang w:val=\"nl-NL\"/></w:rPr>")
                    .append("</w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"160\" w:line=\"259\"")
                    .append(" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>");
            out.append("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>")
                    .append("<w:qFormat/></w:style>");
            heading(out, styleId("heading1"), "heading 1", 0, 32);
            heading(out, styleId("heading2"), "heading 2", 1, 26);
            out.append("<w:style w:type=\"paragraph\" w:styleId=\"").append(styleId("title"))
                    .append("\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>")
                    .append("<w:qFormat/><w:rPr><w:sz w:val=\"56\"/></w:rPr></w:style>");
            simpleStyle(out, "paragraph", "Header", "header");
            simpleStyle(out, "paragraph", "Footer", "footer");
            simpleStyle(out, "paragraph", "FootnoteText", "footnote text");
            simpleStyle(out, "paragraph", "EndnoteText", "endnote text");
            simpleStyle(out, "paragraph", "CommentText", "annotation text");
            out.append("<w:style w:type=\"character\" w:styleId=\"FootnoteReference\"><w:name w:val=\"footnote")
                    .append(" reference\"/><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>");
            out.append("<w:style w:type=\"character\" w:styleId=\"EndnoteReference\"><w:name w:val=\"endnote")
                    .append(" reference\"/><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>");
            simpleStyle(out, "character", "CommentReference", "annotation reference");
            out.append("<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/>")
                    .append("<w:rPr><w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/></w:rPr></w:style>");
            out.append("<w:style w:type=\"character\" w:styleId=\"PlaceholderText\"><w:name w:val=\"Placeholder")
                    .append(" Text\"/><w:rPr><w:color w:val=\"808080\"/></w:rPr></w:style>");
            out.append("<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>")
                    .append("<w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>")
                    .append("<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:bottom")
                    .append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:right w:val=\"single\"")
                    .append(" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:insideH w:val=\"single\" w:sz=\"4\"")
                    .append(" w:space=\"0\" w:color=\"auto\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\"")
                    .append(" w:color=\"auto\"/></w:tblBorders></w:tblPr></w:style>");
            return out.append("</w:styles>").toString();
        }

        private static void heading(StringBuilder out, String id, String name, int level, int size) {
            out.append("<w:style w:type=\"paragraph\" w:styleId=\"").append(id).append("\"><w:name w:val=\"")
                    .append(name).append("\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority")
                    .append(" w:val=\"9\"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before=\"240\"/>")
                    .append("<w:outlineLvl w:val=\"").append(level).append("\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"")
                    .append(size).append("\"/></w:rPr></w:style>");
        }

        private static void simpleStyle(StringBuilder out, String type, String id, String name) {
            out.append("<w:style w:type=\"").append(type).append("\" w:styleId=\"").append(id)
                    .append("\"><w:name w:val=\"").append(name).append("\"/></w:style>");
        }

        private String settings() {
            StringBuilder out = new StringBuilder("<w:settings" + Xml.WORD_NAMESPACES + ">");
            if (b.writeProtection) {
                out.append("<w:writeProtection w:recommended=\"1\"");
                if (b.writeProtectionPassword) {
                    out.append(passwordHash());
                }
                out.append("/>");
            }
            out.append("<w:zoom w:percent=\"100\"/><w:proofState w:spelling=\"clean\" w:grammar=\"clean\"/>");
            if (b.attachedTemplate != null) {
                String id = rel("word/settings.xml", REL + "attachedTemplate", b.attachedTemplate, true);
                out.append("<w:attachedTemplate r:id=\"").append(id).append("\"/>");
            }
            out.append("<w:defaultTabStop w:val=\"708\"/>");
            if (b.trackRevisions) {
                out.append("<w:trackRevisions/>");
            }
            if (b.documentProtection != null) {
                out.append("<w:documentProtection w:edit=\"").append(esc(b.documentProtection))
                        .append("\" w:enforcement=\"1\"");
                if (b.documentProtectionPassword) {
                    out.append(passwordHash());
                }
                out.append("/>");
            }
            out.append("<w:hyphenationZone w:val=\"425\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>");
            if (!b.footnotes.isEmpty()) {
                out.append("<w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>");
            }
            if (!b.endnotes.isEmpty()) {
                out.append("<w:endnotePr><w:endnote w:id=\"-1\"/><w:endnote w:id=\"0\"/></w:endnotePr>");
            }
            out.append("<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/")
                    .append("office/word\" w:val=\"15\"/></w:compat><w:rsids><w:rsidRoot w:val=\"").append(rsids[0])
                    .append("\"/>");
            for (String rsid : rsids) {
                out.append("<w:rsid w:val=\"").append(rsid).append("\"/>");
            }
            out.append("</w:rsids><w:themeFontLang w:val=\"nl-NL\"/><w:decimalSymbol w:val=\",\"/>")
                    .append("<w:listSeparator w:val=\";\"/><w14:docId w14:val=\"").append(paraId())
                    .append("\"/><w15:docId w15:val=\"{").append(new java.util.UUID(random.nextLong(),
                            random.nextLong()).toString().toUpperCase()).append("}\"/>");
            return out.append("</w:settings>").toString();
        }

        private static String passwordHash() {
            return " w:cryptProviderType=\"rsaAES\" w:cryptAlgorithmClass=\"hash\" w:cryptAlgorithmType=\"typeAny\""
                    + " w:cryptAlgorithmSid=\"14\" w:cryptSpinCount=\"100000\""
                    + " w:hash=\"x5Y0ohXDXq8Zb5WLvG6p0b1QHUwq4k7JEnOQ3rrBDrNz2AzFH6vYqKk5XjUE2cW7s6yaHhbaMpmIzKvVR47d1Q==\""
                    + " w:salt=\"8Jt7ihyqGn0cKqf8qSBRJw==\"";
        }

        private String core() {
            StringBuilder out = new StringBuilder("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/"
                    + "package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                    + " xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\""
                    + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
            for (Map.Entry<Property, String> e : b.properties.entrySet()) {
                if (e.getKey().isCore()) {
                    String el = e.getKey().element();
                    out.append('<').append(el).append('>').append(esc(e.getValue())).append("</").append(el).append('>');
                }
            }
            out.append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-10-12T09:14:00Z</dcterms:created>")
                    .append("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">").append(DATE).append("</dcterms:modified>");
            return out.append("</cp:coreProperties>").toString();
        }

        private String app() {
            StringBuilder out = new StringBuilder("<Properties xmlns=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/extended-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/docPropsVTypes\">");
            out.append("<Template>").append(esc(b.properties.getOrDefault(Property.TEMPLATE, "Normal.dotm")))
                    .append("</Template><TotalTime>12</TotalTime><Pages>2</Pages><Words>412</Words>")
                    .append("<Characters>2270</Characters><Application>Microsoft Office Word</Application>")
                    .append("<DocSecurity>0</DocSecurity><Lines>18</Lines><Paragraphs>5</Paragraphs>")
                    .append("<ScaleCrop>false</ScaleCrop>");
            String title = b.properties.get(Property.TITLE);
            if (title != null) {
                out.append("<HeadingPairs><vt:vector size=\"2\" baseType=\"variant\"><vt:variant><vt:lpstr>Titel")
                        .append("</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector>")
                        .append("</HeadingPairs><TitlesOfParts><vt:vector size=\"1\" baseType=\"lpstr\"><vt:lpstr>")
                        .append(esc(title)).append("</vt:lpstr></vt:vector></TitlesOfParts>");
            }
            if (b.properties.containsKey(Property.MANAGER)) {
                out.append("<Manager>").append(esc(b.properties.get(Property.MANAGER))).append("</Manager>");
            }
            if (b.properties.containsKey(Property.COMPANY)) {
                out.append("<Company>").append(esc(b.properties.get(Property.COMPANY))).append("</Company>");
            }
            out.append("<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>2678</CharactersWithSpaces>")
                    .append("<SharedDoc>false</SharedDoc>");
            if (b.properties.containsKey(Property.HYPERLINK_BASE)) {
                out.append("<HyperlinkBase>").append(esc(b.properties.get(Property.HYPERLINK_BASE)))
                        .append("</HyperlinkBase>");
            }
            out.append("<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>");
            return out.append("</Properties>").toString();
        }

        private String custom() {
            StringBuilder out = new StringBuilder("<Properties xmlns=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/custom-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/docPropsVTypes\">");
            int pid = 2;
            for (Map.Entry<String, String> e : b.customProperties.entrySet()) {
                out.append("<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"").append(pid++)
                        .append("\" name=\"").append(esc(e.getKey())).append("\"><vt:lpwstr>")
                        .append(esc(e.getValue())).append("</vt:lpwstr></property>");
            }
            return out.append("</Properties>").toString();
        }

        private static byte[] xml(String text) {
            return (Xml.DECLARATION + text).getBytes(StandardCharsets.UTF_8);
        }

        private byte[] relsXml(List<Rel> list) {
            StringBuilder out = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
                    + "2006/relationships\">");
            for (Rel rel : list) {
                out.append("<Relationship Id=\"").append(rel.id()).append("\" Type=\"").append(rel.type())
                        .append("\" Target=\"").append(esc(rel.target())).append('"');
                if (rel.external()) {
                    out.append(" TargetMode=\"External\"");
                }
                out.append("/>");
            }
            return xml(out.append("</Relationships>").toString());
        }

        private byte[] contentTypes() {
            StringBuilder out = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\">");
            out.append("<Default Extension=\"png\" ContentType=\"image/png\"/>")
                    .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.")
                    .append("relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                    .append("<Default Extension=\"bin\" ContentType=\"application/vnd.openxmlformats-officedocument.")
                    .append("oleObject\"/><Default Extension=\"docx\" ContentType=\"application/vnd.openxmlformats-")
                    .append("officedocument.wordprocessingml.document\"/>");
            for (Map.Entry<String, String> e : overrides.entrySet()) {
                out.append("<Override PartName=\"").append(esc(e.getKey())).append("\" ContentType=\"")
                        .append(esc(e.getValue())).append("\"/>");
            }
            return xml(out.append("</Types>").toString());
        }

        private byte[] zip() {
            Map<String, byte[]> all = new LinkedHashMap<>();
            all.put("[Content_Types].xml", contentTypes());
            all.put("_rels/.rels", relsXml(rels.get("")));
            for (Map.Entry<String, List<Rel>> e : rels.entrySet()) {
                String source = e.getKey();
                if (source.isEmpty()) {
                    continue;
                }
                int slash = source.lastIndexOf('/');
                all.put(source.substring(0, slash + 1) + "_rels/" + source.substring(slash + 1) + ".rels",
                        relsXml(e.getValue()));
            }
            all.putAll(parts);
            all.putAll(b.extraParts);
            for (Map.Entry<String, List<UnaryOperator<String>>> t : b.transforms.entrySet()) {
                byte[] content = all.get(t.getKey());
                if (content == null) {
                    throw new IllegalStateException("no part " + t.getKey() + " to transform");
                }
                String text = new String(content, StandardCharsets.UTF_8);
                for (UnaryOperator<String> f : t.getValue()) {
                    text = f.apply(text);
                }
                all.put(t.getKey(), text.getBytes(StandardCharsets.UTF_8));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (Map.Entry<String, byte[]> e : all.entrySet()) {
                    ZipEntry entry = new ZipEntry(e.getKey());
                    entry.setTime(1_790_000_000_000L);
                    zip.putNextEntry(entry);
                    zip.write(e.getValue());
                    zip.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }
    }
}
