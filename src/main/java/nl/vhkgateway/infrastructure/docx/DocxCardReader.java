package nl.vhkgateway.infrastructure.docx;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import nl.vhkgateway.domain.card.CardContent;
import nl.vhkgateway.domain.card.CardReader;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.UnreadableDocumentException;

/**
 * Reads every place of a .docx where text can hide (card-format.md, "Where personal data hides"), in one streaming
 * StAX pass per part and without XMLBeans: the body (paragraphs and tables), headers and footers, footnotes and
 * endnotes, comments with their authors and initials, tracked insertions and deletions and revision authors, hidden
 * text, text boxes (mc:Choice/mc:Fallback deduplicated), content controls (contents, placeholder, alias, tag, list
 * items), field codes, hyperlink targets, alt text, document properties (core, extended incl. Company/Manager,
 * custom), document variables, the people list, custom XML, charts and diagrams, embedded objects' names and the
 * glossary document. Also recognises the card's sections ({@link CardStructure}).
 *
 * <p>Bounded: the same zip limits as the inspector, a maximum amount of text, element depth and time. Exceptions
 * other than {@link UnreadableDocumentException} do not escape; messages never hold card text.
 * Thread-safe and stateless apart from its limits.
 */
public final class DocxCardReader implements CardReader {


    private final DocxLimits limits;

    public DocxCardReader(DocxLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public DocxCardReader() {
        this(DocxLimits.defaults());
    }

    @Override
    public CardContent read(byte[] docx) {
        return DocxPackage.process(docx, limits, "read", this::read);
    }

    private CardContent read(DocxPackage pkg, Deadline deadline) throws DocxProblem {
        ReadContext ctx = new ReadContext(limits.maxTextChars(), deadline, limits.maxElementDepth());
        String main = pkg.mainPart();
        List<DocxPackage.Relationship> mainRels = pkg.relationships(main);
        StyleSheet styles = StyleSheet.empty();
        for (DocxPackage.Relationship rel : mainRels) {
            if (rel.is("styles") && internal(pkg, rel)) {
                try (InputStream in = pkg.open(rel.part())) {
                    styles = StyleSheet.read(in, deadline, limits.maxElementDepth());
                } catch (IOException | XMLStreamException e) {
                    throw ZipContainer.problemOf(e);
                }
            }
        }
        CardStructure structure = new CardStructure();
        wordprocessing(pkg, main, WordprocessingReader.Kind.BODY, "", styles, structure, ctx);
        int headers = 0;
        int footers = 0;
        for (DocxPackage.Relationship rel : mainRels) {
            if (!internal(pkg, rel)) {
                continue;
            }
            if (rel.is("header")) {
                wordprocessing(pkg, rel.part(), WordprocessingReader.Kind.HEADER, "kopregel " + (++headers), styles,
                        structure, ctx);
            } else if (rel.is("footer")) {
                wordprocessing(pkg, rel.part(), WordprocessingReader.Kind.FOOTER, "voettekst " + (++footers), styles,
                        structure, ctx);
            }
        }
        for (String type : new String[] {"footnotes", "endnotes", "comments", "glossaryDocument"}) {
            for (DocxPackage.Relationship rel : mainRels) {
                if (rel.is(type) && internal(pkg, rel)) {
                    WordprocessingReader.Kind kind = switch (type) {
                        case "footnotes" -> WordprocessingReader.Kind.FOOTNOTES;
                        case "endnotes" -> WordprocessingReader.Kind.ENDNOTES;
                        case "comments" -> WordprocessingReader.Kind.COMMENTS;
                        default -> WordprocessingReader.Kind.GLOSSARY;
                    };
                    wordprocessing(pkg, rel.part(), kind, "", styles, structure, ctx);
                }
            }
        }
        packageParts(pkg, mainRels, ctx);
        return new CardContent(ctx.segments(), structure.sectionValues(), structure.partsFound());
    }

    private static boolean internal(DocxPackage pkg, DocxPackage.Relationship rel) {
        return !rel.external() && !rel.part().isEmpty() && pkg.exists(rel.part());
    }

    private static void wordprocessing(DocxPackage pkg, String part, WordprocessingReader.Kind kind, String detail,
                                       StyleSheet styles, CardStructure structure, ReadContext ctx)
            throws DocxProblem {
        List<DocxPackage.Relationship> rels = pkg.relationships(part);
        try (InputStream in = pkg.open(part)) {
            new WordprocessingReader(ctx, styles, rels, structure, kind, detail).read(in);
        } catch (IOException | XMLStreamException e) {
            throw ZipContainer.problemOf(e);
        }
        drawingParts(pkg, rels, ctx);
    }

    /** Charts, diagrams and embedded objects referenced from a WordprocessingML part. */
    private static void drawingParts(DocxPackage pkg, List<DocxPackage.Relationship> rels, ReadContext ctx)
            throws DocxProblem {
        for (DocxPackage.Relationship rel : rels) {
            if (!internal(pkg, rel)) {
                continue;
            }
            String type = Ooxml.typeName(rel.type());
            switch (type) {
                case "chart", "diagramdata", "diagramdrawing" ->
                        allText(pkg, rel.part(), DocumentPart.TEXT_BOX, type.equals("chart") ? "grafiek" : "diagram",
                                ctx);
                case "oleobject", "package", "afchunk", "control" -> {
                    String name = rel.part().substring(rel.part().lastIndexOf('/') + 1);
                    ctx.emitOnce(name, DocumentPart.EMBEDDED_OBJECT, "ingesloten object", ReadContext.NOWHERE);
                    if (rel.part().toLowerCase(Locale.ROOT).endsWith(".bin")) {
                        ZipContainer.Entry entry = pkg.zip().entry(rel.part()).orElseThrow();
                        if (entry.size() >= 0 && entry.size() <= 10L * 1024 * 1024) {
                            PackageTextReader.oleNames(pkg.zip().readAll(entry), ctx, "ingesloten object");
                        }
                    }
                }
                default -> {
                }
            }
        }
    }

    private static void packageParts(DocxPackage pkg, List<DocxPackage.Relationship> mainRels, ReadContext ctx)
            throws DocxProblem {
        try {
            for (DocxPackage.Relationship rel : pkg.relationships("")) {
                if (!internal(pkg, rel)) {
                    continue;
                }
                String type = Ooxml.typeName(rel.type());
                try (InputStream in = switch (type) {
                    case "core-properties", "extended-properties", "custom-properties" -> pkg.open(rel.part());
                    default -> null;
                }) {
                    if (in == null) {
                        continue;
                    }
                    switch (type) {
                        case "core-properties" -> PackageTextReader.coreProperties(in, ctx);
                        case "extended-properties" -> PackageTextReader.appProperties(in, ctx);
                        default -> PackageTextReader.customProperties(in, ctx);
                    }
                }
            }
            for (DocxPackage.Relationship rel : mainRels) {
                if (!internal(pkg, rel)) {
                    continue;
                }
                String type = Ooxml.typeName(rel.type());
                switch (type) {
                    case "settings" -> {
                        try (InputStream in = pkg.open(rel.part())) {
                            PackageTextReader.settings(in, pkg.relationships(rel.part()), ctx);
                        }
                    }
                    case "people" -> {
                        try (InputStream in = pkg.open(rel.part())) {
                            PackageTextReader.people(in, ctx);
                        }
                    }
                    case "customxml" -> allText(pkg, rel.part(), DocumentPart.DOCUMENT_PROPERTIES,
                            "aangepaste XML-gegevens", ctx);
                    default -> {
                    }
                }
            }
        } catch (IOException | XMLStreamException e) {
            throw ZipContainer.problemOf(e);
        }
    }

    private static void allText(DocxPackage pkg, String part, DocumentPart documentPart, String detail,
                                ReadContext ctx) throws DocxProblem {
        try (InputStream in = pkg.open(part)) {
            PackageTextReader.allText(in, ctx, documentPart, detail);
        } catch (IOException | XMLStreamException e) {
            throw ZipContainer.problemOf(e);
        }
    }
}
