package nl.vhkgateway.testsupport.intake;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions on the card the gateway forwards. */
public final class SanitisedCard {

    private SanitisedCard() {
    }

    /** The card opens in POI, has content, and has no author, last editor, title, company or comments. */
    public static void assertSanitised(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
            assertTrue(isBlank(core.getCreator()), "no author");
            assertTrue(isBlank(core.getLastModifiedByUser()), "no last-modified-by");
            assertTrue(isBlank(core.getTitle()), "no title");
            assertTrue(isBlank(document.getProperties().getExtendedProperties().getCompany()), "no company");
            assertTrue(document.getComments() == null || document.getComments().length == 0, "no comments");
            assertFalse(document.getParagraphs().isEmpty() && document.getTables().isEmpty(), "the card has content");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
