package nl.vhkgateway.infrastructure.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.vhkgateway.domain.card.CardContent;
import nl.vhkgateway.domain.card.CardPart;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.SanitisedDocument;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.card.UnreadableDocumentException;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.testsupport.docx.DocxParts;
import nl.vhkgateway.testsupport.docx.WordDocxBuilder;
import nl.vhkgateway.testsupport.docx.WordDocxBuilder.Layout;
import nl.vhkgateway.testsupport.docx.WordDocxBuilder.Property;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The sanitised copy holds none of the metadata it must lose, keeps the content, and still opens. */
class DocxSanitiserTest {

    private static final DocxSanitiser SANITISER = new DocxSanitiser();
    private static final DocxCardReader READER = new DocxCardReader();
    private static final String CUSTOM_XML_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
    private static final String THUMBNAIL_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail";

    /** A card carrying every kind of metadata and every pending change the sanitiser handles. */
    static byte[] dirtyCard(Layout layout) {
        return WordDocxBuilder.card().layout(layout).splitRuns(false)
                .part(CardPart.VOORBLAD)
                .section(Section.DATUM, "17-10-2026").comment("Carla Commentaar", "CC", "Klopt de datum?")
                .section(Section.JEUGDIGE, "J. (2011)").insertion("Ivo Invoeger", " en D. (2016)")
                .deletion("Dora Verwijder", " Sanne Verwijderd")
                .part(CardPart.VEILIGHEIDSKAART)
                .section(Section.KRACHTEN, "Opa helpt").moveFrom("Maarten Mover", " eerst").moveTo("Maarten Mover",
                        " later").formatChange("Frida Opmaak", " vet")
                .insertedParagraph("Ivo Invoeger", "Nieuwe alinea")
                .tableRow("Oude rij", "weg").deletedTableRow("Dora Verwijder", "Geschrapte rij", "Rijtekst Weg")
                .tableRow("Laatste rij", "blijft")
                .header("Vertrouwelijk").footer("Pagina 1").footnote("Noot").endnote("Eindnoot")
                .property(Property.CREATOR, "Anna Auteur").property(Property.LAST_MODIFIED_BY, "Lars Laatst")
                .property(Property.TITLE, "Titel Tineke").property(Property.SUBJECT, "Onderwerp Otto")
                .property(Property.KEYWORDS, "Trefwoord Truus").property(Property.DESCRIPTION, "Omschrijving Olga")
                .property(Property.CATEGORY, "Categorie Kees").property(Property.CONTENT_STATUS, "Status Sien")
                .property(Property.IDENTIFIER, "Id Ids").property(Property.REVISION, "7")
                .property(Property.COMPANY, "Bedrijf Bep").property(Property.MANAGER, "Manager Mien")
                .property(Property.TEMPLATE, "Sjabloon Sjaak.dotx").property(Property.HYPERLINK_BASE, "\\\\server\\Hans")
                .customProperty("Dossier", "Dossier Dirk").customProperty("Cliënt", "Cliënt Clara")
                .person("Pieter People")
                .extraPart("customXml/item1.xml", null, "<data><naam>Xml Xandra</naam></data>".getBytes(
                        StandardCharsets.UTF_8))
                .relationship("word/document.xml", CUSTOM_XML_REL, "../customXml/item1.xml", false)
                .extraPart("docProps/thumbnail.jpeg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2})
                .relationship("", THUMBNAIL_REL, "docProps/thumbnail.jpeg", false)
                .extraPart("word/vergeten.xml", null, "<x>Wees Willem</x>".getBytes(StandardCharsets.UTF_8))
                .transformPart("word/document.xml", xml -> xml.replace("<w:body>", "<w:body><!-- Commentaar Koos -->"))
                .trackRevisions()
                .build();
    }

    private static final List<String> PERSONAL_METADATA = List.of("Carla Commentaar", "Ivo Invoeger",
            "Dora Verwijder", "Maarten Mover", "Frida Opmaak", "Anna Auteur", "Lars Laatst", "Titel Tineke",
            "Onderwerp Otto", "Trefwoord Truus", "Omschrijving Olga", "Categorie Kees", "Status Sien", "Id Ids",
            "Bedrijf Bep", "Manager Mien", "Sjabloon Sjaak", "Hans", "Dossier Dirk", "Cliënt Clara", "Pieter People",
            "Xml Xandra", "Wees Willem", "Commentaar Koos", "Sanne Verwijderd", "Rijtekst Weg", "\"CC\"");

    @ParameterizedTest
    @EnumSource(Layout.class)
    void removesEveryListedItemFromTheRawXml(Layout layout) {
        byte[] original = dirtyCard(layout);
        String before = DocxParts.allText(original);
        for (String item : PERSONAL_METADATA) {
            assertTrue(before.contains(item), () -> "the test card holds " + item);
        }

        SanitisedDocument sanitised = SANITISER.sanitise(original);

        byte[] copy = sanitised.content();
        String all = DocxParts.allText(copy);
        for (String item : PERSONAL_METADATA) {
            assertFalse(all.contains(item), () -> item + " survived sanitising");
        }
        Map<String, byte[]> parts = DocxParts.unzip(copy);
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            String xml = new String(part.getValue(), StandardCharsets.UTF_8);
            if (part.getKey().startsWith("word/") && part.getKey().endsWith(".xml")) {
                for (String forbidden : List.of("w:rsid", "<w:del ", "<w:delText", "<w:ins ", "<w:moveFrom",
                        "<w:moveTo", "w:rPrChange", "w:pPrChange", "<!--")) {
                    assertFalse(xml.contains(forbidden), () -> forbidden + " in " + part.getKey());
                }
            }
        }
        assertFalse(parts.containsKey("word/people.xml"));
        assertFalse(parts.containsKey("docProps/custom.xml"));
        assertFalse(parts.containsKey("docProps/thumbnail.jpeg"));
        assertFalse(parts.containsKey("customXml/item1.xml"));
        assertFalse(parts.containsKey("word/vergeten.xml"));
        assertFalse(all.contains("people"), "relationship and content type of people.xml are gone");
        assertFalse(all.contains("custom-properties"));
        String comments = new String(parts.get("word/comments.xml"), StandardCharsets.UTF_8);
        assertTrue(comments.contains("w:author=\"Reviewer\"") && comments.contains("w:initials=\"R\""));
        String core = new String(parts.get("docProps/core.xml"), StandardCharsets.UTF_8);
        for (String element : List.of("creator", "lastModifiedBy", "title", "subject", "keywords", "description",
                "category", "contentStatus", "identifier", "revision")) {
            assertFalse(core.contains(":" + element + ">"), element);
        }
        assertTrue(core.contains("dcterms:created"), "the dates stay");
        String app = new String(parts.get("docProps/app.xml"), StandardCharsets.UTF_8);
        for (String element : List.of("Company", "Manager", "Template", "HyperlinkBase", "TitlesOfParts")) {
            assertFalse(app.contains("<" + element), element);
        }
        assertFalse(new String(parts.get("word/settings.xml"), StandardCharsets.UTF_8).contains("w:rsids"));
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void keepsTheContentAsAcceptedChangesShowIt(Layout layout) {
        byte[] original = dirtyCard(layout);

        byte[] copy = SANITISER.sanitise(original).content();

        CardContent before = READER.read(original);
        CardContent after = READER.read(copy);
        assertEquals(before.sectionValues(), after.sectionValues());
        assertEquals(before.partsFound(), after.partsFound());
        assertEquals(visible(before), visible(after));
        String krachten = after.value(Section.KRACHTEN).orElseThrow();
        assertTrue(krachten.contains("Opa helpt later vet"), krachten);
        assertTrue(after.value(Section.JEUGDIGE).orElseThrow().equals("J. (2011) en D. (2016)"));
        assertTrue(visible(after).stream().anyMatch(s -> s.contains("Laatste rij")));
        assertTrue(visible(after).stream().noneMatch(s -> s.contains("Geschrapte rij")), "the deleted row is gone");
        assertTrue(after.segments().stream().noneMatch(s -> s.location().documentPart() == DocumentPart.TRACKED_DELETION
                || s.location().documentPart() == DocumentPart.TRACKED_INSERTION));
    }

    private static List<String> visible(CardContent content) {
        Set<DocumentPart> visible = Set.of(DocumentPart.BODY, DocumentPart.TABLE, DocumentPart.HEADER,
                DocumentPart.FOOTER, DocumentPart.FOOTNOTE, DocumentPart.ENDNOTE, DocumentPart.COMMENT,
                DocumentPart.TEXT_BOX, DocumentPart.CONTENT_CONTROL);
        return content.segments().stream().filter(s -> visible.contains(s.location().documentPart()))
                .map(TextSegment::text).collect(Collectors.toList());
    }

    @Test
    void returnsTheRemovedAuthoredTextButNotTheAuthors() {
        SanitisedDocument sanitised = SANITISER.sanitise(dirtyCard(Layout.TABLE));

        Map<String, DocumentPart> removed = sanitised.removedText().stream()
                .collect(Collectors.toMap(TextSegment::text, s -> s.location().documentPart(), (a, b) -> a));
        assertEquals(DocumentPart.TRACKED_DELETION, removed.get(" Sanne Verwijderd"));
        assertEquals(DocumentPart.TRACKED_DELETION, removed.get("Geschrapte rij"));
        for (String property : List.of("Titel Tineke", "Onderwerp Otto", "Trefwoord Truus", "Omschrijving Olga",
                "Categorie Kees", "Bedrijf Bep", "Manager Mien", "Dossier: Dossier Dirk")) {
            assertEquals(DocumentPart.DOCUMENT_PROPERTIES, removed.get(property), property);
        }
        assertTrue(sanitised.removedText().stream().anyMatch(s -> s.location().detail().equals("titel")));
        for (String author : List.of("Anna Auteur", "Lars Laatst", "Carla Commentaar", "Dora Verwijder")) {
            assertTrue(removed.keySet().stream().noneMatch(t -> t.contains(author)), author);
        }
    }

    @Test
    void describesWhatItDidInDutch() {
        List<String> actions = SANITISER.sanitise(dirtyCard(Layout.TABLE)).actions();

        String all = String.join("\n", actions);
        assertTrue(all.contains("documenteigenschappen gewist (auteur"), all);
        assertTrue(all.contains("aangepaste documenteigenschappen verwijderd"), all);
        assertTrue(all.contains("namen bij 1 opmerking vervangen door 'Reviewer'"), all);
        assertTrue(all.contains("bijgehouden wijzigingen geaccepteerd"), all);
        assertTrue(all.contains("revisiegegevens (rsid) verwijderd"), all);
        assertTrue(all.contains("people.xml"), all);
        assertTrue(all.contains("miniatuurweergave verwijderd"), all);
        assertTrue(all.contains("aangepaste XML-gegevens verwijderd"), all);
        assertTrue(all.contains("1 ongebruikt onderdeel verwijderd"), all);
    }

    @Test
    void theCopyOpensInPoi() throws IOException {
        byte[] copy = SANITISER.sanitise(dirtyCard(Layout.TABLE)).content();

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(copy));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertTrue(text.contains("17-10-2026"));
            assertTrue(text.contains("Opa helpt"));
            assertFalse(text.contains("Sanne Verwijderd"));
            assertEquals("Reviewer", document.getComments()[0].getAuthor());
            assertEquals(null, document.getProperties().getCoreProperties().getCreator());
        }
    }

    @Test
    void sanitisingTwiceChangesNothingMore() {
        byte[] once = SANITISER.sanitise(dirtyCard(Layout.HEADINGS)).content();

        SanitisedDocument twice = SANITISER.sanitise(once);

        assertEquals(DocxParts.allText(once), DocxParts.allText(twice.content()));
        assertEquals(List.of(), twice.removedText());
        assertTrue(twice.actions().stream().noneMatch(a -> a.contains("geaccepteerd") || a.contains("rsid")),
                twice.actions()::toString);
    }

    @Test
    void refusesWhatItCannotRead() {
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> SANITISER.sanitise("geen zip".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Category.CORRUPT, e.category());
        byte[] doctype = DocxParts.replace(dirtyCard(Layout.TABLE), "word/document.xml",
                xml -> xml.replace("?>\r\n", "?>\r\n<!DOCTYPE x [<!ENTITY a \"b\">]>"));
        assertEquals(Category.EXTERNAL_ENTITY,
                assertThrows(UnreadableDocumentException.class, () -> SANITISER.sanitise(doctype)).category());
    }
}
