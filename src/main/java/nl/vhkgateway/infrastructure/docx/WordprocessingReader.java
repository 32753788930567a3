package nl.vhkgateway.infrastructure.docx;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.screening.Category;

/**
 * Reads one WordprocessingML part (the main document, a header or footer, footnotes, endnotes, comments or the
 * glossary) in a single StAX pass. Runs are joined per paragraph; w:tab, w:br, w:sym and hyphens become text.
 * Besides each paragraph's visible text (insertions included, as accepted) it emits separate segments for tracked
 * insertions and deletions, hidden text, field codes, content-control contents and properties, hyperlink targets,
 * alt text, text boxes (mc:Choice and mc:Fallback deduplicated), revision and comment authors, bookmarks and
 * embedded objects. In the main document it feeds top-level paragraphs and table rows to {@link CardStructure}.
 * Not thread-safe: one per part read.
 */
final class WordprocessingReader {

    /** Which kind of part is read. */
    enum Kind {
        BODY(DocumentPart.BODY), HEADER(DocumentPart.HEADER), FOOTER(DocumentPart.FOOTER),
        FOOTNOTES(DocumentPart.FOOTNOTE), ENDNOTES(DocumentPart.ENDNOTE), COMMENTS(DocumentPart.COMMENT),
        GLOSSARY(DocumentPart.GLOSSARY);

        final DocumentPart part;

        Kind(DocumentPart part) {
            this.part = part;
        }
    }

    private static final String DRAWINGML = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math";
    private static final Pattern DEFAULT_SHAPE_NAME = Pattern.compile("[\\p{L} ]{1,40} \\d{1,6}");
    private static final Pattern DEFAULT_MEDIA_NAME = Pattern.compile("(?i)(?:image|media|picture)\\d*\\.[a-z0-9]{2,5}");

    // element codes
    private static final byte OTHER = 0;
    private static final byte P = 1;
    private static final byte PPR = 2;
    private static final byte R = 3;
    private static final byte RPR = 4;
    private static final byte INS = 5;
    private static final byte DEL = 6;
    private static final byte CHANGE = 7;
    private static final byte TBL = 8;
    private static final byte TR = 9;
    private static final byte TC = 10;
    private static final byte TCPR = 11;
    private static final byte SDT = 12;
    private static final byte SDT_PR = 13;
    private static final byte SDT_CONTENT = 14;
    private static final byte TXBX = 15;
    private static final byte AC = 16;
    private static final byte CHOICE = 17;
    private static final byte FALLBACK = 18;
    private static final byte DRAWING = 19;
    private static final byte NOTE = 20;
    private static final byte SKIP = 21;
    private static final byte FFDATA = 22;
    private static final byte DOC_PART_PR = 23;

    private static final class Para {
        final StringBuilder main = new StringBuilder();
        final StringBuilder value = new StringBuilder();
        StringBuilder inserted;
        StringBuilder deleted;
        StringBuilder hidden;
        String style;
        boolean numbered;
        boolean outline;
        boolean hasText;
        boolean allBold = true;
        boolean boldPrefixOpen = true;
        int boldPrefix;
        int level;
        boolean topLevelBody;
        ReadContext.Holder holder;
        DocumentPart part;
        String detail;

        StringBuilder inserted() {
            return inserted == null ? inserted = new StringBuilder() : inserted;
        }

        StringBuilder deleted() {
            return deleted == null ? deleted = new StringBuilder() : deleted;
        }

        StringBuilder hidden() {
            return hidden == null ? hidden = new StringBuilder() : hidden;
        }
    }

    private static final class Cell {
        final StringBuilder text = new StringBuilder();
        final ReadContext.Holder holder = new ReadContext.Holder();
        boolean continuation;
        /**
         * Round 20 (t20-cards): paragraphs of the cell that may be a professionals' label line, each with its own
         * holder, placed once the row is read ({@link CardStructure#professionalLineInCell}).
         */
        List<LabelLine> labelLines;
    }

    private record LabelLine(String text, ReadContext.Holder holder) {
    }

    private static final class Sdt {
        boolean runLevel;
        boolean placeholder;
        boolean contentOpen;
        final StringBuilder meta = new StringBuilder();
        final StringBuilder text = new StringBuilder();
        String alias;
        String tag;
        Para para;
    }

    private static final class Field {
        final StringBuilder instruction = new StringBuilder();
        boolean separated;
    }

    private static final class Alternate {
        int segmentStart;
        int choiceEnd = -1;
        int fallbackStart;
        Para para;
        int mainStart;
        int valueStart;
        String choiceMain;
        String choiceValue;
        int fallbackMain;
        int fallbackValue;
        int textBoxes;
        int textBoxesAfterChoice;
    }

    private final ReadContext ctx;
    private final StyleSheet styles;
    private final Map<String, DocxPackage.Relationship> rels = new HashMap<>();
    private final Set<String> usedRels = new HashSet<>();
    private final CardStructure structure;
    private final Kind kind;
    private final String partDetail;

    private byte[] codes = new byte[64];
    private int depth;
    private final Deque<Para> paras = new ArrayDeque<>();
    private ReadContext.Holder partHolder = ReadContext.NOWHERE;
    private String noteDetail;
    private ReadContext.Holder lastHolder = ReadContext.NOWHERE;

    // run state
    private Boolean runBold;
    private boolean runHidden;
    private String runStyle;
    private int insDepth;
    private int delDepth;
    private int changeDepth;
    private int skipDepth;
    private int ffDataDepth;

    // containers
    private int tableDepth;
    private int tables;
    private int rowIndex;
    private int cellIndex;
    private List<CardStructure.Cell> rowCells;
    private final List<Cell> rowState = new ArrayList<>();
    private Cell cell;
    private int containerLevel;
    private int textBoxes;
    private final Deque<Integer> textBoxNumbers = new ArrayDeque<>();
    private int blockSdtDepth;
    private int placeholderDepth;
    private final Deque<Sdt> sdts = new ArrayDeque<>();
    private final Deque<Field> fields = new ArrayDeque<>();
    private int overflowFields;
    private final Deque<Alternate> alternates = new ArrayDeque<>();
    private Set<String> drawingTexts;
    private int bodyParagraphs;
    private int notes;

    WordprocessingReader(ReadContext ctx, StyleSheet styles, List<DocxPackage.Relationship> relationships,
                         CardStructure structure, Kind kind, String partDetail) {
        this.ctx = ctx;
        this.styles = styles;
        for (DocxPackage.Relationship rel : relationships) {
            rels.putIfAbsent(rel.id(), rel);
        }
        this.structure = kind == Kind.BODY ? structure : null;
        this.kind = kind;
        this.partDetail = partDetail;
    }

    void read(InputStream in) throws XMLStreamException, DocxProblem {
        XMLStreamReader r = SecureXml.reader(in);
        try {
            int events = 0;
            while (r.hasNext()) {
                int event = r.next();
                if ((++events & 0x3FF) == 0) {
                    ctx.deadline().check();
                }
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> start(r);
                    case XMLStreamConstants.END_ELEMENT -> end();
                    case XMLStreamConstants.DTD ->
                            throw new DocxProblem(Category.EXTERNAL_ENTITY, Messages.EXTERNAL_ENTITY);
                    default -> {
                        // text between elements is formatting white space
                    }
                }
            }
        } finally {
            r.close();
        }
        while (!fields.isEmpty()) {
            emitField(fields.pop());
        }
        for (DocxPackage.Relationship rel : rels.values()) {
            if (rel.is("hyperlink") && !usedRels.contains(rel.id())) {
                ctx.emit(rel.target(), DocumentPart.HYPERLINK, detail("hyperlink"), ReadContext.NOWHERE);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ events

    private void start(XMLStreamReader r) throws XMLStreamException, DocxProblem {
        if (++depth > ctx.maxDepth()) {
            throw DocxProblem.corrupt("te diep genest", null);
        }
        if (depth >= codes.length) {
            codes = java.util.Arrays.copyOf(codes, codes.length * 2);
        }
        byte parent = codes[depth - 1];
        byte code = OTHER;
        if (skipDepth > 0) {
            codes[depth] = OTHER;
            return;
        }
        String ns = r.getNamespaceURI();
        String name = r.getLocalName();
        if (Ooxml.isW(ns)) {
            switch (name) {
                case "p" -> {
                    code = P;
                    startParagraph();
                }
                case "pPr" -> code = PPR;
                case "pStyle" -> {
                    if (parent == PPR && !paras.isEmpty()) {
                        paras.peek().style = SecureXml.wAttr(r, "val");
                    }
                }
                case "numPr" -> {
                    if (parent == PPR && !paras.isEmpty()) {
                        paras.peek().numbered = true;
                    }
                }
                case "outlineLvl" -> {
                    if (parent == PPR && !paras.isEmpty()) {
                        String level = SecureXml.wAttr(r, "val");
                        paras.peek().outline = level != null && level.length() == 1 && level.charAt(0) <= '8';
                    }
                }
                case "r" -> {
                    code = R;
                    runBold = null;
                    runHidden = false;
                    runStyle = null;
                }
                case "rPr" -> code = RPR;
                case "b" -> {
                    if (parent == RPR && codes[depth - 2] == R && changeDepth == 0) {
                        runBold = SecureXml.isOn(SecureXml.wAttr(r, "val"));
                    }
                }
                case "vanish" -> {
                    if (parent == RPR && codes[depth - 2] == R && changeDepth == 0) {
                        runHidden = SecureXml.isOn(SecureXml.wAttr(r, "val"));
                    }
                }
                case "rStyle" -> {
                    if (parent == RPR && codes[depth - 2] == R && changeDepth == 0) {
                        runStyle = SecureXml.wAttr(r, "val");
                    }
                }
                case "t" -> {
                    depth--;
                    text(r.getElementText(), false);
                    return;
                }
                case "delText", "delInstrText" -> {
                    depth--;
                    deletedText(r.getElementText());
                    return;
                }
                case "instrText" -> {
                    depth--;
                    instruction(r.getElementText());
                    return;
                }
                case "tab", "ptab" -> {
                    if (parent == R) {
                        text(" ", true);
                    }
                }
                case "br", "cr" -> {
                    if (parent == R) {
                        text("\n", true);
                    }
                }
                case "noBreakHyphen" -> {
                    if (parent == R) {
                        text("-", true);
                    }
                }
                case "sym" -> {
                    if (parent == R) {
                        text(symbol(SecureXml.wAttr(r, "char")), true);
                    }
                }
                case "ins", "moveTo" -> {
                    code = INS;
                    insDepth++;
                    revisionAuthor(r);
                }
                case "del", "moveFrom" -> {
                    code = DEL;
                    delDepth++;
                    revisionAuthor(r);
                }
                case "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "tblPrExChange", "trPrChange",
                     "tcPrChange", "tblGridChange", "numberingChange", "cellIns", "cellDel", "cellMerge" -> {
                    code = CHANGE;
                    changeDepth++;
                    revisionAuthor(r);
                }
                case "moveFromRangeStart", "moveToRangeStart", "customXmlInsRangeStart", "customXmlDelRangeStart",
                     "customXmlMoveFromRangeStart", "customXmlMoveToRangeStart" -> revisionAuthor(r);
                case "tbl" -> {
                    code = TBL;
                    startTable();
                }
                case "tr" -> {
                    code = TR;
                    startRow();
                }
                case "tc" -> {
                    code = TC;
                    startCell();
                }
                case "tcPr" -> code = TCPR;
                case "vMerge" -> {
                    if (parent == TCPR && cell != null && isTopLevelTable()) {
                        cell.continuation = !"restart".equals(SecureXml.wAttr(r, "val"));
                    }
                }
                case "sdt" -> {
                    code = SDT;
                    startSdt();
                }
                case "sdtPr" -> code = SDT_PR;
                case "alias" -> {
                    if (parent == SDT_PR && !sdts.isEmpty()) {
                        sdts.peek().alias = SecureXml.wAttr(r, "val");
                        sdtMeta(sdts.peek().alias);
                    }
                }
                case "tag" -> {
                    if (parent == SDT_PR && !sdts.isEmpty()) {
                        sdts.peek().tag = SecureXml.wAttr(r, "val");
                    }
                }
                case "showingPlcHdr" -> {
                    if (parent == SDT_PR && !sdts.isEmpty()) {
                        sdts.peek().placeholder = SecureXml.isOn(SecureXml.wAttr(r, "val"));
                    }
                }
                case "listItem" -> {
                    sdtMeta(SecureXml.wAttr(r, "displayText"));
                    sdtMeta(SecureXml.wAttr(r, "value"));
                }
                case "date" -> {
                    if (parent == SDT_PR) {
                        sdtMeta(SecureXml.wAttr(r, "fullDate"));
                    }
                }
                case "sdtContent" -> {
                    code = SDT_CONTENT;
                    startSdtContent();
                }
                case "txbxContent" -> {
                    code = TXBX;
                    containerLevel++;
                    textBoxNumbers.push(++textBoxes);
                }
                case "hyperlink" -> hyperlink(SecureXml.rAttr(r, "id"), SecureXml.wAttr(r, "tooltip"));
                case "fldSimple" -> emitFieldCode(SecureXml.wAttr(r, "instr"));
                case "fldChar" -> fieldChar(SecureXml.wAttr(r, "fldCharType"));
                case "commentRangeStart", "commentReference" -> anchor("comment:" + SecureXml.wAttr(r, "id"));
                case "footnoteReference" -> anchor("footnote:" + SecureXml.wAttr(r, "id"));
                case "endnoteReference" -> anchor("endnote:" + SecureXml.wAttr(r, "id"));
                case "bookmarkStart" -> bookmark(SecureXml.wAttr(r, "name"));
                case "comment" -> {
                    if (kind == Kind.COMMENTS) {
                        code = NOTE;
                        startComment(r);
                    }
                }
                case "footnote", "endnote" -> {
                    if (kind == Kind.FOOTNOTES || kind == Kind.ENDNOTES) {
                        String type = SecureXml.wAttr(r, "type");
                        if (type != null && !type.equals("normal")) {
                            skipDepth = 1;
                            code = SKIP;
                        } else {
                            code = NOTE;
                            String id = SecureXml.wAttr(r, "id");
                            partHolder = ctx.anchorOf(name + ":" + id);
                            noteDetail = (kind == Kind.FOOTNOTES ? "voetnoot " : "eindnoot ") + id;
                        }
                    }
                }
                case "docPart" -> {
                    if (kind == Kind.GLOSSARY) {
                        code = NOTE;
                        noteDetail = "bouwsteen " + (++notes);
                    }
                }
                case "docPartPr" -> code = DOC_PART_PR;
                case "name" -> {
                    if (parent == DOC_PART_PR) {
                        String value = SecureXml.wAttr(r, "val");
                        if (value != null && !value.startsWith("DefaultPlaceholder") && !value.startsWith("_")) {
                            ctx.emit(value, DocumentPart.GLOSSARY, detail("naam bouwsteen"), ReadContext.NOWHERE);
                        }
                    } else if (ffDataDepth > 0) {
                        formField(SecureXml.wAttr(r, "val"));
                    }
                }
                case "ffData" -> {
                    code = FFDATA;
                    ffDataDepth++;
                }
                case "statusText", "helpText", "default", "listEntry" -> {
                    if (ffDataDepth > 0) {
                        formField(SecureXml.wAttr(r, "val"));
                    }
                }
                case "altChunk" -> embedded(SecureXml.rAttr(r, "id"));
                case "drawing", "pict", "object" -> {
                    code = DRAWING;
                    if (drawingTexts == null) {
                        drawingTexts = new HashSet<>();
                    }
                }
                default -> {
                    // formatting and structure without text
                }
            }
        } else if (Ooxml.MC.equals(ns)) {
            switch (name) {
                case "AlternateContent" -> {
                    code = AC;
                    startAlternate();
                }
                case "Choice" -> code = CHOICE;
                case "Fallback" -> {
                    code = FALLBACK;
                    startFallback();
                }
                default -> {
                }
            }
        } else if (otherElement(r, ns, name)) {
            depth--;
            return;
        }
        codes[depth] = code;
    }

    private void end() throws DocxProblem {
        if (depth <= 0) {
            return;
        }
        byte code = codes[depth];
        depth--;
        if (skipDepth > 0) {
            if (code == SKIP) {
                skipDepth = 0;
            }
            return;
        }
        switch (code) {
            case P -> endParagraph();
            case INS -> insDepth--;
            case DEL -> delDepth--;
            case CHANGE -> changeDepth--;
            case TBL -> tableDepth--;
            case TR -> endRow();
            case TC -> endCell();
            case SDT -> endSdt();
            case SDT_CONTENT -> endSdtContent();
            case TXBX -> {
                containerLevel--;
                textBoxNumbers.pop();
            }
            case AC -> alternates.pop();
            case CHOICE -> endChoice();
            case FALLBACK -> endFallback();
            case DRAWING -> {
                if (!hasDrawingAncestor()) {
                    drawingTexts = null;
                }
            }
            case NOTE -> {
                partHolder = ReadContext.NOWHERE;
                noteDetail = null;
            }
            case FFDATA -> ffDataDepth--;
            default -> {
            }
        }
    }

    private boolean hasDrawingAncestor() {
        for (int i = depth; i > 0; i--) {
            if (codes[i] == DRAWING) {
                return true;
            }
        }
        return false;
    }

    /** Handles an element outside WordprocessingML; true when it consumed the element (its text). */
    private boolean otherElement(XMLStreamReader r, String ns, String name) throws XMLStreamException, DocxProblem {
        switch (name) {
            case "docPr", "cNvPr" -> {
                altText(SecureXml.anyAttr(r, "descr"));
                altText(SecureXml.anyAttr(r, "title"));
                String shapeName = SecureXml.anyAttr(r, "name");
                if (shapeName != null && !DEFAULT_SHAPE_NAME.matcher(shapeName.strip()).matches()) {
                    altText(shapeName);
                }
            }
            case "shape", "rect", "roundrect", "oval", "line", "polyline", "arc", "group", "image", "shapetype" -> {
                if (Ooxml.VML.equals(ns)) {
                    altText(SecureXml.anyAttr(r, "alt"));
                    altText(SecureXml.anyAttr(r, "title"));
                }
            }
            case "imagedata" -> {
                altText(SecureXml.anyAttr(r, "title"));
                mediaName(SecureXml.rAttr(r, "id"));
            }
            case "blip" -> {
                mediaName(SecureXml.rAttr(r, "embed"));
                mediaName(SecureXml.rAttr(r, "link"));
            }
            case "textpath" -> textBoxText(SecureXml.anyAttr(r, "string"));
            case "OLEObject" -> {
                if (Ooxml.OFFICE.equals(ns)) {
                    embedded(SecureXml.rAttr(r, "id"));
                }
            }
            case "hlinkClick", "hlinkHover" -> hyperlink(SecureXml.rAttr(r, "id"), SecureXml.anyAttr(r, "tooltip"));
            case "t" -> {
                if (MATH.equals(ns)) {
                    text(r.getElementText(), false);
                    return true;
                } else if (DRAWINGML.equals(ns)) {
                    textBoxText(r.getElementText());
                    return true;
                }
            }
            default -> {
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------------ paragraphs

    private void startParagraph() {
        Para p = new Para();
        p.level = containerLevel;
        if (containerLevel > 0) {
            p.part = DocumentPart.TEXT_BOX;
            p.detail = "tekstvak " + (textBoxNumbers.isEmpty() ? textBoxes : textBoxNumbers.peek());
            p.holder = outerHolder();
        } else if (kind != Kind.BODY) {
            p.part = kind.part;
            p.detail = detail(null);
            p.holder = partHolder;
        } else {
            p.part = blockSdtDepth > 0 ? DocumentPart.CONTENT_CONTROL
                    : tableDepth > 0 ? DocumentPart.TABLE : DocumentPart.BODY;
            if (tableDepth > 0) {
                p.detail = "tabel " + tables + ", rij " + rowIndex + ", kolom " + cellIndex;
                if (cell != null) {
                    p.holder = cell.holder;
                } else {
                    p.holder = new ReadContext.Holder();
                    structure.resolve(p.holder);
                }
            } else {
                p.detail = "alinea " + (++bodyParagraphs);
                p.holder = new ReadContext.Holder();
                p.topLevelBody = true;
            }
        }
        paras.push(p);
    }

    private ReadContext.Holder outerHolder() {
        ReadContext.Holder holder = paras.isEmpty() ? null : paras.peekLast().holder;
        if (holder != null) {
            return holder;
        }
        if (cell != null) {
            return cell.holder;
        }
        if (structure != null) {
            ReadContext.Holder snapshot = new ReadContext.Holder();
            structure.resolve(snapshot);
            return snapshot;
        }
        return partHolder;
    }

    private void endParagraph() {
        if (paras.isEmpty()) {
            return;
        }
        Para p = paras.pop();
        if (structure != null && p.level == 0) {
            if (p.topLevelBody) {
                String style = p.style != null ? p.style : styles.defaultParagraphStyle();
                boolean emphasised = styles.isHeading(style) || p.outline || p.numbered || p.hasText && p.allBold;
                structure.paragraph(new CardStructure.Line(p.value.toString(), emphasised,
                        p.boldPrefixOpen ? p.value.length() : p.boldPrefix), p.holder);
            } else if (cell != null) {
                cell.text.append(p.value).append('\n');
                if (p.holder == cell.holder && ProfessionalFieldRow.mayBeLabelLine(p.value)) {
                    p.holder = new ReadContext.Holder(); // round 20: placed in endRow
                    if (cell.labelLines == null) {
                        cell.labelLines = new ArrayList<>(2);
                    }
                    cell.labelLines.add(new LabelLine(p.value.toString(), p.holder));
                }
            }
        }
        lastHolder = p.holder;
        ctx.emit(p.main.toString(), p.part, p.detail, p.holder);
        if (p.inserted != null) {
            ctx.emit(p.inserted.toString(), DocumentPart.TRACKED_INSERTION, p.detail, p.holder);
        }
        if (p.deleted != null) {
            ctx.emit(p.deleted.toString(), DocumentPart.TRACKED_DELETION, p.detail, p.holder);
        }
        if (p.hidden != null) {
            ctx.emit(p.hidden.toString(), DocumentPart.HIDDEN_TEXT, p.detail, p.holder);
        }
    }

    /** Routes run text: a field instruction, deleted, hidden or visible text. */
    private void text(String s, boolean layout) throws DocxProblem {
        if (s.isEmpty()) {
            return;
        }
        ctx.charge(s.length());
        Field instructionField = openInstruction();
        if (instructionField != null) {
            instructionField.instruction.append(s);
            return;
        }
        Para p = paras.peek();
        if (p == null) {
            ctx.emit(s, delDepth > 0 ? DocumentPart.TRACKED_DELETION : kind.part, detail(null), partHolder);
            return;
        }
        if (delDepth > 0) {
            p.deleted().append(s);
            return;
        }
        if (isHidden(p)) {
            p.hidden().append(s);
            return;
        }
        p.main.append(s);
        if (placeholderDepth == 0) {
            p.value.append(s);
        }
        if (insDepth > 0) {
            p.inserted().append(s);
        }
        if (!sdts.isEmpty() && sdts.peek().runLevel && sdts.peek().contentOpen) {
            sdts.peek().text.append(s);
        }
        if (!layout && !s.isBlank()) {
            p.hasText = true;
            if (isBold(p)) {
                if (p.boldPrefixOpen) {
                    p.boldPrefix = p.value.length();
                }
            } else {
                p.allBold = false;
                p.boldPrefixOpen = false;
            }
        }
    }

    private void deletedText(String s) throws DocxProblem {
        if (s.isEmpty()) {
            return;
        }
        ctx.charge(s.length());
        Para p = paras.peek();
        if (p == null) {
            ctx.emit(s, DocumentPart.TRACKED_DELETION, detail(null), partHolder);
        } else {
            p.deleted().append(s);
        }
    }

    private boolean isHidden(Para p) {
        if (runHidden) {
            return true;
        }
        if (runStyle != null && styles.isHidden(runStyle)) {
            return true;
        }
        return styles.isHidden(p.style != null ? p.style : styles.defaultParagraphStyle());
    }

    private boolean isBold(Para p) {
        if (runBold != null) {
            return runBold;
        }
        if (runStyle != null && styles.isBold(runStyle)) {
            return true;
        }
        return styles.isBold(p.style != null ? p.style : styles.defaultParagraphStyle());
    }

    private static String symbol(String hex) {
        if (hex == null) {
            return " ";
        }
        try {
            int code = Integer.parseInt(hex.strip(), 16);
            if (code >= 0xF020 && code <= 0xF0FF) {
                code -= 0xF000;
            }
            return Character.isValidCodePoint(code) && !Character.isISOControl(code)
                    ? new String(Character.toChars(code)) : " ";
        } catch (NumberFormatException e) {
            return " ";
        }
    }

    // ------------------------------------------------------------------------------------------------ tables

    private boolean isTopLevelTable() {
        return structure != null && tableDepth == 1 && containerLevel == 0;
    }

    private void startTable() {
        tableDepth++;
        if (isTopLevelTable()) {
            tables++;
            rowIndex = 0;
        }
    }

    private void startRow() {
        if (isTopLevelTable()) {
            rowIndex++;
            cellIndex = 0;
            rowState.clear();
        }
    }

    private void startCell() {
        if (isTopLevelTable()) {
            cellIndex++;
            cell = new Cell();
            rowState.add(cell);
        }
    }

    private void endCell() {
        if (isTopLevelTable()) {
            cell = null;
        }
    }

    private void endRow() {
        if (isTopLevelTable() && !rowState.isEmpty()) {
            rowCells = new ArrayList<>(rowState.size());
            for (Cell c : rowState) {
                rowCells.add(new CardStructure.Cell(c.text.toString().strip(), c.continuation, c.holder));
            }
            structure.row(rowCells);
            for (Cell c : rowState) {
                if (c.labelLines != null) {
                    for (LabelLine line : c.labelLines) {
                        Optional<Section> field = structure.professionalLineInCell(line.text(), c.holder);
                        if (field.isPresent()) {
                            line.holder().set(c.holder.part, field.get());
                        } else {
                            line.holder().copy(c.holder);
                        }
                    }
                }
            }
            rowState.clear();
        }
    }

    // ------------------------------------------------------------------------------------------------ content controls

    private void startSdt() {
        Sdt sdt = new Sdt();
        Para p = paras.peek();
        sdt.runLevel = p != null && p.level == containerLevel;
        sdt.para = sdt.runLevel ? p : null;
        sdts.push(sdt);
    }

    private void sdtMeta(String value) {
        if (!sdts.isEmpty()) {
            appendMeta(sdts.peek(), value);
        }
    }

    private static void appendMeta(Sdt sdt, String value) {
        if (value != null && !value.isBlank() && sdt.meta.length() < 100_000) {
            sdt.meta.append(sdt.meta.length() == 0 ? "" : "\n").append(value);
        }
    }

    private void startSdtContent() {
        if (sdts.isEmpty()) {
            return;
        }
        Sdt sdt = sdts.peek();
        sdt.contentOpen = true;
        if (!sdt.runLevel) {
            blockSdtDepth++;
        }
        if (sdt.placeholder) {
            placeholderDepth++;
        }
    }

    private void endSdtContent() {
        if (sdts.isEmpty() || !sdts.peek().contentOpen) {
            return;
        }
        Sdt sdt = sdts.peek();
        sdt.contentOpen = false;
        if (!sdt.runLevel) {
            blockSdtDepth--;
        }
        if (sdt.placeholder) {
            placeholderDepth--;
        }
    }

    private void endSdt() {
        if (sdts.isEmpty()) {
            return;
        }
        Sdt sdt = sdts.peek();
        if (sdt.contentOpen) {
            endSdtContent();
        }
        sdts.pop();
        if (sdt.tag != null && !MachineNames.isLabelLike(sdt.tag, sdt.alias)) {
            appendMeta(sdt, sdt.tag);
        }
        ReadContext.Holder holder = sdt.para != null ? sdt.para.holder : lastHolder;
        String detail = sdt.para != null ? sdt.para.detail : detail("invulveld");
        ctx.emit(sdt.text.toString(), DocumentPart.CONTENT_CONTROL, detail, holder);
        ctx.emit(sdt.meta.toString(), DocumentPart.CONTENT_CONTROL, detail, holder);
        if (sdt.runLevel && !sdts.isEmpty() && sdts.peek().runLevel && sdts.peek().contentOpen) {
            sdts.peek().text.append(sdt.text);
        }
    }

    private void formField(String value) {
        if (value != null && !value.isBlank()) {
            ctx.emit(value, DocumentPart.CONTENT_CONTROL, currentDetail("formulierveld"), currentHolder());
        }
    }

    // ------------------------------------------------------------------------------------------------ fields

    private Field openInstruction() {
        for (Field field : fields) {
            if (!field.separated) {
                return field;
            }
        }
        return null;
    }

    private void instruction(String s) throws DocxProblem {
        ctx.charge(s.length());
        Field field = openInstruction();
        if (field != null) {
            field.instruction.append(s);
        } else {
            emitFieldCode(s);
        }
    }

    private void fieldChar(String type) {
        if ("begin".equals(type)) {
            if (fields.size() >= 64) {
                overflowFields++;
            } else {
                fields.push(new Field());
            }
        } else if ("separate".equals(type)) {
            if (overflowFields == 0 && !fields.isEmpty() && !fields.peek().separated) {
                fields.peek().separated = true;
                emitField(fields.peek());
            }
        } else if ("end".equals(type)) {
            if (overflowFields > 0) {
                overflowFields--;
            } else if (!fields.isEmpty()) {
                Field field = fields.pop();
                if (!field.separated) {
                    emitField(field);
                }
            }
        }
    }

    private void emitField(Field field) {
        emitFieldCode(field.instruction.toString());
        field.instruction.setLength(0);
    }

    private void emitFieldCode(String instruction) {
        if (instruction != null) {
            ctx.emit(instruction, DocumentPart.FIELD_CODE, currentDetail("veld"), currentHolder());
        }
    }

    // ------------------------------------------------------------------------------------------------ others

    private void hyperlink(String relId, String tooltip) {
        if (relId != null) {
            DocxPackage.Relationship rel = rels.get(relId);
            if (rel != null) {
                usedRels.add(relId);
                ctx.emit(rel.target(), DocumentPart.HYPERLINK, currentDetail("hyperlink"), currentHolder());
            }
        }
        if (tooltip != null) {
            ctx.emit(tooltip, DocumentPart.HYPERLINK, currentDetail("hyperlink"), currentHolder());
        }
    }

    private void embedded(String relId) {
        DocxPackage.Relationship rel = relId == null ? null : rels.get(relId);
        if (rel != null) {
            String target = rel.external() ? rel.target() : rel.part();
            ctx.emit(fileName(target), DocumentPart.EMBEDDED_OBJECT, currentDetail("ingesloten object"),
                    currentHolder());
        }
    }

    private void mediaName(String relId) {
        DocxPackage.Relationship rel = relId == null ? null : rels.get(relId);
        if (rel != null) {
            String name = fileName(rel.external() ? rel.target() : rel.part());
            if (!DEFAULT_MEDIA_NAME.matcher(name).matches()) {
                altText(name);
            }
        }
    }

    private static String fileName(String path) {
        String p = path.replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1);
    }

    private void altText(String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (drawingTexts != null && !drawingTexts.add(value.strip())) {
            return;
        }
        ctx.emit(value, DocumentPart.ALT_TEXT, currentDetail("afbeelding"), currentHolder());
    }

    private void textBoxText(String value) {
        if (value != null && !value.isBlank()) {
            ctx.emit(value, DocumentPart.TEXT_BOX, currentDetail("vorm"), currentHolder());
        }
    }

    private void bookmark(String name) {
        if (name != null && !name.isEmpty() && !name.startsWith("_")) {
            ctx.emitOnce(name.replace('_', ' '), DocumentPart.FIELD_CODE, detail("bladwijzer"), ReadContext.NOWHERE);
        }
    }

    private void revisionAuthor(XMLStreamReader r) {
        ctx.emitOnce(SecureXml.wAttr(r, "author"), DocumentPart.REVISION_AUTHOR, "schrijver van een wijziging",
                ReadContext.NOWHERE);
    }

    private void startComment(XMLStreamReader r) {
        String id = SecureXml.wAttr(r, "id");
        notes++;
        partHolder = ctx.anchorOf("comment:" + id);
        noteDetail = "opmerking " + notes;
        ctx.emitOnce(SecureXml.wAttr(r, "author"), DocumentPart.COMMENT_AUTHOR, noteDetail, partHolder);
        ctx.emitOnce(SecureXml.wAttr(r, "initials"), DocumentPart.COMMENT_AUTHOR, noteDetail + ", initialen",
                partHolder);
    }

    private void anchor(String key) {
        ctx.anchor(key, currentHolder());
    }

    private ReadContext.Holder currentHolder() {
        Para p = paras.peek();
        if (p != null) {
            return p.holder;
        }
        if (cell != null) {
            return cell.holder;
        }
        if (structure != null) {
            ReadContext.Holder snapshot = new ReadContext.Holder();
            structure.resolve(snapshot);
            return snapshot;
        }
        return partHolder;
    }

    private String currentDetail(String fallback) {
        Para p = paras.peek();
        return p != null ? p.detail : detail(fallback);
    }

    private String detail(String fallback) {
        if (noteDetail != null) {
            return noteDetail;
        }
        if (!partDetail.isEmpty()) {
            return partDetail;
        }
        return fallback == null ? "" : fallback;
    }

    // ------------------------------------------------------------------------------------------------ mc:AlternateContent

    private void startAlternate() {
        Alternate a = new Alternate();
        a.segmentStart = ctx.size();
        a.para = paras.peek();
        if (a.para != null) {
            a.mainStart = a.para.main.length();
            a.valueStart = a.para.value.length();
        }
        a.textBoxes = textBoxes;
        alternates.push(a);
    }

    private void endChoice() {
        Alternate a = alternates.peek();
        if (a == null || a.choiceEnd >= 0) {
            return;
        }
        a.choiceEnd = ctx.size();
        a.textBoxesAfterChoice = textBoxes;
        if (a.para != null && a.para == paras.peek()) {
            a.choiceMain = a.para.main.substring(Math.min(a.mainStart, a.para.main.length()));
            a.choiceValue = a.para.value.substring(Math.min(a.valueStart, a.para.value.length()));
        }
    }

    private void startFallback() {
        Alternate a = alternates.peek();
        if (a == null) {
            return;
        }
        a.fallbackStart = ctx.size();
        if (a.para != null) {
            a.fallbackMain = a.para.main.length();
            a.fallbackValue = a.para.value.length();
        }
        if (a.choiceEnd >= 0) {
            textBoxes = a.textBoxes;
        }
    }

    private void endFallback() {
        Alternate a = alternates.peek();
        if (a == null || a.choiceEnd < 0) {
            return;
        }
        for (int i = ctx.size() - 1; i >= a.fallbackStart; i--) {
            String text = ctx.textAt(i);
            DocumentPart part = ctx.partAt(i);
            for (int j = a.segmentStart; j < a.choiceEnd && j < a.fallbackStart; j++) {
                if (ctx.partAt(j) == part && ctx.textAt(j).equals(text)) {
                    ctx.removeAt(i);
                    break;
                }
            }
        }
        if (a.para != null && a.para == paras.peek() && a.choiceMain != null) {
            String fallbackMain = a.para.main.substring(Math.min(a.fallbackMain, a.para.main.length()));
            if (fallbackMain.equals(a.choiceMain)) {
                a.para.main.setLength(a.fallbackMain);
            }
            String fallbackValue = a.para.value.substring(Math.min(a.fallbackValue, a.para.value.length()));
            if (fallbackValue.equals(a.choiceValue)) {
                a.para.value.setLength(a.fallbackValue);
            }
        }
        textBoxes = Math.max(textBoxes, a.textBoxesAfterChoice);
    }
}
