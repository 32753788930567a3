package nl.vhkgateway.infrastructure.docx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.DocumentSanitiser;
import nl.vhkgateway.domain.card.Location;
import nl.vhkgateway.domain.card.SanitisedDocument;
import nl.vhkgateway.domain.card.TextSegment;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Makes the copy of a card that may be forwarded, by streaming-rewriting only the parts that need it and copying
 * every other entry's compressed bytes unchanged:
 * <ul>
 * <li>core properties cleared (creator, lastModifiedBy, title, subject, keywords, description, category,
 * contentStatus, identifier, revision, language, version, lastPrinted; the created/modified dates stay);</li>
 * <li>extended properties Company, Manager, Template, HyperlinkBase and the titles list removed;</li>
 * <li>custom properties, people.xml, custom XML data (and the content controls' data bindings to it), the
 * thumbnail picture, digital signatures (broken by any change) and parts that nothing refers to removed, with their
 * relationships and content-type entries;</li>
 * <li>pending tracked changes accepted: insertions and moved-to text kept without their wrappers, deletions and
 * moved-from text removed (w:delText included), deleted table rows removed, formatting changes (w:rPrChange,
 * w:pPrChange, ...) removed. A deleted paragraph mark is dropped without merging the two paragraphs: the text stays
 * as it was, only the paragraph break remains;</li>
 * <li>comment authors and initials, and any remaining revision author, replaced by "Reviewer" / "R";</li>
 * <li>rsid attributes, w:rsid in styles and w:rsids in settings removed; XML comments and processing instructions
 * dropped from rewritten parts.</li>
 * </ul>
 * The content itself is not changed. Thread-safe and stateless apart from its limits.
 */
public final class DocxSanitiser implements DocumentSanitiser {

    /** The neutral name that replaces comment and revision authors. */
    public static final String NEUTRAL_AUTHOR = "Reviewer";
    private static final String NEUTRAL_INITIALS = "R";
    /** Least room first reserved for the copy's bytes; it grows by doubling past the estimate of {@link Run}. */
    private static final int INITIAL_COPY_CAPACITY = 32 * 1024;
    /**
     * Most bytes of rewritten parts written STORED (not compressed) into one copy; rewritten parts past it are
     * deflated (level 1). Deflating the rewritten XML was about 6 % of a screening's CPU; storing it makes a typical
     * card's copy about four times larger (14 kB to 58 kB) and any copy at most this much larger than deflating.
     */
    static final int DEFAULT_STORED_BUDGET = 256 * 1024;
    private static final long FIXED_TIME = 315_532_800_000L + 12L * 3600 * 1000; // 1980-01-01 12:00 UTC
    private static final Set<String> REMOVED_TYPES = Set.of("people", "custom-properties", "thumbnail", "customxml",
            "origin", "digital-signature");
    private static final Set<String> WORD_TYPES = Set.of("officedocument", "header", "footer", "footnotes",
            "endnotes", "comments", "glossarydocument", "styles", "settings");
    private static final Map<String, String> CORE_LABELS = Map.ofEntries(
            Map.entry("creator", "auteur"), Map.entry("lastModifiedBy", "laatst gewijzigd door"),
            Map.entry("title", "titel"), Map.entry("subject", "onderwerp"), Map.entry("keywords", "trefwoorden"),
            Map.entry("description", "beschrijving"), Map.entry("category", "categorie"),
            Map.entry("contentStatus", "status"), Map.entry("identifier", "id"), Map.entry("revision", "revisie"),
            Map.entry("language", "taal"), Map.entry("version", "versie"), Map.entry("lastPrinted", "afgedrukt op"));
    private static final Map<String, String> APP_LABELS = Map.of("Company", "bedrijf", "Manager", "manager",
            "Template", "sjabloon", "HyperlinkBase", "hyperlinkbasis", "TitlesOfParts", "titels",
            "HeadingPairs", "");
    /** Properties a person types (screened as removed text), as opposed to identity metadata and counters. */
    private static final Set<String> AUTHORED_PROPERTIES = Set.of("title", "subject", "keywords", "description",
            "category", "contentStatus", "identifier", "Company", "Manager", "HyperlinkBase", "Template");
    private static final Map<String, String> PART_DETAILS = Map.of("officedocument", "hoofdtekst", "header",
            "kopregel", "footer", "voettekst", "footnotes", "voetnoten", "endnotes", "eindnoten", "comments",
            "opmerkingen", "glossarydocument", "bouwstenen");

    private final DocxLimits limits;
    private final int storedBudget;

    public DocxSanitiser(DocxLimits limits) {
        this(limits, DEFAULT_STORED_BUDGET);
    }

    /** With another budget of stored bytes per copy (tests: 0 deflates every rewritten part, as before round 19). */
    DocxSanitiser(DocxLimits limits, int storedBudget) {
        this.limits = Objects.requireNonNull(limits, "limits");
        if (storedBudget < 0) {
            throw new IllegalArgumentException("storedBudget must not be negative");
        }
        this.storedBudget = storedBudget;
    }

    public DocxSanitiser() {
        this(DocxLimits.defaults());
    }

    @Override
    public SanitisedDocument sanitise(byte[] docx) {
        return DocxPackage.process(docx, limits, "sanitised", (pkg, deadline) -> new Run(pkg, deadline).sanitise());
    }

    /** One sanitising run: counters and the set of parts kept. */
    private final class Run {
        private final DocxPackage pkg;
        private final Deadline deadline;
        private final Set<String> removed = new HashSet<>();
        private final Set<String> coreCleared = new LinkedHashSet<>();
        private int customProperties;
        private int comments;
        private int revisions;
        private int rsids;
        private boolean peopleRemoved;
        private boolean thumbnailRemoved;
        private boolean customXmlRemoved;
        private boolean signatureRemoved;
        private boolean customPropertiesRemoved;
        private int orphans;
        /** Bytes of rewritten parts written STORED so far (at most {@link #storedBudget}). */
        private long storedBytes;
        private Set<String> kept = Set.of();
        private final List<TextSegment> removedText = new ArrayList<>();
        /** The content of each entry written into the copy (not raw-copied), for the reader of the copy. */
        private final Map<String, byte[]> written = new HashMap<>();
        /** The events of each rewritten entry's XML as written ({@link XmlTape}), for the reader of the copy. */
        private final Map<String, XmlTape> tapes = new HashMap<>();

        Run(DocxPackage pkg, Deadline deadline) {
            this.pkg = pkg;
            this.deadline = deadline;
        }

        SanitisedDocument sanitise() throws DocxProblem {
            kept = keptParts();
            Map<String, String> wordParts = new HashMap<>();
            for (String part : kept) {
                for (DocxPackage.Relationship rel : pkg.relationships(part)) {
                    String type = Ooxml.typeName(rel.type());
                    if (!rel.external() && WORD_TYPES.contains(type)) {
                        wordParts.putIfAbsent(rel.part().toLowerCase(Locale.ROOT), PART_DETAILS.getOrDefault(type, ""));
                    }
                }
            }
            wordParts.put(pkg.mainPart().toLowerCase(Locale.ROOT), "hoofdtekst");
            String core = "";
            String app = "";
            for (DocxPackage.Relationship rel : pkg.relationships("")) {
                if (rel.is("core-properties")) {
                    core = rel.part().toLowerCase(Locale.ROOT);
                } else if (rel.is("extended-properties")) {
                    app = rel.part().toLowerCase(Locale.ROOT);
                } else if (rel.is("custom-properties") && !rel.external() && pkg.exists(rel.part())) {
                    customPropertyValues(rel.part());
                }
            }

            List<ZipContainer.Entry> entries = new ArrayList<>(pkg.zip().entries());
            entries.sort((a, b) -> Integer.compare(order(a.name()), order(b.name())));
            GrowingByteChannel channel = new GrowingByteChannel(copyCapacity(entries));
            try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(channel)) {
                out.setUseZip64(Zip64Mode.Never);
                out.setLevel(Deflater.BEST_SPEED);
                for (ZipContainer.Entry entry : entries) {
                    deadline.check();
                    String name = entry.name();
                    String lower = name.toLowerCase(Locale.ROOT);
                    if (!kept.contains(lower)) {
                        continue;
                    }
                    byte[] rewritten;
                    if (name.equals(DocxPackage.CONTENT_TYPES)) {
                        rewritten = rewrite(entry, contentTypesPolicy());
                    } else if (DocxPackage.isRelsPart(name)) {
                        rewritten = rewrite(entry, relationshipsPolicy(DocxPackage.sourceOfRels(name)));
                    } else if (lower.equals(core)) {
                        rewritten = rewrite(entry, corePolicy());
                    } else if (lower.equals(app)) {
                        rewritten = rewrite(entry, appPolicy());
                    } else if (wordParts.containsKey(lower)) {
                        rewritten = rewrite(entry, new WordPolicy(wordParts.get(lower)));
                    } else {
                        copyRaw(out, entry);
                        continue;
                    }
                    write(out, name, rewritten);
                }
                out.finish();
            } catch (IOException e) {
                throw ZipContainer.problemOf(e);
            }
            byte[] result = channel.toByteArray();
            InflatedParts.offer(result, written, tapes);
            return new SanitisedDocument(result, actions(), removedText);
        }

        /**
         * Room for the copy, so that it seldom grows: the compressed size of every kept entry (the raw copies'
         * exactly, the rewritten parts' as an upper bound of their deflated form), plus the declared inflated size of
         * the parts that may be stored, up to the budget, plus room for headers. Declared sizes only size a buffer
         * (a lie costs a regrowth or some unused room, bounded by the file's own size and the budget).
         */
        private int copyCapacity(List<ZipContainer.Entry> entries) {
            long compressed = 0;
            long inflated = 0;
            for (ZipContainer.Entry entry : entries) {
                if (kept.contains(entry.name().toLowerCase(Locale.ROOT))) {
                    compressed += Math.max(0, entry.compressedSize()) + 128 + 2L * entry.name().length();
                    inflated += Math.max(0, entry.size());
                }
            }
            // The raw entries cannot hold more than the file; a header per entry and the stored parts come on top.
            long estimate = Math.min(compressed, pkg.zip().length() + 192L * entries.size())
                    + Math.min(storedBudget, inflated) + 1024;
            return (int) Math.max(INITIAL_COPY_CAPACITY, Math.min(estimate, Integer.MAX_VALUE - 16));
        }

        /** The values of the custom properties, which the copy loses, for the screener. */
        private void customPropertyValues(String part) throws DocxProblem {
            ReadContext ctx = new ReadContext(limits.maxTextChars(), deadline, limits.maxElementDepth());
            try (InputStream in = pkg.open(part)) {
                PackageTextReader.customProperties(in, ctx);
            } catch (IOException | XMLStreamException e) {
                throw ZipContainer.problemOf(e);
            }
            removedText.addAll(ctx.segments());
        }

        private void removed(String text, DocumentPart part, String detail) {
            String clean = TextCleaner.clean(text);
            if (!clean.isBlank()) {
                removedText.add(new TextSegment(clean, Location.of(part, detail)));
            }
        }

        /** Lower-case names of the entries to keep: reachable parts and their relationships, minus removed ones. */
        private Set<String> keptParts() throws DocxProblem {
            Set<String> reachable = new LinkedHashSet<>();
            List<String> todo = new ArrayList<>();
            todo.add("");
            while (!todo.isEmpty()) {
                String source = todo.remove(todo.size() - 1);
                for (DocxPackage.Relationship rel : pkg.relationships(source)) {
                    if (rel.external() || rel.part().isEmpty() || !pkg.exists(rel.part())) {
                        continue;
                    }
                    String lower = rel.part().toLowerCase(Locale.ROOT);
                    if (REMOVED_TYPES.contains(Ooxml.typeName(rel.type())) && !lower.equals(
                            pkg.mainPart().toLowerCase(Locale.ROOT))) {
                        if (removed.add(lower)) {
                            note(Ooxml.typeName(rel.type()));
                        }
                        continue;
                    }
                    if (!removed.contains(lower) && reachable.add(lower)) {
                        todo.add(pkg.zip().entry(rel.part()).orElseThrow().name());
                    }
                }
            }
            Set<String> kept = new HashSet<>(reachable);
            kept.add(DocxPackage.CONTENT_TYPES.toLowerCase(Locale.ROOT));
            for (ZipContainer.Entry entry : pkg.zip().entries()) {
                String lower = entry.name().toLowerCase(Locale.ROOT);
                if (DocxPackage.isRelsPart(entry.name())) {
                    String source = DocxPackage.sourceOfRels(lower);
                    if (source.isEmpty() || reachable.contains(source)) {
                        kept.add(lower);
                    }
                }
                if (!kept.contains(lower) && !removed.contains(lower) && !DocxPackage.isRelsPart(lower)
                        && !(customXmlRemoved && lower.startsWith("customxml/"))) {
                    orphans++;
                }
            }
            return kept;
        }

        private void note(String type) {
            switch (type) {
                case "people" -> peopleRemoved = true;
                case "thumbnail" -> thumbnailRemoved = true;
                case "customxml" -> customXmlRemoved = true;
                case "custom-properties" -> customPropertiesRemoved = true;
                case "origin", "digital-signature" -> signatureRemoved = true;
                default -> {
                }
            }
        }

        private int order(String name) {
            if (name.equals(DocxPackage.CONTENT_TYPES)) {
                return 0;
            }
            return name.equals("_rels/.rels") ? 1 : 2;
        }

        private byte[] rewrite(ZipContainer.Entry entry, XmlRewriter.Policy policy) throws DocxProblem {
            XmlTape tape = new XmlTape();
            try (InputStream in = pkg.zip().open(entry)) {
                byte[] rewritten = XmlRewriter.rewrite(in, (int) Math.min(Integer.MAX_VALUE, Math.max(0, entry.size())),
                        policy, deadline, limits.maxElementDepth(), tape);
                tapes.put(entry.name(), tape);
                return rewritten;
            } catch (IOException e) {
                throw ZipContainer.problemOf(e);
            }
        }

        private void write(ZipArchiveOutputStream out, String name, byte[] content) throws IOException {
            ZipArchiveEntry entry = new ZipArchiveEntry(name);
            // Stored while the budget lasts: the zip writer then only counts the CRC (it fills in the sizes and
            // CRC afterwards, as for a deflated entry, since it writes to a seekable channel).
            if (content.length <= storedBudget - storedBytes) {
                entry.setMethod(ZipEntry.STORED);
                storedBytes += content.length;
            } else {
                entry.setMethod(ZipEntry.DEFLATED);
            }
            entry.setTime(FIXED_TIME);
            out.putArchiveEntry(entry);
            out.write(content);
            out.closeArchiveEntry();
            written.put(name, content);
        }

        private void copyRaw(ZipArchiveOutputStream out, ZipContainer.Entry entry) throws DocxProblem, IOException {
            ZipArchiveEntry copy = new ZipArchiveEntry(entry.name());
            copy.setMethod(entry.raw().getMethod());
            copy.setCrc(entry.raw().getCrc());
            copy.setSize(entry.size());
            copy.setCompressedSize(entry.compressedSize());
            copy.setTime(FIXED_TIME);
            try (InputStream raw = pkg.zip().raw(entry)) {
                out.addRawArchiveEntry(copy, raw);
            }
        }

        private XmlRewriter.Policy contentTypesPolicy() {
            return (r, path) -> {
                if (path.depth() == 2 && r.getLocalName().equals("Override")) {
                    String part = SecureXml.anyAttr(r, "PartName");
                    String resolved = part == null ? "" : DocxPackage.resolve("", part).toLowerCase(Locale.ROOT);
                    if (!resolved.isEmpty() && pkg.exists(resolved) && !kept.contains(resolved)) {
                        return XmlRewriter.Action.DROP;
                    }
                }
                return XmlRewriter.Action.KEEP;
            };
        }

        private XmlRewriter.Policy relationshipsPolicy(String source) {
            return (r, path) -> {
                if (path.depth() == 2 && r.getLocalName().equals("Relationship")) {
                    String type = SecureXml.anyAttr(r, "Type");
                    String mode = SecureXml.anyAttr(r, "TargetMode");
                    String target = SecureXml.anyAttr(r, "Target");
                    boolean external = "External".equalsIgnoreCase(mode);
                    if (type != null && REMOVED_TYPES.contains(Ooxml.typeName(type))
                            && !(external && Ooxml.isType(type, "customXml"))) {
                        return XmlRewriter.Action.DROP;
                    }
                    if (!external && target != null && removed.contains(
                            DocxPackage.resolve(source, target).toLowerCase(Locale.ROOT))) {
                        return XmlRewriter.Action.DROP;
                    }
                }
                return XmlRewriter.Action.KEEP;
            };
        }

        private XmlRewriter.Policy corePolicy() {
            return new PropertiesPolicy(CORE_LABELS);
        }

        private XmlRewriter.Policy appPolicy() {
            return new PropertiesPolicy(APP_LABELS);
        }

        /** Drops the listed top-level property elements, keeping the typed values for the screener. */
        private final class PropertiesPolicy implements XmlRewriter.Policy {
            private final Map<String, String> labels;
            private String capturing = "";

            PropertiesPolicy(Map<String, String> labels) {
                this.labels = labels;
            }

            @Override
            public XmlRewriter.Action start(XMLStreamReader r, XmlRewriter.Path path) {
                if (path.depth() == 2) {
                    String name = r.getLocalName();
                    String label = labels.get(name);
                    if (label != null) {
                        if (!label.isEmpty()) {
                            coreCleared.add(label);
                        }
                        capturing = label;
                        return AUTHORED_PROPERTIES.contains(name) ? XmlRewriter.Action.DROP_CAPTURING
                                : XmlRewriter.Action.DROP;
                    }
                }
                return XmlRewriter.Action.KEEP;
            }

            @Override
            public void captured(String text) {
                removed(text, DocumentPart.DOCUMENT_PROPERTIES, capturing);
            }
        }

        /**
         * Accepts tracked changes, removes rsids and data bindings, replaces authors; keeps the deleted text of each
         * paragraph for the screener.
         */
        private final class WordPolicy implements XmlRewriter.Policy {
            private final String detail;
            private final java.util.ArrayDeque<StringBuilder> deletedPerParagraph = new java.util.ArrayDeque<>();

            WordPolicy(String detail) {
                this.detail = detail;
            }

            @Override
            public void captured(String text) {
                StringBuilder paragraph = deletedPerParagraph.peek();
                if (paragraph == null) {
                    removed(text, DocumentPart.TRACKED_DELETION, detail);
                } else {
                    paragraph.append(text);
                }
            }

            @Override
            public void end(String localName) {
                if (localName.equals("p") && !deletedPerParagraph.isEmpty()) {
                    StringBuilder paragraph = deletedPerParagraph.pop();
                    if (paragraph.length() > 0) {
                        removed(paragraph.toString(), DocumentPart.TRACKED_DELETION, detail);
                    }
                }
            }

            @Override
            public XmlRewriter.Action start(XMLStreamReader r, XmlRewriter.Path path) {
                String ns = r.getNamespaceURI();
                String name = r.getLocalName();
                if (name.equals("dataBinding") && customXmlRemoved) {
                    return XmlRewriter.Action.DROP;
                }
                if (!Ooxml.isW(ns)) {
                    return XmlRewriter.Action.KEEP;
                }
                switch (name) {
                    case "p" -> {
                        deletedPerParagraph.push(new StringBuilder());
                        return XmlRewriter.Action.KEEP;
                    }
                    case "del" -> {
                        revisions++;
                        if (path.ancestor(1).equals("trPr")) {
                            path.discard("tr");
                        }
                        return XmlRewriter.Action.DROP_CAPTURING;
                    }
                    case "moveFrom", "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "tblPrExChange",
                         "trPrChange", "tcPrChange", "tblGridChange", "numberingChange", "cellIns", "cellDel",
                         "cellMerge" -> {
                        revisions++;
                        return XmlRewriter.Action.DROP;
                    }
                    case "delText", "delInstrText" -> {
                        return XmlRewriter.Action.DROP_CAPTURING;
                    }
                    case "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart",
                         "moveToRangeEnd", "customXmlInsRangeStart", "customXmlInsRangeEnd",
                         "customXmlDelRangeStart", "customXmlDelRangeEnd", "customXmlMoveFromRangeStart",
                         "customXmlMoveFromRangeEnd", "customXmlMoveToRangeStart", "customXmlMoveToRangeEnd" -> {
                        return XmlRewriter.Action.DROP;
                    }
                    case "ins", "moveTo" -> {
                        revisions++;
                        return XmlRewriter.Action.UNWRAP;
                    }
                    case "rsids", "rsid" -> {
                        rsids++;
                        return XmlRewriter.Action.DROP;
                    }
                    case "comment" -> {
                        comments++;
                        return XmlRewriter.Action.KEEP;
                    }
                    case "tr", "tbl" -> {
                        return XmlRewriter.Action.BUFFER;
                    }
                    default -> {
                        return XmlRewriter.Action.KEEP;
                    }
                }
            }

            @Override
            public String attribute(String namespace, String localName, String value) {
                if (!Ooxml.isW(namespace)) {
                    return value;
                }
                if (localName.startsWith("rsid")) {
                    rsids++;
                    return null;
                }
                if (localName.equals("author")) {
                    return NEUTRAL_AUTHOR;
                }
                if (localName.equals("initials")) {
                    return NEUTRAL_INITIALS;
                }
                return value;
            }
        }

        private List<String> actions() {
            List<String> actions = new ArrayList<>();
            if (!coreCleared.isEmpty()) {
                actions.add("documenteigenschappen gewist (" + String.join(", ", coreCleared) + ")");
            }
            if (customPropertiesRemoved) {
                actions.add("aangepaste documenteigenschappen verwijderd");
            }
            if (comments > 0) {
                actions.add("namen bij " + comments + (comments == 1 ? " opmerking" : " opmerkingen")
                        + " vervangen door '" + NEUTRAL_AUTHOR + "'");
            }
            if (revisions > 0) {
                actions.add(revisions + (revisions == 1 ? " bijgehouden wijziging" : " bijgehouden wijzigingen")
                        + " geaccepteerd");
            }
            if (rsids > 0) {
                actions.add("revisiegegevens (rsid) verwijderd");
            }
            if (peopleRemoved) {
                actions.add("lijst van personen (people.xml) verwijderd");
            }
            if (customXmlRemoved) {
                actions.add("aangepaste XML-gegevens verwijderd");
            }
            if (thumbnailRemoved) {
                actions.add("miniatuurweergave verwijderd");
            }
            if (signatureRemoved) {
                actions.add("digitale handtekening verwijderd (het document is gewijzigd)");
            }
            if (orphans > 0) {
                actions.add(orphans + (orphans == 1 ? " ongebruikt onderdeel" : " ongebruikte onderdelen")
                        + " verwijderd");
            }
            return actions;
        }
    }
}
