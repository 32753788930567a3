package nl.vhkgateway.infrastructure.docx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.vhkgateway.domain.card.DocumentInspector;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.Location;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.Finding;

/**
 * Decides whether a file is a safe .docx before anything opens it for reading. Refuses, with one Dutch finding per
 * problem: an empty or too large file; anything that is not a .docx by content (magic bytes: OLE2 .doc/.xls, PDF,
 * RTF, ODF, images, HTML, XML, mail, text) or by extension; macro-enabled content (a vbaProject part, VBA data,
 * macroEnabled content types, also in a file named .docx); encryption (an OLE2 container with EncryptionInfo, or
 * encrypted zip entries) and editing restrictions with a password (w:documentProtection or w:writeProtection with a
 * password hash in settings.xml: the card must stay editable for the team, and a restriction cannot be lifted
 * without the password); zip bombs (entry count, size per entry and in total, inflate ratio, declared sizes, CRC);
 * zip-slip or duplicate entry names; DOCTYPE/ENTITY declarations in any XML part; external relationships that load
 * content (attached templates, subdocuments, external images, linked objects, frames, data sources: anything
 * external except a hyperlink, which is content); fields that load or run something (DDE, DDEAUTO, INCLUDETEXT,
 * INCLUDEPICTURE, IMPORT, LINK); embedded objects (OLE objects, packages, alternative-format chunks, ActiveX
 * controls, anything in an embeddings folder); and truncated or corrupt files.
 *
 * <p>Every zip entry is inflated once, streaming (bounded memory, no temporary files); XML parts are parsed only up
 * to their root element, except settings and the parts that hold fields. Never throws; findings never hold card
 * text. Thread-safe and stateless apart from its limits.
 */
public final class DocxDocumentInspector implements DocumentInspector {

    private static final Logger LOG = Logger.getLogger(DocxDocumentInspector.class.getName());
    private static final String CHECK = "docx-inspector";
    private static final Set<String> EMBEDDING_TYPES = Set.of("oleobject", "package", "afchunk", "control",
            "activexcontrolbinary", "subdocument");
    private static final Set<String> MACRO_TYPES = Set.of("vbaproject", "wordvbadata", "keymapcustomizations",
            "vbaprojectsignature", "vbaprojectsignatureagile", "vbaprojectsignaturev3");
    private static final Set<String> TEXT_PART_TYPES = Set.of("officedocument", "header", "footer", "footnotes",
            "endnotes", "comments", "glossarydocument");
    private static final Pattern LOADING_FIELD = Pattern.compile(
            "^\\s*(?:DDEAUTO|DDE|INCLUDETEXT|INCLUDEPICTURE|INCLUDE|IMPORT|LINK)\\b", Pattern.CASE_INSENSITIVE);

    private final DocxLimits limits;

    public DocxDocumentInspector(DocxLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public DocxDocumentInspector() {
        this(DocxLimits.defaults());
    }

    @Override
    public List<Finding> inspect(String fileName, byte[] content) {
        Map<Category, Finding> findings = new LinkedHashMap<>();
        try {
            inspect(fileName == null ? "" : fileName.strip(), content == null ? new byte[0] : content, findings);
        } catch (DocxProblem problem) {
            add(findings, problem.category(), problem.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(Level.FINE, "inspection failed: {0}", e.getClass().getName());
            add(findings, Category.CORRUPT, Messages.CORRUPT + ".");
        }
        return List.copyOf(findings.values());
    }

    private void inspect(String fileName, byte[] content, Map<Category, Finding> findings) throws DocxProblem {
        if (content.length == 0) {
            add(findings, Category.EMPTY_FILE, Messages.EMPTY);
            return;
        }
        if (content.length > limits.maxFileBytes()) {
            add(findings, Category.TOO_LARGE, Messages.tooLarge(limits.maxFileBytes()));
            return;
        }
        Deadline deadline = Deadline.after(limits.maxDuration());
        FileTypeSniffer.Kind kind = FileTypeSniffer.sniff(content);
        if (kind == FileTypeSniffer.Kind.ENCRYPTED_OFFICE) {
            add(findings, Category.ENCRYPTED, Messages.ENCRYPTED);
            return;
        }
        if (kind != FileTypeSniffer.Kind.ZIP) {
            add(findings, Category.NOT_DOCX, Messages.notDocx(kind.dutchName()));
            return;
        }
        String extension = extension(fileName);
        if (!extension.isEmpty() && !extension.equals("docx")) {
            add(findings, Category.NOT_DOCX, Messages.wrongExtension(extension));
        }
        ZipContainer zip = ZipContainer.openRecording(content, limits, deadline);
        try {
            if (!zip.entries().isEmpty() && zip.entries().get(0).name().equals("mimetype")) {
                add(findings, Category.NOT_DOCX, Messages.notDocx("een OpenDocument-bestand (bijvoorbeeld .odt)"));
                return;
            }
            if (zip.entry(DocxPackage.CONTENT_TYPES).isEmpty()) {
                add(findings, Category.NOT_DOCX, Messages.notDocx("een zip-bestand"));
                return;
            }
        } catch (RuntimeException e) {
            zip.close();
            throw e;
        }
        DocxPackage pkg = DocxPackage.of(zip);
        boolean handedOver = false;
        try {
            checkContentTypes(pkg, findings);
            List<String> fieldParts = checkRelationships(pkg, findings);
            checkEntries(pkg, fieldParts, findings);
            checkSettings(pkg, findings);
            if (findings.isEmpty()) {
                // the sanitiser of this card goes on with this package: no second opening of the zip, no second
                // reading of content types and relationships, its parts from memory
                zip.handOver(pkg);
                handedOver = true;
            }
        } finally {
            if (!handedOver) {
                pkg.close();
            }
        }
    }

    private static String extension(String fileName) {
        String name = fileName.replaceAll("[\\s.]+$", "");
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static void checkContentTypes(DocxPackage pkg, Map<Category, Finding> findings) {
        String main = pkg.contentType(pkg.mainPart());
        if (Ooxml.isMacroContentType(main)) {
            add(findings, Category.MACRO, Messages.MACRO);
        } else if (main.equals(Ooxml.CT_TEMPLATE)) {
            add(findings, Category.NOT_DOCX, Messages.notDocx("een Word-sjabloon (.dotx)"));
        } else if (!main.equals(Ooxml.CT_DOCUMENT)) {
            add(findings, Category.NOT_DOCX, Messages.notDocx(main.contains("spreadsheet") ? "een Excel-bestand"
                    : main.contains("presentation") ? "een PowerPoint-bestand" : "een ander soort Office-bestand"));
        }
        for (String type : pkg.declaredContentTypes()) {
            if (Ooxml.isMacroContentType(type)) {
                add(findings, Category.MACRO, Messages.MACRO);
            }
        }
    }

    /** Checks every relationship; returns the parts that may hold fields. */
    private static List<String> checkRelationships(DocxPackage pkg, Map<Category, Finding> findings)
            throws DocxProblem {
        List<String> fieldParts = new ArrayList<>();
        for (ZipContainer.Entry entry : pkg.zip().entries()) {
            if (!DocxPackage.isRelsPart(entry.name())) {
                continue;
            }
            pkg.zip().deadline().check();
            for (DocxPackage.Relationship rel : pkg.relationships(DocxPackage.sourceOfRels(entry.name()))) {
                String type = Ooxml.typeName(rel.type());
                if (MACRO_TYPES.contains(type)) {
                    add(findings, Category.MACRO, Messages.MACRO);
                } else if (rel.external()) {
                    if (!type.equals("hyperlink")) {
                        add(findings, Category.EXTERNAL_REFERENCE, Messages.external(describeExternal(type)));
                    }
                } else if (EMBEDDING_TYPES.contains(type)) {
                    add(findings, Category.EMBEDDED_OBJECT, Messages.EMBEDDED);
                } else if (rel.part().isEmpty()) {
                    add(findings, Category.CORRUPT, Messages.SUSPICIOUS_NAMES);
                } else if (TEXT_PART_TYPES.contains(type)) {
                    fieldParts.add(rel.part().toLowerCase(Locale.ROOT));
                }
            }
        }
        return fieldParts;
    }

    private static String describeExternal(String type) {
        return switch (type) {
            case "attachedtemplate" -> "een sjabloon";
            case "subdocument" -> "een subdocument";
            case "image" -> "een afbeelding";
            case "oleobject", "package" -> "een gekoppeld object";
            case "frame" -> "een frame";
            case "mailmergesource", "mailmergeheadersource", "recipientdata" -> "gegevens voor samenvoegen";
            default -> "een bestand of bron";
        };
    }

    private void checkEntries(DocxPackage pkg, List<String> fieldParts, Map<Category, Finding> findings)
            throws DocxProblem {
        byte[] buffer = new byte[PatternScanner.BUFFER_BYTES];
        for (ZipContainer.Entry entry : pkg.zip().entries()) {
            String name = entry.name();
            String lower = name.toLowerCase(Locale.ROOT);
            String contentType = pkg.contentType(name);
            if (lower.endsWith("vbaproject.bin") || lower.endsWith("vbadata.xml")) {
                add(findings, Category.MACRO, Messages.MACRO);
            }
            if (lower.contains("embeddings/") || lower.contains("activex/") || contentType.contains("oleobject")
                    || contentType.contains("activex")) {
                add(findings, Category.EMBEDDED_OBJECT, Messages.EMBEDDED);
            }
            boolean xml = lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml")
                    || contentType.endsWith("+xml") || contentType.endsWith("/xml") || name.equals(DocxPackage.CONTENT_TYPES);
            boolean mayHoldFields = fieldParts.contains(lower);
            boolean holdsInstr;
            boolean notAscii;
            try (PatternScanner in = new PatternScanner(pkg.zip().open(entry), "instr", "<!DOCTYPE", "<!ENTITY")) {
                in.drain(buffer);
                holdsInstr = in.found(0);
                notAscii = in.notAscii();
                if (xml && (in.found(1) || in.found(2))) {
                    add(findings, Category.EXTERNAL_ENTITY, Messages.EXTERNAL_ENTITY);
                }
            } catch (IOException | RuntimeException e) {
                throw ZipContainer.problemOf(e);
            }
            if (xml && notAscii) {
                try (InputStream in = pkg.zip().open(entry)) {
                    if (hasDoctype(in)) {
                        add(findings, Category.EXTERNAL_ENTITY, Messages.EXTERNAL_ENTITY);
                    }
                } catch (IOException | XMLStreamException | RuntimeException e) {
                    throw ZipContainer.problemOf(e);
                }
            }
            if (mayHoldFields && (holdsInstr || notAscii) && !findings.containsKey(Category.EXTERNAL_ENTITY)) {
                checkFields(pkg, entry, findings);
            }
        }
    }

    /** Parses the prolog up to the root element; true when it declares a DOCTYPE. */
    private static boolean hasDoctype(InputStream in) throws XMLStreamException {
        XMLStreamReader r = SecureXml.parser(in);
        try {
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_DECLARATION) {
                    return true;
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return false;
                }
            }
            return false;
        } finally {
            r.close();
        }
    }

    private void checkFields(DocxPackage pkg, ZipContainer.Entry entry, Map<Category, Finding> findings)
            throws DocxProblem {
        Deque<StringBuilder> fields = new ArrayDeque<>();
        int depth = 0;
        int events = 0;
        try (InputStream in = pkg.zip().open(entry)) {
            XMLStreamReader r = SecureXml.parser(in);
            try {
                while (r.hasNext()) {
                    int event = r.next();
                    if ((++events & 0xFFF) == 0) {
                        pkg.zip().deadline().check();
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        if (++depth > limits.maxElementDepth()) {
                            throw DocxProblem.corrupt("te diep genest", null);
                        }
                        if (!Ooxml.isW(r.getNamespaceURI())) {
                            continue;
                        }
                        switch (r.getLocalName()) {
                            case "fldSimple" -> loadingField(SecureXml.wAttr(r, "instr"), findings);
                            case "fldChar" -> {
                                String type = SecureXml.wAttr(r, "fldCharType");
                                if ("begin".equals(type) && fields.size() < 64) {
                                    fields.push(new StringBuilder());
                                } else if (("separate".equals(type) || "end".equals(type)) && !fields.isEmpty()) {
                                    loadingField(fields.peek().toString(), findings);
                                    if ("end".equals(type)) {
                                        fields.pop();
                                    } else {
                                        fields.peek().setLength(0);
                                    }
                                }
                            }
                            case "instrText", "delInstrText" -> {
                                String text = r.getElementText();
                                depth--;
                                if (fields.isEmpty()) {
                                    loadingField(text, findings);
                                } else if (fields.peek().length() < 10_000) {
                                    fields.peek().append(text);
                                }
                            }
                            default -> {
                                // no field
                            }
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    } else if (event == XMLStreamConstants.DTD) {
                        add(findings, Category.EXTERNAL_ENTITY, Messages.EXTERNAL_ENTITY);
                        return;
                    }
                }
                for (StringBuilder open : fields) {
                    loadingField(open.toString(), findings);
                }
            } finally {
                r.close();
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw ZipContainer.problemOf(e);
        }
    }

    private static void loadingField(String instruction, Map<Category, Finding> findings) {
        if (instruction != null && LOADING_FIELD.matcher(instruction).find()) {
            add(findings, Category.EXTERNAL_REFERENCE,
                    Messages.external("gegevens via een veldcode (DDE, INCLUDETEXT, INCLUDEPICTURE, IMPORT of LINK)"));
        }
    }

    private static void checkSettings(DocxPackage pkg, Map<Category, Finding> findings) throws DocxProblem {
        for (DocxPackage.Relationship rel : pkg.relationships(pkg.mainPart())) {
            if (!rel.is("settings") || rel.external() || !pkg.exists(rel.part())) {
                continue;
            }
            try (InputStream in = pkg.open(rel.part())) {
                XMLStreamReader r = SecureXml.parser(in);
                try {
                    while (r.hasNext()) {
                        int event = r.next();
                        if (event == XMLStreamConstants.DTD) {
                            add(findings, Category.EXTERNAL_ENTITY, Messages.EXTERNAL_ENTITY);
                            return;
                        }
                        if (event == XMLStreamConstants.START_ELEMENT && Ooxml.isW(r.getNamespaceURI())) {
                            String name = r.getLocalName();
                            boolean protection = name.equals("documentProtection") && SecureXml.isOn(
                                    valueOr(SecureXml.wAttr(r, "enforcement"), "0"));
                            if ((protection || name.equals("writeProtection")) && hasPassword(r)) {
                                add(findings, Category.ENCRYPTED, Messages.PROTECTED);
                            }
                        }
                    }
                } finally {
                    r.close();
                }
            } catch (IOException | XMLStreamException | RuntimeException e) {
                throw ZipContainer.problemOf(e);
            }
        }
    }

    private static String valueOr(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static boolean hasPassword(XMLStreamReader r) {
        for (String attribute : new String[] {"hash", "hashValue", "password"}) {
            String value = SecureXml.wAttr(r, attribute);
            if (value != null && !value.isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static void add(Map<Category, Finding> findings, Category category, String message) {
        findings.putIfAbsent(category, new Finding(category, Location.of(DocumentPart.DOCUMENT, ""), message, CHECK));
    }
}
