package nl.vhkgateway.infrastructure.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

/**
 * The encoding of a part is taken from its first bytes (round 18 peeks at them through a pushback of three bytes
 * instead of an 8 kB buffer): a byte order mark is skipped, UTF-16 without one is recognised by "&lt;" and a zero
 * byte, short and empty parts fail as before, and a malformed byte sequence is an error.
 */
class SecureXmlEncodingTest {

    private static final String XML = "<?xml version=\"1.0\"?><a xmlns=\"urn:a\"><b>één ’s-Hertogenbosch 😀</b></a>";

    @Test
    void everyByteOrderMarkAndEncodingReadsTheSameText() throws Exception {
        assertEquals("één ’s-Hertogenbosch 😀", text(XML.getBytes(StandardCharsets.UTF_8)));
        assertEquals("één ’s-Hertogenbosch 😀", text(withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                StandardCharsets.UTF_8)));
        assertEquals("één ’s-Hertogenbosch 😀", text(withBom(new byte[] {(byte) 0xFE, (byte) 0xFF},
                StandardCharsets.UTF_16BE)));
        assertEquals("één ’s-Hertogenbosch 😀", text(withBom(new byte[] {(byte) 0xFF, (byte) 0xFE},
                StandardCharsets.UTF_16LE)));
        assertEquals("één ’s-Hertogenbosch 😀", text(XML.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals("één ’s-Hertogenbosch 😀", text(XML.getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void shortEmptyAndMalformedPartsFail() {
        assertThrows(XMLStreamException.class, () -> text(new byte[0]));
        assertThrows(XMLStreamException.class, () -> text(new byte[] {'<'}));
        assertThrows(XMLStreamException.class, () -> text(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
        assertThrows(XMLStreamException.class, () -> text(new byte[] {(byte) 0xFE, (byte) 0xFF}));
        byte[] malformed = "<a>x\u00ffy</a>".getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(Exception.class, () -> text(malformed));
    }

    private static byte[] withBom(byte[] bom, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(XML.getBytes(charset));
        return out.toByteArray();
    }

    private static String text(byte[] part) throws XMLStreamException {
        XMLStreamReader r = SecureXml.parser(new ByteArrayInputStream(part));
        StringBuilder text = new StringBuilder();
        try {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.CHARACTERS) {
                    text.append(r.getText());
                }
            }
        } finally {
            r.close();
        }
        return text.toString();
    }
}
