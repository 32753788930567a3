package nl.vhkgateway.infrastructure.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import nl.vhkgateway.testsupport.corpus.CorpusGenerator;
import nl.vhkgateway.testsupport.docx.WordDocxBuilder.Layout;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * Round 19 (r19-speed): the rewritten parts of the copy are written STORED up to a budget of bytes per copy instead of
 * deflated. The copy must hold the same parts, in the same order, with the same content after inflation as the copy
 * with every rewritten part deflated (budget 0, the copy before round 19), open in POI with the same text, and grow by
 * no more than the budget.
 */
class DocxSanitiserStoredCopyTest {

    private static final DocxSanitiser STORING = new DocxSanitiser();
    private static final DocxSanitiser DEFLATING = new DocxSanitiser(DocxLimits.defaults(), 0);

    private record Part(String name, int method, long crc, byte[] content) {
    }

    private static List<Part> parts(byte[] zip) throws IOException {
        List<Part> parts = new ArrayList<>();
        try (ZipFile file = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            for (ZipArchiveEntry entry : java.util.Collections.list(file.getEntriesInPhysicalOrder())) {
                byte[] content = file.getInputStream(entry).readAllBytes();
                CRC32 crc = new CRC32();
                crc.update(content);
                assertEquals(crc.getValue(), entry.getCrc(), entry.getName());
                assertEquals(content.length, entry.getSize(), entry.getName());
                parts.add(new Part(entry.getName(), entry.getMethod(), entry.getCrc(), content));
            }
        }
        // java.util.zip reads the local headers in order, as other readers do: the same parts and bytes.
        Map<String, byte[]> streamed = new LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                streamed.put(entry.getName(), in.readAllBytes());
            }
        }
        assertEquals(parts.stream().map(Part::name).toList(), List.copyOf(streamed.keySet()));
        for (Part part : parts) {
            assertArrayEquals(part.content(), streamed.get(part.name()), part.name());
        }
        return parts;
    }

    private static String text(byte[] copy) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(copy));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static void sameContent(byte[] card, DocxSanitiser storing, boolean expectStored) throws IOException {
        byte[] stored = storing.sanitise(card).content();
        byte[] deflated = DEFLATING.sanitise(card).content();
        List<Part> a = parts(stored);
        List<Part> b = parts(deflated);
        assertEquals(b.stream().map(Part::name).toList(), a.stream().map(Part::name).toList());
        long storedBytes = 0;
        boolean anyStored = false;
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(b.get(i).content(), a.get(i).content(), a.get(i).name());
            assertEquals(b.get(i).crc(), a.get(i).crc(), a.get(i).name());
            if (a.get(i).method() != b.get(i).method()) {
                assertEquals(ZipEntry.STORED, a.get(i).method(), a.get(i).name());
                assertEquals(ZipEntry.DEFLATED, b.get(i).method(), a.get(i).name());
                storedBytes += a.get(i).content().length;
                anyStored = true;
            }
        }
        assertEquals(expectStored, anyStored);
        assertTrue(stored.length <= deflated.length + storedBytes, "the copy grows by at most the stored bytes");
        assertEquals(text(deflated), text(stored));
        // The reader of the screening reads the stored copy as it read the deflated one (parts handed over or not).
        assertEquals(new DocxCardReader().read(deflated).segments(), new DocxCardReader().read(stored).segments());
    }

    @Test
    void theStoredCopyHoldsTheSamePartsAsTheDeflatedOne() throws IOException {
        CorpusGenerator generator = new CorpusGenerator(2026);
        for (int i = 0; i < 40; i++) {
            sameContent(generator.cleanCard(i).content(), STORING, true);
        }
        for (var item : generator.dirtyCards().subList(0, 20)) {
            sameContent(item.content(), STORING, true);
        }
        sameContent(DocxSanitiserTest.dirtyCard(Layout.TABLE), STORING, true);
        sameContent(DocxSanitiserTest.dirtyCard(Layout.HEADINGS), STORING, true);
    }

    @Test
    void pastTheBudgetTheRewrittenPartsAreDeflated() throws IOException {
        byte[] card = new CorpusGenerator(2026).cleanCard(3).content();
        DocxSanitiser small = new DocxSanitiser(DocxLimits.defaults(), 3000);
        sameContent(card, small, true);
        List<Part> parts = parts(small.sanitise(card).content());
        long stored = 0;
        boolean deflatedRewritten = false;
        for (Part part : parts) {
            if (part.method() == ZipEntry.STORED) {
                stored += part.content().length;
            } else if (part.name().equals("word/document.xml")) {
                deflatedRewritten = true;
            }
        }
        assertTrue(stored <= 3000, "stored " + stored);
        assertTrue(deflatedRewritten);
    }

    @Test
    void budgetZeroDeflatesEveryRewrittenPart() throws IOException {
        byte[] card = new CorpusGenerator(2026).cleanCard(7).content();
        for (Part part : parts(DEFLATING.sanitise(card).content())) {
            assertEquals(ZipEntry.DEFLATED, part.method(), part.name());
        }
        assertFalse(parts(STORING.sanitise(card).content()).stream().allMatch(p -> p.method() == ZipEntry.DEFLATED));
    }
}
