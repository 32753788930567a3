package nl.vhkgateway.infrastructure.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamReader;
import nl.vhkgateway.domain.card.CardContent;
import nl.vhkgateway.testsupport.corpus.CorpusGenerator;
import org.junit.jupiter.api.Test;

/**
 * The hardened parser reuses one closed instance per thread; a part declared XML 1.1 left that instance with its
 * XML 1.1 scanner, and every later part on the thread failed to parse (the next, clean card refused as corrupt).
 */
class SecureXmlReuseTest {

    @Test
    void anXml11PartDoesNotSpoilTheParserForTheNextCard() throws Exception {
        byte[] card = new CorpusGenerator(2026).cleanCard(0).content();
        CardContent before = read(card);
        byte[] xml11 = "<?xml version=\"1.1\"?><a xmlns=\"urn:a\"><b>x</b></a>".getBytes(StandardCharsets.UTF_8);
        XMLStreamReader r = SecureXml.reader(new ByteArrayInputStream(xml11));
        try {
            while (r.hasNext()) {
                r.next();
            }
        } finally {
            r.close();
        }
        assertEquals(before, read(card), "the same card read after an XML 1.1 part");
    }

    private static CardContent read(byte[] card) {
        byte[] copy = new DocxSanitiser().sanitise(card).content();
        InflatedParts.claim(new byte[0]); // parse the copy's bytes
        CardContent content = new DocxCardReader().read(copy);
        assertNotNull(content);
        return content;
    }
}
