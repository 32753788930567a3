package nl.vhkgateway.infrastructure.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.vhkgateway.domain.screening.Category;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The hand-over of inflated parts between two steps: only for equal bytes, once, and never past the entry checks. */
class InflatedPartsTest {

    private static final byte[] PART = "<a>tekst</a>".getBytes(StandardCharsets.UTF_8);

    @AfterEach
    void empty() {
        InflatedParts.claim(new byte[0]);
    }

    @Test
    void partsAreClaimedOnceForEqualBytesOnly() throws IOException {
        byte[] zip = zip("word/a.xml", PART);
        InflatedParts.offer(zip, Map.of("word/a.xml", PART));
        assertTrue(InflatedParts.claim(zip("word/b.xml", PART)).isEmpty(), "other bytes");
        assertTrue(InflatedParts.claim(zip).isEmpty(), "the slot is emptied by any claim");
        InflatedParts.offer(zip, Map.of("word/a.xml", PART));
        assertArrayEquals(PART, InflatedParts.claim(zip.clone()).get("word/a.xml"), "an equal copy of the bytes");
        assertTrue(InflatedParts.claim(zip).isEmpty(), "taken once");
    }

    @Test
    void tooMuchIsNotOffered() throws IOException {
        byte[] zip = zip("word/a.xml", PART);
        InflatedParts.offer(zip, Map.of("word/a.xml", new byte[(int) InflatedParts.MAX_BYTES + 1]));
        assertTrue(InflatedParts.claim(zip).isEmpty());
    }

    @Test
    void aClaimedPartPassesTheSameChecksAsInflating() throws Exception {
        byte[] zip = zip("word/a.xml", PART);
        InflatedParts.offer(zip, Map.of("word/a.xml", "<b>ander</b>".getBytes(StandardCharsets.UTF_8)));
        try (ZipContainer container = ZipContainer.open(zip, DocxLimits.defaults(), Deadline.after(Duration.ofSeconds(5)))) {
            DocxProblem problem = assertThrows(DocxProblem.class,
                    () -> container.readAll(container.entry("word/a.xml").orElseThrow()));
            assertEquals(Category.CORRUPT, problem.category());
        }
    }

    @Test
    void aRecordingContainerHandsOverWhatItReadToTheEnd() throws Exception {
        byte[] zip = zip("word/a.xml", PART);
        try (ZipContainer container = ZipContainer.openRecording(zip, DocxLimits.defaults(),
                Deadline.after(Duration.ofSeconds(5)))) {
            assertArrayEquals(PART, container.readAll(container.entry("word/a.xml").orElseThrow()));
            assertArrayEquals(PART, container.readAll(container.entry("word/a.xml").orElseThrow()), "from memory");
            container.handOver();
        }
        Map<String, byte[]> parts = InflatedParts.claim(zip);
        assertArrayEquals(PART, parts.get("word/a.xml"));
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(name));
            out.write(content);
            out.closeEntry();
        }
        return bytes.toByteArray();
    }
}
