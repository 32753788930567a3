package nl.vhkgateway.testsupport.corpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import nl.vhkgateway.domain.card.CardPart;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.Verdict;
import nl.vhkgateway.testsupport.docx.WordDocxBuilder;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Files that are not safe Word documents, each with the categories a screener may give it: other formats under
 * their own and under a .docx name, macros, encryption, zip bombs, DOCTYPE and entities, truncated and corrupt
 * packages, embedded objects, external references, oversized and deeply nested files. Stateless.
 */
public final class HostileFiles {

    private static final Set<Category> ANY_DOCUMENT_PROBLEM = Set.of(Category.values()).stream()
            .filter(c -> c.kind() == Category.Kind.DOCUMENT).collect(java.util.stream.Collectors.toSet());

    private HostileFiles() {
    }

    /** Every hostile file. */
    public static List<CorpusItem> all() {
        List<CorpusItem> items = new ArrayList<>();
        byte[] card = smallCard();
        items.add(item("empty", "leeg.docx", new byte[0], Category.EMPTY_FILE, Category.CORRUPT, Category.NOT_DOCX));
        items.add(item("noise", "ruis.docx", noise(4096), Category.CORRUPT, Category.NOT_DOCX));
        items.add(item("pdf", "kaart.pdf", pdf(), Category.NOT_DOCX));
        items.add(item("pdf named docx", "kaart-pdf.docx", pdf(), Category.NOT_DOCX, Category.CORRUPT));
        items.add(item("word 97", "kaart.doc", word97(), Category.NOT_DOCX));
        items.add(item("word 97 named docx", "kaart-doc.docx", word97(), Category.NOT_DOCX, Category.CORRUPT));
        items.add(item("odt", "kaart.odt", odt(), Category.NOT_DOCX));
        items.add(item("odt named docx", "kaart-odt.docx", odt(), Category.NOT_DOCX, Category.CORRUPT));
        items.add(item("png", "kaart.png", png(), Category.NOT_DOCX));
        items.add(item("text", "kaart.txt", "Veiligheidskaart\nDatum: 1-1-2026".getBytes(StandardCharsets.UTF_8),
                Category.NOT_DOCX));
        items.add(item("docm", "kaart.docm", cardWith(b -> b.macros()), Category.MACRO, Category.NOT_DOCX));
        items.add(item("macros named docx", "macro.docx", cardWith(b -> b.macros()), Category.MACRO));
        items.add(item("vba project only", "vba.docx", cardWith(b -> b.vbaProjectOnly()), Category.MACRO));
        items.add(item("macro content type", "macro-type.docx", cardWith(b -> b.macroEnabledContentType()),
                Category.MACRO));
        items.add(item("encrypted", "versleuteld.docx", encrypted(card), Category.ENCRYPTED));
        items.add(item("zip bomb", "bom.docx", zipBomb(), Category.ZIP_BOMB, Category.TOO_LARGE, Category.CORRUPT));
        items.add(item("external entity", "xxe.docx", replaceDocument(card, xml -> xml.replaceFirst("<w:document",
                "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><w:document")
                .replaceFirst("<w:t([ >])", "<w:t$1&xxe;")), Category.EXTERNAL_ENTITY, Category.CORRUPT));
        items.add(item("billion laughs", "lol.docx", replaceDocument(card, xml -> xml.replaceFirst("<w:document",
                "<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
                        + "]><w:document").replaceFirst("<w:t([ >])", "<w:t$1&d;")), Category.EXTERNAL_ENTITY,
                Category.CORRUPT));
        items.add(item("truncated", "afgebroken.docx", Arrays.copyOf(card, card.length / 2), Category.CORRUPT));
        items.add(item("broken xml", "kapot.docx", replaceDocument(card, xml -> xml.substring(0, xml.length() / 2)),
                Category.CORRUPT));
        items.add(item("no document part", "leeg-pakket.docx", withoutEntry(card, "word/document.xml"),
                Category.CORRUPT, Category.NOT_DOCX));
        items.add(item("embedded ole object", "ole.docx", cardWith(b -> b.oleObject("brief.txt",
                "ingesloten tekst")), Category.EMBEDDED_OBJECT));
        items.add(item("embedded package", "pakket.docx", cardWith(b -> b.embeddedPackage("bijlage.docx",
                "ingesloten document")), Category.EMBEDDED_OBJECT));
        items.add(item("attached template", "sjabloon.docx", cardWith(b -> b.attachedTemplate(
                "https://sjablonen.example.nl/vhk.dotm")), Category.EXTERNAL_REFERENCE));
        items.add(item("external image", "extern-beeld.docx", cardWith(b -> b.externalImage(
                "https://tracker.example.nl/pixel.png")), Category.EXTERNAL_REFERENCE));
        items.add(item("too large", "groot.docx", tooLarge(card), Category.TOO_LARGE));
        items.add(item("deeply nested", "diep.docx", replaceDocument(card, xml -> xml.replaceFirst("<w:body>",
                "<w:body>" + "<w:tbl><w:tr><w:tc>".repeat(20_000) + "<w:p/>" + "</w:tc></w:tr></w:tbl>".repeat(20_000))),
                ANY_DOCUMENT_PROBLEM.toArray(Category[]::new)));
        items.add(item("path traversal entry", "pad.docx", withEntry(card, "../../../../tmp/vhk-evil.txt",
                "x".getBytes(StandardCharsets.UTF_8)), ANY_DOCUMENT_PROBLEM.toArray(Category[]::new)));
        return items;
    }

    private static CorpusItem item(String what, String fileName, byte[] content, Category... categories) {
        return new CorpusItem("hostile/" + what, fileName, content, Verdict.INVALID, Set.of(categories),
                Optional.empty(), Optional.empty(), List.of());
    }

    /** A small, clean card to make hostile variants of. */
    static byte[] smallCard() {
        return cardWith(b -> b);
    }

    private static byte[] cardWith(java.util.function.UnaryOperator<WordDocxBuilder> extra) {
        WordDocxBuilder builder = WordDocxBuilder.card().part(CardPart.VOORBLAD)
                .section(Section.DATUM, "14-10-2026").section(Section.JEUGDIGE, "J. (2011)")
                .part(CardPart.VEILIGHEIDSKAART).section(Section.ONVEILIGHEID, "Er zijn zorgen over de veiligheid.");
        return extra.apply(builder).build();
    }

    static byte[] noise(int length) {
        byte[] bytes = new byte[length];
        new Random(7).nextBytes(bytes);
        return bytes;
    }

    static byte[] pdf() {
        return ("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] "
                + "/Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** An OLE2 compound file with a WordDocument stream, as Word 97-2003 writes (.doc). */
    static byte[] word97() {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[1024]), "WordDocument");
            fs.createDocument(new ByteArrayInputStream(new byte[512]), "1Table");
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] odt() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:"
                    + "opendocument:xmlns:office:1.0\"><office:body/></office:document-content>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write("<manifest/>".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] png() {
        return new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52,
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};
    }

    /** The card encrypted with a password the way Word does it (agile encryption in an OLE2 container). */
    static byte[] encrypted(byte[] docx) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("geheim");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(docx);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A .docx whose document.xml inflates from a few hundred KB to 100 MB of white space. */
    static byte[] zipBomb() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var entry : entries(smallCard())) {
                zip.putNextEntry(new ZipEntry(entry.name()));
                if (entry.name().equals("word/document.xml")) {
                    String xml = new String(entry.content(), StandardCharsets.UTF_8);
                    int body = xml.indexOf("<w:body>") + "<w:body>".length();
                    zip.write(xml.substring(0, body).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 100; i++) {
                        zip.write(spaces);
                    }
                    zip.write(xml.substring(body).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(entry.content());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The card padded with an incompressible extra part to just over 25 MB. */
    static byte[] tooLarge(byte[] docx) {
        byte[] padding = noise(26 * 1024 * 1024);
        return withEntry(docx, "word/media/image99.bin", padding);
    }

    public record Entry(String name, byte[] content) {
    }

    public static List<Entry> entries(byte[] docx) {
        List<Entry> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                entries.add(new Entry(entry.getName(), zip.readAllBytes()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    public static byte[] rezip(List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Entry entry : entries) {
                zip.putNextEntry(new ZipEntry(entry.name()));
                zip.write(entry.content());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] replaceDocument(byte[] docx, java.util.function.UnaryOperator<String> change) {
        List<Entry> entries = new ArrayList<>();
        for (Entry entry : entries(docx)) {
            entries.add(entry.name().equals("word/document.xml")
                    ? new Entry(entry.name(), change.apply(new String(entry.content(), StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8)) : entry);
        }
        return rezip(entries);
    }

    static byte[] withoutEntry(byte[] docx, String name) {
        return rezip(entries(docx).stream().filter(e -> !e.name().equals(name)).toList());
    }

    static byte[] withEntry(byte[] docx, String name, byte[] content) {
        List<Entry> entries = new ArrayList<>(entries(docx));
        entries.add(new Entry(name, content));
        return rezip(entries);
    }
}
