package nl.vhkgateway.infrastructure.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.vhkgateway.domain.card.UnreadableDocumentException;
import nl.vhkgateway.domain.screening.Category;

/**
 * The Open Packaging Conventions view of a .docx: content types, relationships per part and the main document,
 * read with the hardened StAX parser from a {@link ZipContainer}. Part names are without a leading slash and compared
 * case-insensitively. Not thread-safe: one package per operation.
 */
final class DocxPackage implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DocxPackage.class.getName());

    static final String CONTENT_TYPES = "[Content_Types].xml";

    /** A relationship; {@code part} is the resolved internal part name, or "" for external or unresolvable ones. */
    record Relationship(String source, String id, String type, String target, boolean external, String part) {
        boolean is(String typeName) {
            return Ooxml.isType(type, typeName);
        }
    }

    private final ZipContainer zip;
    private final Map<String, String> defaults = new HashMap<>();
    private final Map<String, String> overrides = new HashMap<>();
    private final Map<String, List<Relationship>> relationships = new HashMap<>();
    private final String mainPart;

    private DocxPackage(ZipContainer zip) throws DocxProblem {
        this.zip = zip;
        ZipContainer.Entry types = zip.entry(CONTENT_TYPES)
                .orElseThrow(() -> new DocxProblem(Category.NOT_DOCX, Messages.notDocx("een ander soort zip-bestand")));
        readContentTypes(zip.xml(types));
        this.mainPart = relationships("").stream()
                .filter(r -> r.is("officeDocument") && !r.external() && !r.part().isEmpty())
                .map(Relationship::part)
                .findFirst()
                .orElseThrow(() -> new DocxProblem(Category.NOT_DOCX,
                        Messages.notDocx("een Office-bestand zonder hoofddocument")));
        if (!exists(mainPart)) {
            throw DocxProblem.corrupt("hoofddocument ontbreekt", null);
        }
    }

    /**
     * The package of these bytes: the one the inspector of this card left on this thread ({@link InflatedParts}),
     * resumed under this deadline, or else the container opened and content types and relationships read.
     */
    static DocxPackage open(byte[] bytes, DocxLimits limits, Deadline deadline) throws DocxProblem {
        java.util.Optional<DocxPackage> handed = InflatedParts.claimPackage(bytes, limits);
        if (handed.isPresent()) {
            handed.get().zip().resume(deadline);
            return handed.get();
        }
        return of(ZipContainer.open(bytes, limits, deadline));
    }

    /** One operation on an open package, within the deadline of {@link #process}. */
    @FunctionalInterface
    interface Operation<T> {
        T apply(DocxPackage pkg, Deadline deadline) throws DocxProblem;
    }

    /**
     * Opens a .docx within the limits and runs one operation on it. An empty or too large file, a problem of the
     * package and any other failure (also a stack overflow on hostile nesting) become an
     * {@link UnreadableDocumentException} whose message holds no card text; the package is always closed.
     *
     * @param what the operation in a log line ("read", "sanitised"): "card could not be &lt;what&gt;"
     */
    static <T> T process(byte[] docx, DocxLimits limits, String what, Operation<T> operation) {
        if (docx == null || docx.length == 0) {
            throw new UnreadableDocumentException(Category.EMPTY_FILE, Messages.EMPTY);
        }
        if (docx.length > limits.maxFileBytes()) {
            throw new UnreadableDocumentException(Category.TOO_LARGE, Messages.tooLarge(limits.maxFileBytes()));
        }
        Deadline deadline = Deadline.after(limits.maxDuration());
        try (DocxPackage pkg = open(docx, limits, deadline)) {
            return operation.apply(pkg, deadline);
        } catch (DocxProblem problem) {
            throw problem.toUnreadable();
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(Level.FINE, "card could not be {0}: {1}", new Object[] {what, e.getClass().getName()});
            throw new UnreadableDocumentException(Category.CORRUPT, Messages.CORRUPT + ".",
                    new DocxProblem.SafeCause(e));
        }
    }

    /** The package view of an open container; closes the container when the package cannot be read. */
    static DocxPackage of(ZipContainer zip) throws DocxProblem {
        try {
            return new DocxPackage(zip);
        } catch (DocxProblem | RuntimeException e) {
            zip.close();
            if (e instanceof DocxProblem problem) {
                throw problem;
            }
            throw DocxProblem.corrupt("", e);
        }
    }

    ZipContainer zip() {
        return zip;
    }

    /** The main document part, usually "word/document.xml". */
    String mainPart() {
        return mainPart;
    }

    boolean exists(String part) {
        return zip.entry(part).isPresent();
    }

    /** The content type of a part (override, else default by extension), lower case; "" when none. */
    String contentType(String part) {
        String override = overrides.get(part.toLowerCase(Locale.ROOT));
        if (override != null) {
            return override;
        }
        int dot = part.lastIndexOf('.');
        int slash = part.lastIndexOf('/');
        if (dot > slash) {
            return defaults.getOrDefault(part.substring(dot + 1).toLowerCase(Locale.ROOT), "");
        }
        return "";
    }

    /** All content types named in [Content_Types].xml (defaults and overrides). */
    List<String> declaredContentTypes() {
        List<String> all = new ArrayList<>(defaults.values());
        all.addAll(overrides.values());
        return all;
    }

    InputStream open(String part) throws DocxProblem {
        return zip.open(zip.entry(part).orElseThrow(() -> DocxProblem.corrupt("onderdeel ontbreekt", null)));
    }

    /** The relationships of a part ("" for the package itself); empty when it has none. */
    List<Relationship> relationships(String source) throws DocxProblem {
        List<Relationship> cached = relationships.get(source.toLowerCase(Locale.ROOT));
        if (cached != null) {
            return cached;
        }
        String relsName = relsPartName(source);
        Optional<ZipContainer.Entry> entry = zip.entry(relsName);
        List<Relationship> list = entry.isPresent() ? readRelationships(source, zip.xml(entry.get())) : List.of();
        relationships.put(source.toLowerCase(Locale.ROOT), list);
        return list;
    }

    /** The relationships part of a part: "word/_rels/document.xml.rels"; "_rels/.rels" for the package. */
    static String relsPartName(String source) {
        int slash = source.lastIndexOf('/');
        return source.substring(0, slash + 1) + "_rels/" + source.substring(slash + 1) + ".rels";
    }

    /** True for a relationships part name. */
    static boolean isRelsPart(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".rels") && (lower.startsWith("_rels/") || lower.contains("/_rels/"));
    }

    /** The source part a relationships part belongs to ("" for the package). */
    static String sourceOfRels(String relsName) {
        int marker = relsName.toLowerCase(Locale.ROOT).lastIndexOf("_rels/");
        String dir = relsName.substring(0, marker);
        String file = relsName.substring(marker + 6, relsName.length() - 5);
        return dir + file;
    }

    /** Every internal part reachable from the package relationships (the parts a consumer would load). */
    List<String> reachableParts() throws DocxProblem {
        Map<String, String> seen = new LinkedHashMap<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add("");
        while (!todo.isEmpty()) {
            String source = todo.poll();
            for (Relationship rel : relationships(source)) {
                if (!rel.external() && !rel.part().isEmpty() && exists(rel.part())) {
                    String key = rel.part().toLowerCase(Locale.ROOT);
                    if (!seen.containsKey(key)) {
                        String actual = zip.entry(rel.part()).get().name();
                        seen.put(key, actual);
                        todo.add(actual);
                    }
                }
            }
        }
        return new ArrayList<>(seen.values());
    }

    private void readContentTypes(InputStream xml) throws DocxProblem {
        try (InputStream in = xml) {
            XMLStreamReader r = SecureXml.reader(in);
            try {
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new DocxProblem(Category.EXTERNAL_ENTITY, Messages.EXTERNAL_ENTITY);
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        String name = r.getLocalName();
                        String type = SecureXml.anyAttr(r, "ContentType");
                        if (type == null) {
                            continue;
                        }
                        type = type.strip().toLowerCase(Locale.ROOT);
                        if (name.equals("Default")) {
                            String ext = SecureXml.anyAttr(r, "Extension");
                            if (ext != null) {
                                defaults.put(ext.toLowerCase(Locale.ROOT), type);
                            }
                        } else if (name.equals("Override")) {
                            String part = SecureXml.anyAttr(r, "PartName");
                            if (part != null) {
                                String resolved = resolve("", part);
                                if (!resolved.isEmpty()) {
                                    overrides.put(resolved.toLowerCase(Locale.ROOT), type);
                                }
                            }
                        }
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException | IOException | RuntimeException e) {
            throw ZipContainer.problemOf(e);
        }
    }

    private List<Relationship> readRelationships(String source, InputStream xml) throws DocxProblem {
        List<Relationship> list = new ArrayList<>();
        try (InputStream in = xml) {
            XMLStreamReader r = SecureXml.reader(in);
            try {
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new DocxProblem(Category.EXTERNAL_ENTITY, Messages.EXTERNAL_ENTITY);
                    }
                    if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
                        String id = nonNull(SecureXml.anyAttr(r, "Id"));
                        String type = nonNull(SecureXml.anyAttr(r, "Type")).strip();
                        String target = nonNull(SecureXml.anyAttr(r, "Target")).strip();
                        boolean external = "External".equalsIgnoreCase(nonNull(SecureXml.anyAttr(r, "TargetMode")));
                        String part = external ? "" : resolve(source, target);
                        list.add(new Relationship(source, id, type, target, external, part));
                        if (list.size() > 100_000) {
                            throw new DocxProblem(Category.ZIP_BOMB, Messages.ZIP_BOMB);
                        }
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException | IOException | RuntimeException e) {
            throw ZipContainer.problemOf(e);
        }
        return Collections.unmodifiableList(list);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    /**
     * Resolves a relationship target against its source part: relative to the source's folder, or absolute with a
     * leading slash; percent-escapes decoded, "." and ".." applied. "" when it leaves the package or is empty.
     */
    static String resolve(String source, String target) {
        String t = target;
        int hash = t.indexOf('#');
        if (hash >= 0) {
            t = t.substring(0, hash);
        }
        if (t.isEmpty()) {
            return "";
        }
        t = percentDecode(t.replace('\\', '/'));
        String base = t.startsWith("/") ? "" : source.substring(0, source.lastIndexOf('/') + 1);
        Deque<String> out = new ArrayDeque<>();
        for (String segment : (base + t).split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (out.isEmpty()) {
                    return "";
                }
                out.removeLast();
            } else {
                out.addLast(segment);
            }
        }
        return String.join("/", out);
    }

    private static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && Character.digit(text.charAt(i + 1), 16) >= 0
                    && Character.digit(text.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
                i += 3;
            } else {
                int codePoint = text.codePointAt(i);
                byte[] encoded = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i += Character.charCount(codePoint);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        zip.close();
    }
}
