package nl.vhkgateway.infrastructure.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.vhkgateway.domain.card.CardPart;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.Finding;
import nl.vhkgateway.testsupport.docx.DocxParts;
import nl.vhkgateway.testsupport.docx.WordDocxBuilder;
import nl.vhkgateway.testsupport.docx.WordDocxBuilder.Layout;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of hostile or wrong file is refused with the right category, a Dutch reason and no exception. */
class DocxDocumentInspectorTest {

    private static final DocxDocumentInspector INSPECTOR = new DocxDocumentInspector();
    private static final String SEND_DOCX = "stuur de kaart als Word-document (.docx)";

    /** A hostile or wrong file and the category it must be refused with. */
    record Hostile(String name, String fileName, Supplier<byte[]> content, Category expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static byte[] card() {
        return WordDocxBuilder.card().part(CardPart.VOORBLAD).section(Section.DATUM, "17-10-2026")
                .section(Section.JEUGDIGE, "J. (2011)").build();
    }

    static Stream<Hostile> hostile() {
        return Stream.of(
                new Hostile("empty file", "kaart.docx", () -> new byte[0], Category.EMPTY_FILE),
                new Hostile("Word 97 document", "kaart.docx", () -> ole2("WordDocument"), Category.NOT_DOCX),
                new Hostile("Excel 97 workbook", "kaart.docx", () -> ole2("Workbook"), Category.NOT_DOCX),
                new Hostile("encrypted docx", "kaart.docx", DocxDocumentInspectorTest::encrypted, Category.ENCRYPTED),
                new Hostile("PDF", "kaart.docx", () -> ascii("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"), Category.NOT_DOCX),
                new Hostile("RTF", "kaart.docx", () -> ascii("{\\rtf1\\ansi Sanne}"), Category.NOT_DOCX),
                new Hostile("PNG", "kaart.docx", () -> bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0),
                        Category.NOT_DOCX),
                new Hostile("JPEG", "kaart.docx", () -> bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'),
                        Category.NOT_DOCX),
                new Hostile("HTML", "kaart.docx", () -> ascii("<!DOCTYPE html><html><body>kaart</body></html>"),
                        Category.NOT_DOCX),
                new Hostile("Word 2003 XML", "kaart.docx", () -> ascii("<?xml version=\"1.0\"?><w:wordDocument/>"),
                        Category.NOT_DOCX),
                new Hostile("plain text", "kaart.docx", () -> ascii("Datum: 17-10-2026\nJeugdige: J. (2011)\n"),
                        Category.NOT_DOCX),
                new Hostile("ODF text", "kaart.docx", DocxDocumentInspectorTest::odt, Category.NOT_DOCX),
                new Hostile("zip without content types", "kaart.docx",
                        () -> DocxParts.zip(Map.of("kaart.txt", ascii("x"))), Category.NOT_DOCX),
                new Hostile("spreadsheet package", "kaart.docx", () -> DocxParts.replace(card(), "[Content_Types].xml",
                        x -> x.replace("wordprocessingml.document.main+xml", "spreadsheetml.sheet.main+xml")),
                        Category.NOT_DOCX),
                new Hostile("Word template", "kaart.docx", () -> DocxParts.replace(card(), "[Content_Types].xml",
                        x -> x.replace("wordprocessingml.document.main+xml", "wordprocessingml.template.main+xml")),
                        Category.NOT_DOCX),
                new Hostile("named .doc", "kaart.doc", DocxDocumentInspectorTest::card, Category.NOT_DOCX),
                new Hostile("named .docm", "kaart.docm", DocxDocumentInspectorTest::card, Category.NOT_DOCX),
                new Hostile("named .dotm", "kaart.dotm", DocxDocumentInspectorTest::card, Category.NOT_DOCX),
                new Hostile("named .pdf", "kaart.pdf", DocxDocumentInspectorTest::card, Category.NOT_DOCX),
                new Hostile("named .odt", "kaart.odt", DocxDocumentInspectorTest::card, Category.NOT_DOCX),
                new Hostile("macro-enabled named .docx", "kaart.docx",
                        () -> WordDocxBuilder.card().paragraph("x").macros().build(), Category.MACRO),
                new Hostile("vbaProject with docx content type", "kaart.docx",
                        () -> WordDocxBuilder.card().paragraph("x").vbaProjectOnly().build(), Category.MACRO),
                new Hostile("macroEnabled content type only", "kaart.docx",
                        () -> WordDocxBuilder.card().paragraph("x").macroEnabledContentType().build(), Category.MACRO),
                new Hostile("editing restricted with password", "kaart.docx",
                        () -> WordDocxBuilder.card().paragraph("x").documentProtection("readOnly", true).build(),
                        Category.ENCRYPTED),
                new Hostile("write protection with password", "kaart.docx",
                        () -> WordDocxBuilder.card().paragraph("x").writeProtection(true).build(), Category.ENCRYPTED),
                new Hostile("encrypted zip entries", "kaart.docx", () -> encryptionFlag(card()), Category.ENCRYPTED),
                new Hostile("zip bomb by ratio", "kaart.docx", () -> DocxParts.put(card(), "word/media/x.bin",
                        new byte[20 * 1024 * 1024]), Category.ZIP_BOMB),
                new Hostile("zip bomb by entry count", "kaart.docx", DocxDocumentInspectorTest::manyEntries,
                        Category.ZIP_BOMB),
                new Hostile("entry larger than declared", "kaart.docx", () -> lyingSize(card()), Category.CORRUPT),
                new Hostile("DOCTYPE in the document", "kaart.docx", () -> DocxParts.replace(card(),
                        "word/document.xml", x -> x.replace("?>\r\n", "?>\r\n<!DOCTYPE w:document>")),
                        Category.EXTERNAL_ENTITY),
                new Hostile("billion laughs in styles", "kaart.docx", () -> DocxParts.replace(card(),
                        "word/styles.xml", x -> x.replace("?>\r\n", "?>\r\n" + LAUGHS)), Category.EXTERNAL_ENTITY),
                new Hostile("external entity in relationships", "kaart.docx", () -> DocxParts.replace(card(),
                        "word/_rels/document.xml.rels", x -> x.replace("?>", "?><!DOCTYPE r [<!ENTITY x SYSTEM "
                                + "\"http://127.0.0.1:9/x\">]>")), Category.EXTERNAL_ENTITY),
                new Hostile("external entity in content types", "kaart.docx", () -> DocxParts.replace(card(),
                        "[Content_Types].xml", x -> x.replace("?>", "?><!DOCTYPE t SYSTEM \"file:///etc/passwd\">")),
                        Category.EXTERNAL_ENTITY),
                new Hostile("DOCTYPE in a UTF-16 part", "kaart.docx", () -> DocxParts.put(card(), "word/settings.xml",
                        ("<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE s [<!ENTITY a \"b\">]><w:settings "
                                + "xmlns:w=\"" + Ooxml.W + "\"/>").getBytes(StandardCharsets.UTF_16)),
                        Category.EXTERNAL_ENTITY),
                new Hostile("external attached template", "kaart.docx", () -> WordDocxBuilder.card().paragraph("x")
                        .attachedTemplate("file:///C:/Users/x/Sjablonen/vhk.dotm").build(),
                        Category.EXTERNAL_REFERENCE),
                new Hostile("external subdocument", "kaart.docx", () -> WordDocxBuilder.card().paragraph("x")
                        .relationship("word/document.xml", WordDocxBuilder.relationshipType("subDocument"),
                                "file:///C:/sub.docx", true).build(), Category.EXTERNAL_REFERENCE),
                new Hostile("external image", "kaart.docx", () -> WordDocxBuilder.card().paragraph("x")
                        .externalImage("http://tracker.example/pixel.png").build(), Category.EXTERNAL_REFERENCE),
                new Hostile("external frame", "kaart.docx", () -> WordDocxBuilder.card().paragraph("x")
                        .relationship("word/webSettings.xml", WordDocxBuilder.relationshipType("frame"),
                                "http://example/frame.html", true).build(), Category.EXTERNAL_REFERENCE),
                new Hostile("DDEAUTO field", "kaart.docx", () -> WordDocxBuilder.card().paragraph("x")
                        .complexField(" DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe \"/k calc\" ", "").build(),
                        Category.EXTERNAL_REFERENCE),
                new Hostile("INCLUDEPICTURE field", "kaart.docx", () -> WordDocxBuilder.card().paragraph("x")
                        .simpleField(" INCLUDEPICTURE \"http://tracker.example/p.png\" \\d ", "").build(),
                        Category.EXTERNAL_REFERENCE),
                new Hostile("embedded OLE object", "kaart.docx", () -> WordDocxBuilder.card().paragraph("x")
                        .oleObject("brief.txt", "inhoud").build(), Category.EMBEDDED_OBJECT),
                new Hostile("embedded package", "kaart.docx", () -> WordDocxBuilder.card().paragraph("x")
                        .embeddedPackage("bijlage.docx", "inhoud").build(), Category.EMBEDDED_OBJECT),
                new Hostile("alternative format chunk", "kaart.docx", () -> WordDocxBuilder.card().paragraph("x")
                        .extraPart("word/afchunk.htm", "text/html", ascii("<html>x</html>"))
                        .relationship("word/document.xml", WordDocxBuilder.relationshipType("aFChunk"),
                                "afchunk.htm", false).build(), Category.EMBEDDED_OBJECT),
                new Hostile("file in embeddings folder", "kaart.docx",
                        () -> DocxParts.put(card(), "word/embeddings/x.xlsx", ascii("PK")), Category.EMBEDDED_OBJECT),
                new Hostile("truncated to half", "kaart.docx", () -> cut(card(), 0.5), Category.CORRUPT),
                new Hostile("truncated end record", "kaart.docx", () -> cut(card(), 0.999), Category.CORRUPT),
                new Hostile("garbage inside an entry", "kaart.docx", DocxDocumentInspectorTest::garbled,
                        Category.CORRUPT),
                new Hostile("zip slip name", "kaart.docx", () -> withEntry(card(), "../../evil.xml"), Category.CORRUPT),
                new Hostile("absolute name", "kaart.docx", () -> withEntry(card(), "/etc/evil.xml"), Category.CORRUPT),
                new Hostile("backslash name", "kaart.docx", () -> withEntry(card(), "word/..\\evil.xml"),
                        Category.CORRUPT),
                new Hostile("duplicate entry", "kaart.docx", () -> withEntry(card(), "word/document.xml"),
                        Category.CORRUPT),
                new Hostile("duplicate entry in other case", "kaart.docx", () -> withEntry(card(), "Word/Document.XML"),
                        Category.CORRUPT));
    }

    private static final String LAUGHS = "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;"
            + "&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>";

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void refusesHostileFilesWithTheRightCategoryAndADutchReason(Hostile hostile) {
        byte[] content = hostile.content().get();

        List<Finding> findings = INSPECTOR.inspect(hostile.fileName(), content);

        Set<Category> categories = findings.stream().map(Finding::category).collect(Collectors.toSet());
        assertTrue(categories.contains(hostile.expected()), () -> hostile + ": " + categories);
        for (Finding finding : findings) {
            assertEquals(Category.Kind.DOCUMENT, finding.category().kind());
            assertEquals(DocumentPart.DOCUMENT, finding.location().documentPart());
            assertTrue(finding.maskedExcerpt().length() > 20, "a Dutch sentence for the sender");
        }
        if (hostile.expected() == Category.NOT_DOCX) {
            assertTrue(findings.stream().anyMatch(f -> f.maskedExcerpt().contains(SEND_DOCX)), hostile::toString);
        }
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void acceptsCleanCardsWithEverythingHarmless(Layout layout) {
        byte[] docx = WordDocxBuilder.card().layout(layout).part(CardPart.VOORBLAD)
                .section(Section.DATUM, "17-10-2026").comment("Reviewer", "R", "opmerking")
                .section(Section.JEUGDIGE, "J. (2011)").insertion("A", " en D. (2016)").deletion("A", "weg")
                .hyperlink("https://www.veiligthuis.nl", "Veilig Thuis").image("logo", "Logo")
                .textBox("tekstvak").footnote("noot").simpleField(" PAGE ", "1")
                .complexField(" HYPERLINK \"https://www.example.org\" ", "link")
                .documentProtection("forms", false).writeProtection(false)
                .header("Vertrouwelijk").footer("Pagina").glossary("x", "y").customProperty("a", "b")
                .build();

        assertEquals(List.of(), INSPECTOR.inspect("Veiligheidskaart J.docx", docx));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kaart.docx", "KAART.DOCX", "kaart", "", "map/kaart.docx", "kaart.docx "})
    void acceptsTheNamesOfADocx(String name) {
        assertEquals(List.of(), INSPECTOR.inspect(name, card()));
    }

    @Test
    void neverThrowsOnNulls() {
        assertEquals(Category.EMPTY_FILE, INSPECTOR.inspect(null, null).get(0).category());
    }

    @Test
    void refusesATooLargeFileBeforeOpeningIt() {
        DocxDocumentInspector small = new DocxDocumentInspector(DocxLimits.defaults().withMaxFileBytes(1000));

        List<Finding> findings = small.inspect("kaart.docx", card());

        assertEquals(List.of(Category.TOO_LARGE), findings.stream().map(Finding::category).toList());
    }

    @Test
    void refusesMoreInflatedBytesThanTheTotalLimit() {
        DocxDocumentInspector small = new DocxDocumentInspector(DocxLimits.defaults()
                .withZipLimits(1000, 64L * 1024 * 1024, 20_000));

        List<Finding> findings = small.inspect("kaart.docx", card());

        assertEquals(Category.ZIP_BOMB, findings.get(0).category());
    }

    @Test
    void refusesAHugeZipBombWithBoundedMemory() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            zip.setLevel(1);
            DocxParts.unzip(card()).forEach((name, content) -> put(zip, name, content));
            zip.putArchiveEntry(new ZipArchiveEntry("word/media/bom.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 256; i++) {
                zip.write(zeros);
            }
            zip.closeArchiveEntry();
        }
        byte[] bomb = bytes.toByteArray();
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        List<Finding> findings = INSPECTOR.inspect("kaart.docx", bomb);

        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertEquals(Category.ZIP_BOMB, findings.get(0).category());
        assertTrue(allocated < 32L * 1024 * 1024, "allocated " + allocated + " bytes for a 256 MB bomb");
    }

    @Test
    void aHyperlinkToAWebPageIsContentNotADocumentRisk() {
        byte[] docx = WordDocxBuilder.card().paragraph("zie").hyperlink("https://www.instagram.com/iemand", "profiel")
                .build();

        assertEquals(List.of(), INSPECTOR.inspect("kaart.docx", docx));
    }

    @Test
    void reportsEachProblemOnce() {
        byte[] docx = WordDocxBuilder.card().paragraph("x").macros().oleObject("a.txt", "a").oleObject("b.txt", "b")
                .attachedTemplate("file:///x.dotm").build();

        List<Category> categories = INSPECTOR.inspect("kaart.docm", docx).stream().map(Finding::category).toList();

        assertEquals(Set.of(Category.NOT_DOCX, Category.MACRO, Category.EMBEDDED_OBJECT, Category.EXTERNAL_REFERENCE),
                Set.copyOf(categories));
        assertEquals(categories.size(), Set.copyOf(categories).size());
    }

    // ------------------------------------------------------------------------------------------------ file makers

    private static void put(ZipArchiveOutputStream zip, String name, byte[] content) {
        try {
            zip.putArchiveEntry(new ZipArchiveEntry(name));
            zip.write(content);
            zip.closeArchiveEntry();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    static byte[] ole2(String stream) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.getRoot().createDocument(stream, new ByteArrayInputStream(new byte[600]));
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static byte[] encrypted() {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("geheim");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(card());
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] odt() {
        List<Map.Entry<String, byte[]>> entries = new ArrayList<>();
        entries.add(Map.entry("mimetype", ascii("application/vnd.oasis.opendocument.text")));
        entries.add(Map.entry("content.xml", ascii("<office:document-content/>")));
        return DocxParts.zip(entries);
    }

    static byte[] manyEntries() {
        List<Map.Entry<String, byte[]>> entries = new ArrayList<>(DocxParts.unzip(card()).entrySet());
        for (int i = 0; i < 1500; i++) {
            entries.add(Map.entry("word/media/x" + i + ".bin", new byte[] {1}));
        }
        return DocxParts.zip(entries);
    }

    static byte[] withEntry(byte[] docx, String name) {
        List<Map.Entry<String, byte[]>> entries = new ArrayList<>(DocxParts.unzip(docx).entrySet());
        entries.add(Map.entry(name, DocxParts.unzip(docx).get("word/document.xml")));
        return DocxParts.zip(entries);
    }

    static byte[] cut(byte[] docx, double fraction) {
        return java.util.Arrays.copyOf(docx, (int) (docx.length * fraction));
    }

    static byte[] garbled() {
        byte[] docx = card().clone();
        int at = indexOf(docx, ascii("word/document.xml")) + 40;
        for (int i = 0; i < 50; i++) {
            docx[at + i] = (byte) (docx[at + i] ^ 0x5A);
        }
        return docx;
    }

    /** Sets the "encrypted" flag on every local and central header. */
    static byte[] encryptionFlag(byte[] docx) {
        byte[] b = docx.clone();
        for (int i = 0; i + 10 < b.length; i++) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 3 && b[i + 3] == 4) {
                b[i + 6] |= 1;
            } else if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 1 && b[i + 3] == 2) {
                b[i + 8] |= 1;
            }
        }
        return b;
    }

    /** Declares a tiny uncompressed size for word/document.xml in both headers. */
    static byte[] lyingSize(byte[] docx) {
        byte[] b = docx.clone();
        byte[] name = ascii("word/document.xml");
        for (int i = 0; i + 46 < b.length; i++) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 3 && b[i + 3] == 4 && matches(b, i + 30, name)) {
                writeInt(b, i + 22, 10);
            } else if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 1 && b[i + 3] == 2 && matches(b, i + 46, name)) {
                writeInt(b, i + 24, 10);
            }
        }
        return b;
    }

    private static boolean matches(byte[] b, int at, byte[] name) {
        if (at + name.length > b.length) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (b[at + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    private static void writeInt(byte[] b, int at, int value) {
        b[at] = (byte) value;
        b[at + 1] = (byte) (value >>> 8);
        b[at + 2] = (byte) (value >>> 16);
        b[at + 3] = (byte) (value >>> 24);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (matches(haystack, i, needle)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not found");
    }
}
