package nl.vhkgateway.infrastructure.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.vhkgateway.domain.card.CardContent;
import nl.vhkgateway.domain.card.CardPart;
import nl.vhkgateway.domain.card.SanitisedDocument;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.card.UnreadableDocumentException;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.testsupport.docx.DocxParts;
import nl.vhkgateway.testsupport.docx.WordDocxBuilder;
import nl.vhkgateway.testsupport.docx.WordDocxBuilder.Layout;
import org.junit.jupiter.api.Test;

/**
 * Mutated cards (byte flips, truncation, shuffled, dropped, duplicated or replaced zip entries, XML garbage) go
 * through the inspector, the sanitiser and the reader: the inspector never throws, the others throw nothing but
 * {@link UnreadableDocumentException}, nothing hangs, memory per file stays bounded, and a copy the sanitiser
 * produced is always readable, with the same content from the events the sanitiser recorded ({@link XmlTape}) as
 * from parsing the copy's bytes. Fixed seeds plus a few random ones (printed on failure).
 */
class DocxFuzzTest {

    private static final int FIXED_CASES = 150;
    private static final int RANDOM_CASES = 25;
    private static final long MAX_ALLOCATED_PER_CASE = 400L * 1024 * 1024;
    private static final String[] GARBAGE = {"<", ">", "&", "&ent;", "&#0;", "<w:p>", "</w:t>", "</w:p>", "<w:r>",
        "<!DOCTYPE x [<!ENTITY e \"e\">]>", "<!-- c -->", "<?pi x?>", "<![CDATA[ x ]]>", "\u0000", "\uFFFE", "\"",
        " w:val=\"x\"", "<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", "<w:fldChar w:fldCharType=\"begin\"/>",
        "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", "<mc:AlternateContent><mc:Fallback>",
        "<w:txbxContent><w:p>", "<w:del w:author=\"x\"><w:r><w:delText>y</w:delText></w:r></w:del>",
        "<w:ins w:author=\"x\">", "</w:ins>", "<w:tr><w:trPr><w:del/></w:trPr>", "é€😀", "<x:y xmlns:x=\"urn:x\"/>"};

    private final DocxDocumentInspector inspector = new DocxDocumentInspector();
    private final DocxSanitiser sanitiser = new DocxSanitiser();
    private final DocxCardReader reader = new DocxCardReader();
    private final ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private static List<byte[]> seeds() {
        List<byte[]> seeds = new ArrayList<>();
        int i = 0;
        for (Layout layout : Layout.values()) {
            seeds.add(WordDocxBuilder.card().seed(i++).layout(layout).part(CardPart.VOORBLAD)
                    .section(Section.DATUM, "17-10-2026").comment("A", "A", "opmerking")
                    .section(Section.JEUGDIGE, "J. (2011)").insertion("B", " en D.").deletion("B", " weg")
                    .part(CardPart.VEILIGHEIDSKAART).section(Section.KRACHTEN, "Opa helpt").textBox("tekstvak")
                    .footnote("noot").hyperlink("https://example.org", "link").image("foto", "titel")
                    .complexField(" PAGE ", "1").contentControl("t", "Alias", "inhoud")
                    .deletedTableRow("C", "rij", "weg").tableRow("a", "b")
                    .header("kop").footer("voet").property(WordDocxBuilder.Property.TITLE, "titel")
                    .customProperty("x", "y").glossary("g", "bouwsteen").build());
        }
        return seeds;
    }

    @Test
    void mutatedCardsNeverEscapeHangOrExplode() {
        List<byte[]> seeds = seeds();
        List<Long> caseSeeds = new ArrayList<>();
        for (long s = 1; s <= FIXED_CASES; s++) {
            caseSeeds.add(s);
        }
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < RANDOM_CASES; i++) {
            caseSeeds.add(random.nextLong());
        }
        assertTimeoutPreemptively(Duration.ofSeconds(180), () -> {
            for (long caseSeed : caseSeeds) {
                Random rnd = new Random(caseSeed);
                byte[] input = mutate(seeds.get(rnd.nextInt(seeds.size())), rnd);
                check(input, caseSeed);
            }
        });
    }

    @Test
    void randomBytesAndRandomZipsAreRefused() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Random rnd = new Random(7);
            for (int i = 0; i < 40; i++) {
                byte[] bytes = new byte[rnd.nextInt(5000)];
                rnd.nextBytes(bytes);
                if (i % 2 == 0 && bytes.length > 4) {
                    bytes[0] = 'P';
                    bytes[1] = 'K';
                    bytes[2] = 3;
                    bytes[3] = 4;
                }
                check(bytes, i);
                Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
                entries.put("[Content_Types].xml", garbageXml(rnd));
                entries.put("_rels/.rels", garbageXml(rnd));
                entries.put("word/document.xml", garbageXml(rnd));
                check(DocxParts.zip(entries), i);
            }
        });
    }

    private void check(byte[] input, long caseSeed) {
        long before = threads.getCurrentThreadAllocatedBytes();
        try {
            assertNotNull(inspector.inspect("kaart.docx", input));
        } catch (RuntimeException | Error e) {
            fail("inspector threw on case " + caseSeed, e);
        }
        SanitisedDocument sanitised = null;
        try {
            sanitised = sanitiser.sanitise(input);
        } catch (UnreadableDocumentException expected) {
            assertTrue(expected.category().kind() == Category.Kind.DOCUMENT, "case " + caseSeed);
        } catch (RuntimeException | Error e) {
            fail("sanitiser threw on case " + caseSeed, e);
        }
        if (sanitised != null) {
            try {
                // first with the events the sanitiser recorded (XmlTape), then parsed from the copy's bytes
                CardContent content = reader.read(sanitised.content());
                assertNotNull(content);
                assertEquals(reader.read(sanitised.content()), content,
                        "the recorded events read as the copy's bytes parse, case " + caseSeed);
            } catch (RuntimeException | Error e) {
                fail("the sanitiser's own copy could not be read, case " + caseSeed, e);
            }
        }
        try {
            reader.read(input);
        } catch (UnreadableDocumentException expected) {
            assertTrue(expected.category().kind() == Category.Kind.DOCUMENT, "case " + caseSeed);
        } catch (RuntimeException | Error e) {
            fail("reader threw on case " + caseSeed, e);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < MAX_ALLOCATED_PER_CASE, "case " + caseSeed + " allocated " + allocated + " bytes");
    }

    private static byte[] mutate(byte[] seed, Random rnd) {
        byte[] result = seed;
        int rounds = 1 + (rnd.nextInt(4) == 0 ? 1 : 0);
        for (int round = 0; round < rounds; round++) {
            result = switch (rnd.nextInt(8)) {
                case 0 -> flipBytes(result, rnd);
                case 1 -> java.util.Arrays.copyOf(result, rnd.nextInt(result.length));
                case 2 -> shuffleEntries(result, rnd);
                case 3, 4 -> xmlGarbage(result, rnd);
                case 5 -> dropOrDuplicateEntry(result, rnd);
                case 6 -> replaceEntry(result, rnd);
                default -> cutInsideXml(result, rnd);
            };
        }
        return result;
    }

    private static byte[] flipBytes(byte[] docx, Random rnd) {
        byte[] b = docx.clone();
        int flips = 1 + rnd.nextInt(32);
        for (int i = 0; i < flips; i++) {
            b[rnd.nextInt(b.length)] ^= (byte) (1 + rnd.nextInt(255));
        }
        return b;
    }

    private static List<Map.Entry<String, byte[]>> entries(byte[] docx) {
        try {
            return new ArrayList<>(DocxParts.unzip(docx).entrySet());
        } catch (RuntimeException e) {
            return new ArrayList<>();
        }
    }

    private static byte[] shuffleEntries(byte[] docx, Random rnd) {
        List<Map.Entry<String, byte[]>> entries = entries(docx);
        if (entries.isEmpty()) {
            return docx;
        }
        Collections.shuffle(entries, rnd);
        return DocxParts.zip(entries);
    }

    private static byte[] xmlGarbage(byte[] docx, Random rnd) {
        List<Map.Entry<String, byte[]>> entries = entries(docx);
        List<Integer> xml = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String name = entries.get(i).getKey();
            if (name.endsWith(".xml") || name.endsWith(".rels")) {
                xml.add(i);
            }
        }
        if (xml.isEmpty()) {
            return docx;
        }
        int index = xml.get(rnd.nextInt(xml.size()));
        String text = new String(entries.get(index).getValue(), StandardCharsets.UTF_8);
        StringBuilder changed = new StringBuilder(text);
        int insertions = 1 + rnd.nextInt(6);
        for (int i = 0; i < insertions; i++) {
            String garbage = GARBAGE[rnd.nextInt(GARBAGE.length)];
            if (rnd.nextInt(6) == 0) {
                garbage = garbage.repeat(1 + rnd.nextInt(400));
            }
            changed.insert(rnd.nextInt(changed.length() + 1), garbage);
        }
        entries.set(index, Map.entry(entries.get(index).getKey(), changed.toString().getBytes(StandardCharsets.UTF_8)));
        return DocxParts.zip(entries);
    }

    private static byte[] cutInsideXml(byte[] docx, Random rnd) {
        List<Map.Entry<String, byte[]>> entries = entries(docx);
        if (entries.isEmpty()) {
            return docx;
        }
        int index = rnd.nextInt(entries.size());
        byte[] content = entries.get(index).getValue();
        entries.set(index, Map.entry(entries.get(index).getKey(),
                java.util.Arrays.copyOf(content, content.length == 0 ? 0 : rnd.nextInt(content.length))));
        return DocxParts.zip(entries);
    }

    private static byte[] dropOrDuplicateEntry(byte[] docx, Random rnd) {
        List<Map.Entry<String, byte[]>> entries = entries(docx);
        if (entries.isEmpty()) {
            return docx;
        }
        int index = rnd.nextInt(entries.size());
        if (rnd.nextBoolean()) {
            entries.remove(index);
        } else {
            entries.add(rnd.nextInt(entries.size() + 1), entries.get(index));
        }
        return DocxParts.zip(entries);
    }

    private static byte[] replaceEntry(byte[] docx, Random rnd) {
        List<Map.Entry<String, byte[]>> entries = entries(docx);
        if (entries.isEmpty()) {
            return docx;
        }
        int index = rnd.nextInt(entries.size());
        byte[] random = new byte[rnd.nextInt(3000)];
        rnd.nextBytes(random);
        entries.set(index, Map.entry(entries.get(index).getKey(), random));
        return DocxParts.zip(entries);
    }

    private static byte[] garbageXml(Random rnd) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><r>");
        for (int i = 0; i < rnd.nextInt(50); i++) {
            xml.append(GARBAGE[rnd.nextInt(GARBAGE.length)]);
        }
        return xml.append("</r>").toString().getBytes(StandardCharsets.UTF_8);
    }
}
