package nl.vhkgateway.testsupport.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.vhkgateway.domain.card.CardPart;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.testsupport.docx.WordDocxBuilder.Layout;
import nl.vhkgateway.testsupport.docx.WordDocxBuilder.Property;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The test document builder writes well-formed packages that POI opens, with the quirks it promises. */
class WordDocxBuilderTest {

    /** A card using every feature of the builder. */
    static byte[] everything(Layout layout) {
        return WordDocxBuilder.card()
                .layout(layout)
                .labelColon(true)
                .title("Veiligheidskaart")
                .part(CardPart.VOORBLAD)
                .section(Section.DATUM, "17-10-2026")
                .section(Section.JEUGDIGE, "J. (2011)\nbroertje D. (2016)").comment("Mirjam de Wit", "MdW", "klopt dit?")
                .section(Section.INBRENGER, "").contentControl("inbrenger", "Inbrenger", "Piet Paulusma, Toegang")
                .section(Section.VRAAG_AAN_VHT, "Wat is nodig?").footnote("voetnoot tekst").endnote("eindnoot tekst")
                .part(CardPart.VEILIGHEIDSKAART)
                .section(Section.ONVEILIGHEID, "Zorgen over thuis").insertion("Karel Appel", " ingevoegd")
                .deletion("Karel Appel", "weggehaald").moveFrom("Karel Appel", "verplaatst").moveTo("Karel Appel",
                        "verplaatst").formatChange("Karel Appel", "vet")
                .section(Section.KRACHTEN, "Opa helpt").hidden("verborgen").textBox("in een tekstvak")
                .simpleField(" AUTHOR ", "Jan Smit").complexField(" MERGEFIELD Naam ", "Resultaat")
                .hyperlink("https://www.instagram.com/iemand", "profiel").image("foto van Sanne", "Sanne")
                .contentControlPlaceholder("x", "Naam", "Klik hier").dropDown("dd", "Keuze", "Ja", "Ja", "Nee")
                .symbol("Wingdings", 0xF0FC)
                .paragraph("tab\there\u2028break soft\u00ADhyphen non\u2011breaking")
                .insertedParagraph("Karel Appel", "nieuwe alinea")
                .oleObject("brief.txt", "inhoud").embeddedPackage("bijlage.docx", "ingesloten")
                .header("Kopregel").footer("Voettekst")
                .property(Property.CREATOR, "Jan Smit").property(Property.TITLE, "Kaart").property(Property.COMPANY,
                        "Gemeente").property(Property.MANAGER, "Baas")
                .customProperty("Dossiernummer", "D-123")
                .glossary("Bouwsteen", "tekst in glossary")
                .build();
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void everyLayoutOpensInPoiWithWellFormedParts(Layout layout) throws Exception {
        byte[] docx = everything(layout);
        Map<String, byte[]> parts = unzip(docx);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (Map.Entry<String, byte[]> e : parts.entrySet()) {
            if (e.getKey().endsWith(".xml") || e.getKey().endsWith(".rels")) {
                assertNotNull(factory.newDocumentBuilder().parse(new ByteArrayInputStream(e.getValue())), e.getKey());
            }
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertTrue(text.contains("17-10-2026"), "runs are split, but POI joins them");
            assertTrue(text.contains("Zorgen over thuis"));
            assertEquals("Jan Smit", document.getProperties().getCoreProperties().getCreator());
            assertEquals("Gemeente", document.getProperties().getExtendedProperties().getCompany());
            assertEquals(1, document.getComments().length);
            assertEquals("Mirjam de Wit", document.getComments()[0].getAuthor());
        }
    }

    @Test
    void splitsRunsMidWordWithProofErrAndBookmarksAndIsDeterministic() throws IOException {
        byte[] first = WordDocxBuilder.card().section(Section.GEZINSSAMENSTELLING,
                "Moeder, vader en drie kinderen wonen samen in een eengezinswoning met een tuin").build();
        byte[] second = WordDocxBuilder.card().section(Section.GEZINSSAMENSTELLING,
                "Moeder, vader en drie kinderen wonen samen in een eengezinswoning met een tuin").build();
        assertArrayEquals(first, second);
        String document = new String(unzip(first).get("word/document.xml"), StandardCharsets.UTF_8);
        assertFalse(document.contains("eengezinswoning"), "the long word is split over runs");
        assertTrue(document.contains("w:proofErr") || document.contains("w:bookmarkStart"));
        assertTrue(document.contains("w:rsidR="));
    }

    @Test
    void macrosSetTheMacroEnabledContentType() throws IOException {
        Map<String, byte[]> parts = unzip(WordDocxBuilder.card().paragraph("x").macros().build());
        assertTrue(parts.containsKey("word/vbaProject.bin"));
        assertTrue(new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8).contains("macroEnabled"));
    }

    static Map<String, byte[]> unzip(byte[] docx) throws IOException {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }
}
