package nl.vhkgateway.infrastructure.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.screening.Category;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Ole10Native;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads the text outside WordprocessingML: document properties (core, extended, custom), document variables and the
 * attached template in settings, the people list, custom XML data, charts and diagrams, and the names inside
 * embedded OLE packages. Stateless, thread-safe.
 */
final class PackageTextReader {

    private static final Map<String, String> CORE_LABELS = Map.ofEntries(
            Map.entry("creator", "auteur"), Map.entry("lastModifiedBy", "laatst gewijzigd door"),
            Map.entry("title", "titel"), Map.entry("subject", "onderwerp"), Map.entry("keywords", "trefwoorden"),
            Map.entry("description", "beschrijving"), Map.entry("category", "categorie"),
            Map.entry("contentStatus", "status"), Map.entry("identifier", "id"), Map.entry("revision", "revisie"),
            Map.entry("language", "taal"), Map.entry("version", "versie"));
    private static final Map<String, String> APP_LABELS = Map.of("Company", "bedrijf", "Manager", "manager",
            "Template", "sjabloon", "HyperlinkBase", "hyperlinkbasis");

    private PackageTextReader() {
    }

    /** A StAX pass with the DTD, depth and time checks every reader needs. */
    private interface Visitor {
        /** Called for each start element; return true when the element's text was consumed with getElementText. */
        boolean start(XMLStreamReader r, int depth) throws XMLStreamException, DocxProblem;
    }

    private static void walk(InputStream in, ReadContext ctx, Visitor visitor) throws XMLStreamException, DocxProblem {
        XMLStreamReader r = SecureXml.reader(in);
        try {
            int depth = 0;
            int events = 0;
            while (r.hasNext()) {
                int event = r.next();
                if ((++events & 0x3FF) == 0) {
                    ctx.deadline().check();
                }
                if (event == XMLStreamConstants.DTD) {
                    throw new DocxProblem(Category.EXTERNAL_ENTITY, Messages.EXTERNAL_ENTITY);
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    if (++depth > ctx.maxDepth()) {
                        throw DocxProblem.corrupt("te diep genest", null);
                    }
                    if (visitor.start(r, depth)) {
                        depth--;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } finally {
            r.close();
        }
    }

    /** Text of a leaf element, or "" when the element has children (read past them). */
    private static String leafText(XMLStreamReader r, ReadContext ctx) throws XMLStreamException, DocxProblem {
        StringBuilder text = new StringBuilder();
        int level = 1;
        while (level > 0 && r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                level++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                level--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                ctx.charge(r.getTextLength());
                text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
            }
        }
        return text.toString();
    }

    static void coreProperties(InputStream in, ReadContext ctx) throws XMLStreamException, DocxProblem {
        walk(in, ctx, (r, depth) -> {
            if (depth == 2) {
                String label = CORE_LABELS.get(r.getLocalName());
                if (label != null) {
                    ctx.emit(leafText(r, ctx), DocumentPart.DOCUMENT_PROPERTIES, label, ReadContext.NOWHERE);
                    return true;
                }
            }
            return false;
        });
    }

    static void appProperties(InputStream in, ReadContext ctx) throws XMLStreamException, DocxProblem {
        boolean[] inTitles = {false};
        walk(in, ctx, (r, depth) -> {
            String name = r.getLocalName();
            if (depth == 2) {
                inTitles[0] = name.equals("TitlesOfParts");
                String label = APP_LABELS.get(name);
                if (label != null) {
                    ctx.emit(leafText(r, ctx), DocumentPart.DOCUMENT_PROPERTIES, label, ReadContext.NOWHERE);
                    return true;
                }
            } else if (inTitles[0] && depth > 2 && name.equals("lpstr")) {
                ctx.emit(leafText(r, ctx), DocumentPart.DOCUMENT_PROPERTIES, "titels", ReadContext.NOWHERE);
                return true;
            }
            return false;
        });
    }

    static void customProperties(InputStream in, ReadContext ctx) throws XMLStreamException, DocxProblem {
        String[] propertyName = {""};
        walk(in, ctx, (r, depth) -> {
            if (depth == 2 && r.getLocalName().equals("property")) {
                String name = SecureXml.anyAttr(r, "name");
                propertyName[0] = name == null ? "" : name;
            } else if (depth == 3) {
                String value = leafText(r, ctx);
                ctx.emit(propertyName[0] + ": " + value, DocumentPart.DOCUMENT_PROPERTIES, "aangepaste eigenschap",
                        ReadContext.NOWHERE);
                return true;
            }
            return false;
        });
    }

    static void settings(InputStream in, List<DocxPackage.Relationship> rels, ReadContext ctx)
            throws XMLStreamException, DocxProblem {
        walk(in, ctx, (r, depth) -> {
            if (!Ooxml.isW(r.getNamespaceURI())) {
                return false;
            }
            switch (r.getLocalName()) {
                case "docVar" -> ctx.emit(nonNull(SecureXml.wAttr(r, "name")) + ": " + nonNull(SecureXml.wAttr(r, "val")),
                        DocumentPart.DOCUMENT_PROPERTIES, "documentvariabele", ReadContext.NOWHERE);
                case "attachedTemplate" -> {
                    String id = SecureXml.rAttr(r, "id");
                    for (DocxPackage.Relationship rel : rels) {
                        if (rel.id().equals(id)) {
                            ctx.emit(rel.target(), DocumentPart.DOCUMENT_PROPERTIES, "sjabloon", ReadContext.NOWHERE);
                        }
                    }
                }
                default -> {
                }
            }
            return false;
        });
    }

    static void people(InputStream in, ReadContext ctx) throws XMLStreamException, DocxProblem {
        walk(in, ctx, (r, depth) -> {
            String name = r.getLocalName();
            if (name.equals("person")) {
                ctx.emitOnce(SecureXml.anyAttr(r, "author"), DocumentPart.REVISION_AUTHOR, "schrijver van een wijziging",
                        ReadContext.NOWHERE);
            } else if (name.equals("presenceInfo")) {
                ctx.emitOnce(SecureXml.anyAttr(r, "userId"), DocumentPart.REVISION_AUTHOR, "personenlijst",
                        ReadContext.NOWHERE);
            }
            return false;
        });
    }

    /** Every text node and attribute value of a data part (custom XML, chart, diagram). */
    static void allText(InputStream in, ReadContext ctx, DocumentPart part, String detail)
            throws XMLStreamException, DocxProblem {
        XMLStreamReader r = SecureXml.reader(in);
        try {
            int depth = 0;
            int events = 0;
            while (r.hasNext()) {
                int event = r.next();
                if ((++events & 0x3FF) == 0) {
                    ctx.deadline().check();
                }
                switch (event) {
                    case XMLStreamConstants.DTD ->
                            throw new DocxProblem(Category.EXTERNAL_ENTITY, Messages.EXTERNAL_ENTITY);
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++depth > ctx.maxDepth()) {
                            throw DocxProblem.corrupt("te diep genest", null);
                        }
                        if (detail.startsWith("aangepaste")) {
                            for (int i = 0; i < r.getAttributeCount(); i++) {
                                String value = r.getAttributeValue(i);
                                if (value.length() > 2 && value.chars().anyMatch(Character::isLetter)
                                        && value.indexOf(' ') > 0) {
                                    ctx.charge(value.length());
                                    ctx.emit(value, part, detail, ReadContext.NOWHERE);
                                }
                            }
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> depth--;
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!r.isWhiteSpace()) {
                            ctx.charge(r.getTextLength());
                            ctx.emit(r.getText(), part, detail, ReadContext.NOWHERE);
                        }
                    }
                    default -> {
                    }
                }
            }
        } finally {
            r.close();
        }
    }

    /** The label, file name and command line stored in an OLE "Package" object (names of embedded files). */
    static void oleNames(byte[] ole, ReadContext ctx, String detail) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(ole))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive(Ole10Native.OLE10_NATIVE)) {
                Ole10Native ole10 = Ole10Native.createFromEmbeddedOleObject(root);
                ctx.emitOnce(ole10.getLabel(), DocumentPart.EMBEDDED_OBJECT, detail, ReadContext.NOWHERE);
                ctx.emitOnce(ole10.getFileName(), DocumentPart.EMBEDDED_OBJECT, detail, ReadContext.NOWHERE);
                ctx.emitOnce(ole10.getCommand(), DocumentPart.EMBEDDED_OBJECT, detail, ReadContext.NOWHERE);
            }
        } catch (IOException | org.apache.poi.poifs.filesystem.Ole10NativeException | RuntimeException e) {
            // not an OLE package: its part name was reported already
        }
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
