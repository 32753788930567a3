package nl.vhkgateway.infrastructure.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.vhkgateway.domain.card.CardContent;
import nl.vhkgateway.domain.card.CardPart;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.card.UnreadableDocumentException;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.testsupport.docx.DocxParts;
import nl.vhkgateway.testsupport.docx.WordDocxBuilder;
import nl.vhkgateway.testsupport.docx.WordDocxBuilder.LabelNumbering;
import nl.vhkgateway.testsupport.docx.WordDocxBuilder.Layout;
import nl.vhkgateway.testsupport.docx.WordDocxBuilder.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The reader finds text in every hiding place, with the right document part and section, and the card's sections. */
class DocxCardReaderTest {

    private static final DocxCardReader READER = new DocxCardReader();

    /** A hiding place: what to add to a card (under Krachten), the marker text and where it must be found. */
    record Place(String name, UnaryOperator<WordDocxBuilder> add, String marker, DocumentPart part, boolean inSection) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Place> places() {
        return Stream.of(
                new Place("table value", b -> b, "Opa en oma helpen mee", DocumentPart.TABLE, true),
                new Place("body paragraph", b -> b.layout(Layout.HEADINGS).section(Section.RISICOFACTOREN,
                        "Markertekst in de hoofdtekst"), "Markertekst in de hoofdtekst", DocumentPart.BODY, false),
                new Place("header", b -> b.header("Kopregel Zwaantje"), "Kopregel Zwaantje", DocumentPart.HEADER, false),
                new Place("footer", b -> b.footer("Voettekst Merelhof"), "Voettekst Merelhof", DocumentPart.FOOTER,
                        false),
                new Place("footnote", b -> b.footnote("Voetnoot over Kareltje"), "Voetnoot over Kareltje",
                        DocumentPart.FOOTNOTE, true),
                new Place("endnote", b -> b.endnote("Eindnoot over Pietje"), "Eindnoot over Pietje",
                        DocumentPart.ENDNOTE, true),
                new Place("comment", b -> b.comment("Auteur Een", "AE", "Opmerking over Annabel"),
                        "Opmerking over Annabel", DocumentPart.COMMENT, true),
                new Place("comment author", b -> b.comment("Gerda Kommentaar", "GK", "x"), "Gerda Kommentaar",
                        DocumentPart.COMMENT_AUTHOR, true),
                new Place("comment initials", b -> b.comment("Gerda Kommentaar", "QXZ", "x"), "QXZ",
                        DocumentPart.COMMENT_AUTHOR, true),
                new Place("tracked insertion", b -> b.insertion("Ina Voeger", " ingevoegd door Bartholomeus"),
                        "ingevoegd door Bartholomeus", DocumentPart.TRACKED_INSERTION, true),
                new Place("tracked deletion", b -> b.deletion("Del Weg", "verwijderd Cornelis"),
                        "verwijderd Cornelis", DocumentPart.TRACKED_DELETION, true),
                new Place("revision author", b -> b.deletion("Reinout Revisor", "x"), "Reinout Revisor",
                        DocumentPart.REVISION_AUTHOR, false),
                new Place("moved from", b -> b.moveFrom("Mo Ver", "weggezet Dirkje"), "weggezet Dirkje",
                        DocumentPart.TRACKED_DELETION, true),
                new Place("moved to", b -> b.moveTo("Mo Ver", "neergezet Evertje"), "neergezet Evertje",
                        DocumentPart.TRACKED_INSERTION, true),
                new Place("format change author", b -> b.formatChange("Frits Format", "vet"), "Frits Format",
                        DocumentPart.REVISION_AUTHOR, false),
                new Place("hidden text", b -> b.hidden("verborgen Fientje"), "verborgen Fientje",
                        DocumentPart.HIDDEN_TEXT, true),
                new Place("text box", b -> b.textBox("Tekstvak met Gijsbert"), "Tekstvak met Gijsbert",
                        DocumentPart.TEXT_BOX, true),
                new Place("content control", b -> b.contentControl("naam", "Naam", "Invulveld Hendrikje"),
                        "Invulveld Hendrikje", DocumentPart.CONTENT_CONTROL, true),
                new Place("content control placeholder", b -> b.contentControlPlaceholder("p", "P",
                        "Plaatshouder Isidoor"), "Plaatshouder Isidoor", DocumentPart.CONTENT_CONTROL, true),
                new Place("drop-down list item", b -> b.dropDown("d", "Keuze", "Ja", "Ja", "Lijstitem Jozefien"),
                        "Lijstitem Jozefien", DocumentPart.CONTENT_CONTROL, true),
                new Place("simple field code", b -> b.simpleField(" MERGEFIELD Klaasje ", "resultaat"),
                        "MERGEFIELD Klaasje", DocumentPart.FIELD_CODE, true),
                new Place("complex field code", b -> b.complexField(" HYPERLINK \"https://x.nl/lotje\" ", "link"),
                        "https://x.nl/lotje", DocumentPart.FIELD_CODE, true),
                new Place("field result", b -> b.complexField(" AUTHOR ", "Veldresultaat Marieke"),
                        "Veldresultaat Marieke", DocumentPart.TABLE, true),
                new Place("hyperlink target", b -> b.hyperlink("https://www.facebook.com/nicolaas.nijntje", "profiel"),
                        "https://www.facebook.com/nicolaas.nijntje", DocumentPart.HYPERLINK, true),
                new Place("alt text description", b -> b.image("Foto van Ottolien", "titel"), "Foto van Ottolien",
                        DocumentPart.ALT_TEXT, true),
                new Place("alt text title", b -> b.image("beschrijving", "Titel Pieternel"), "Titel Pieternel",
                        DocumentPart.ALT_TEXT, true),
                new Place("core title", b -> b.property(Property.TITLE, "Kaart Quirijn"), "Kaart Quirijn",
                        DocumentPart.DOCUMENT_PROPERTIES, false),
                new Place("core author", b -> b.property(Property.CREATOR, "Rozemarijn Auteur"), "Rozemarijn Auteur",
                        DocumentPart.DOCUMENT_PROPERTIES, false),
                new Place("core last modified by", b -> b.property(Property.LAST_MODIFIED_BY, "Laatste Sjoerd"),
                        "Laatste Sjoerd", DocumentPart.DOCUMENT_PROPERTIES, false),
                new Place("core subject", b -> b.property(Property.SUBJECT, "Onderwerp Teuntje"), "Onderwerp Teuntje",
                        DocumentPart.DOCUMENT_PROPERTIES, false),
                new Place("core keywords", b -> b.property(Property.KEYWORDS, "Trefwoord Ursula"), "Trefwoord Ursula",
                        DocumentPart.DOCUMENT_PROPERTIES, false),
                new Place("core description", b -> b.property(Property.DESCRIPTION, "Beschrijving Vincentje"),
                        "Beschrijving Vincentje", DocumentPart.DOCUMENT_PROPERTIES, false),
                new Place("app company", b -> b.property(Property.COMPANY, "Bedrijf Willemijn"), "Bedrijf Willemijn",
                        DocumentPart.DOCUMENT_PROPERTIES, false),
                new Place("app manager", b -> b.property(Property.MANAGER, "Manager Xander"), "Manager Xander",
                        DocumentPart.DOCUMENT_PROPERTIES, false),
                new Place("custom property", b -> b.customProperty("Cliënt", "Yvonne Custom"), "Yvonne Custom",
                        DocumentPart.DOCUMENT_PROPERTIES, false),
                new Place("embedded OLE package name", b -> b.oleObject("Zeger_verslag.txt", "inhoud"),
                        "Zeger_verslag.txt", DocumentPart.EMBEDDED_OBJECT, false),
                new Place("embedded package part name", b -> b.embeddedPackage("Anouk_brief.docx", "inhoud"),
                        "Anouk_brief.docx", DocumentPart.EMBEDDED_OBJECT, false),
                new Place("glossary", b -> b.glossary("Bouwsteen", "Bouwsteen over Bram"), "Bouwsteen over Bram",
                        DocumentPart.GLOSSARY, false),
                new Place("people list", b -> b.person("Persoon Cato"), "Persoon Cato", DocumentPart.REVISION_AUTHOR,
                        false));
    }

    private static WordDocxBuilder baseCard() {
        return WordDocxBuilder.card()
                .part(CardPart.VOORBLAD)
                .section(Section.DATUM, "17-10-2026")
                .part(CardPart.VEILIGHEIDSKAART)
                .section(Section.KRACHTEN, "Opa en oma helpen mee");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("places")
    void findsTextInEveryHidingPlaceWithItsPartAndSection(Place place) {
        CardContent content = READER.read(place.add().apply(baseCard()).build());

        List<TextSegment> found = content.segments().stream()
                .filter(s -> s.text().contains(place.marker()) && s.location().documentPart() == place.part())
                .toList();
        assertFalse(found.isEmpty(), () -> place + " not found as " + place.part() + " in " + describe(content));
        if (place.inSection()) {
            assertEquals(Optional.of(place.marker().equals("Markertekst in de hoofdtekst") ? Section.RISICOFACTOREN
                    : Section.KRACHTEN), found.get(0).location().section(), place::toString);
        }
    }

    @Test
    void deletedAndHiddenTextStayOutOfTheVisibleTextAndTheSectionValue() {
        CardContent content = READER.read(baseCard().deletion("D", " weggehaald Wouter").hidden(" verstopt Xavier")
                .insertion("I", " erbij Yara").build());

        TextSegment visible = segment(content, DocumentPart.TABLE, "Opa en oma");
        assertEquals("Opa en oma helpen mee erbij Yara", visible.text());
        assertEquals("Opa en oma helpen mee erbij Yara", content.value(Section.KRACHTEN).orElseThrow());
    }

    @Test
    void joinsWordsSplitOverRunsWithProofErrAndBookmarks() {
        String text = "Grootouders Wilhelmina en Bartholomeus ondersteunen het gezin dagelijks";
        for (long seed = 1; seed <= 20; seed++) {
            byte[] docx = WordDocxBuilder.card().seed(seed).section(Section.KRACHTEN, text).build();
            String xml = DocxParts.text(docx, "word/document.xml");
            assertFalse(xml.contains("Bartholomeus"), "the builder splits the name over runs");
            CardContent content = READER.read(docx);
            assertEquals(text, segment(content, DocumentPart.TABLE, "Grootouders").text());
        }
    }

    @Test
    void turnsTabsBreaksHyphensAndSymbolsIntoText() {
        CardContent content = READER.read(WordDocxBuilder.card().splitRuns(false)
                .paragraph("een\ttab\u2028regel af\u00ADbreek niet\u2011breken").symbol("Arial", 0xF041).build());

        assertEquals("een tab\nregel afbreek niet-brekenA", segment(content, DocumentPart.BODY, "een").text());
    }

    @Test
    void removesZeroWidthAndNonBreakingSpaceTricks() {
        CardContent content = READER.read(WordDocxBuilder.card().splitRuns(false)
                .paragraph("San\u200Bne\u00A0de\u2060 Vries").build());

        assertEquals("Sanne de Vries", segment(content, DocumentPart.BODY, "Sanne").text());
    }

    @Test
    void textBoxIsReadOnceThoughWordWritesItTwice() {
        byte[] docx = baseCard().textBox("Eenmaal tekstvak").build();
        String xml = DocxParts.text(docx, "word/document.xml");
        assertTrue(xml.contains("mc:Fallback"));

        long count = READER.read(docx).segments().stream().filter(s -> s.text().contains("Eenmaal tekstvak")).count();
        assertEquals(1, count);
    }

    @Test
    void commentsAndNotesAreLocatedAtTheirAnchor() {
        CardContent content = READER.read(WordDocxBuilder.card()
                .section(Section.DATUM, "17-10-2026").comment("A", "A", "bij datum")
                .section(Section.RISICOFACTOREN, "risico").footnote("bij risico")
                .build());

        assertEquals(Optional.of(Section.DATUM), segment(content, DocumentPart.COMMENT, "bij datum").location().section());
        assertEquals(Optional.of(Section.RISICOFACTOREN),
                segment(content, DocumentPart.FOOTNOTE, "bij risico").location().section());
        assertEquals("opmerking 1", segment(content, DocumentPart.COMMENT, "bij datum").location().detail());
    }

    @Test
    void detailNamesTableRowAndParagraph() {
        CardContent content = READER.read(WordDocxBuilder.card()
                .paragraph("inleiding")
                .part(CardPart.VOORBLAD).section(Section.DATUM, "17-10-2026").section(Section.GEMEENTE, "Roosendaal")
                .build());

        assertEquals("alinea 1", segment(content, DocumentPart.BODY, "inleiding").location().detail());
        assertEquals("tabel 1, rij 3, kolom 2", segment(content, DocumentPart.TABLE, "Roosendaal").location().detail());
    }

    // ------------------------------------------------------------------------------------------------ structure

    static Stream<Arguments> layouts() {
        List<Arguments> all = new ArrayList<>();
        for (Layout layout : Layout.values()) {
            for (LabelNumbering numbering : LabelNumbering.values()) {
                all.add(Arguments.of(layout, numbering, false, false));
            }
            all.add(Arguments.of(layout, LabelNumbering.NONE, true, true));
            all.add(Arguments.of(layout, LabelNumbering.TEXT, true, false));
        }
        return all.stream();
    }

    /** A complete card: every section with a value of its own. */
    static Map<Section, String> completeValues() {
        Map<Section, String> values = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            values.put(section, section.part() == CardPart.PERSOONSGEGEVENS ? "n.v.t."
                    : "Waarde voor " + section.name().toLowerCase().replace('_', ' ') + " met tekst");
        }
        values.put(Section.DATUM, "17-10-2026");
        values.put(Section.SOORT_INBRENG, "Eerste inbreng");
        values.put(Section.JEUGDIGE, "J. (2011)\nbroertje D. (2016)");
        values.put(Section.GEZINSSAMENSTELLING, "Moeder (1987), vader (1985)\nJ. (2011) en D. (2016)");
        return values;
    }

    static WordDocxBuilder completeCard(Layout layout, LabelNumbering numbering, boolean colon, boolean dutch,
                                        boolean contentControls) {
        WordDocxBuilder builder = WordDocxBuilder.card().layout(layout).labelNumbering(numbering).labelColon(colon)
                .dutchStyleIds(dutch).valuesInContentControls(contentControls).title("Veiligheidskaart");
        CardPart part = null;
        for (Map.Entry<Section, String> e : completeValues().entrySet()) {
            if (e.getKey().part() != part) {
                part = e.getKey().part();
                builder.part(part);
            }
            builder.section(e.getKey(), e.getValue(), "Toelichting bij " + e.getKey().label());
        }
        return builder;
    }

    @ParameterizedTest(name = "{0} numbering {1} colon {2} dutch {3}")
    @MethodSource("layouts")
    void recognisesEverySectionInEveryLayout(Layout layout, LabelNumbering numbering, boolean colon, boolean dutch) {
        CardContent content = READER.read(completeCard(layout, numbering, colon, dutch, false).build());

        assertEquals(completeValues(), content.sectionValues());
        for (CardPart part : CardPart.values()) {
            if (part != CardPart.UNKNOWN) {
                assertTrue(content.partsFound().contains(part), part::name);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void recognisesSectionsWhoseValuesSitInContentControls(Layout layout) {
        CardContent content = READER.read(completeCard(layout, LabelNumbering.NONE, true, false, true).build());

        assertEquals(completeValues(), content.sectionValues());
        assertEquals(DocumentPart.CONTENT_CONTROL, segment(content, DocumentPart.CONTENT_CONTROL, "17-10-2026")
                .location().documentPart());
        assertTrue(content.segments().stream().noneMatch(s -> s.text().contains("Jeugdigevoorletter")),
                "a tag that repeats the label is not text");
    }

    @Test
    void acceptsSynonymsAndOddSpelling() {
        CardContent content = READER.read(WordDocxBuilder.card()
                .section("3. vraag aan het VHT :", "Wat te doen?")
                .section("GEÏNFORMEERD EN GESPROKEN", "Moeder op 3 oktober")
                .section("Type inbreng", "Vervolgbespreking")
                .build());

        assertEquals("Wat te doen?", content.value(Section.VRAAG_AAN_VHT).orElseThrow());
        assertEquals("Moeder op 3 oktober", content.value(Section.GEINFORMEERD).orElseThrow());
        assertEquals("Vervolgbespreking", content.value(Section.SOORT_INBRENG).orElseThrow());
    }

    @Test
    void readsARowOfLabelsFollowedByARowOfValues() {
        CardContent content = READER.read(WordDocxBuilder.card()
                .tableRow("Datum", "Soort inbreng", "Gemeente")
                .tableRow("17-10-2026", "Monitoring", "Moerdijk")
                .build());

        assertEquals("17-10-2026", content.value(Section.DATUM).orElseThrow());
        assertEquals("Monitoring", content.value(Section.SOORT_INBRENG).orElseThrow());
        assertEquals("Moerdijk", content.value(Section.GEMEENTE).orElseThrow());
        assertEquals(Optional.of(Section.GEMEENTE), segment(content, DocumentPart.TABLE, "Moerdijk").location().section());
    }

    @Test
    void readsLabelValueRowsBehindAnEmptyLeadingColumn() {
        CardContent content = READER.read(WordDocxBuilder.card()
                .tableRow("", "Datum", "02-11-2026")
                .tableRow("", "Inbrenger", "L. Verhoeven, jeugdconsulent, Wijkteam Noord")
                .tableRow("", "Verantwoordelijke gemeente", "Oss")
                .tableRow("", "Gezinssamenstelling", "Moeder (1984), T. (2012)")
                .tableRow("", "Veiligheidsscore", "Inbrenger: 4.")
                .tableRow("", "Inbrenger", "3")
                .build());

        assertEquals("02-11-2026", content.value(Section.DATUM).orElseThrow());
        assertEquals("L. Verhoeven, jeugdconsulent, Wijkteam Noord", content.value(Section.INBRENGER).orElseThrow());
        assertEquals(Optional.of(Section.INBRENGER),
                segment(content, DocumentPart.TABLE, "Verhoeven").location().section());
        assertEquals("Oss", content.value(Section.GEMEENTE).orElseThrow());
        // a score row naming a cover label that was read before stays content of the open section
        assertEquals(Optional.of(Section.VEILIGHEIDSSCORE),
                segment(content, DocumentPart.TABLE, "3").location().section());
    }

    @Test
    void readsLabelValueRowsBehindANumberingColumn() {
        CardContent content = READER.read(WordDocxBuilder.card()
                .tableRow("", "1.", "Datum", "02-11-2026")
                .tableRow("4)", "Inbrenger", "L. Verhoeven, jeugdconsulent, Wijkteam Noord")
                .tableRow("VI.", "Verantwoordelijke gemeente", "Oss")
                .tableRow("", "7", "Gedragsdeskundige geraadpleegd", "")
                .tableRow("2.", "Veiligheidskaart", "")
                .tableRow("12", "Gezinssamenstelling", "Moeder (1984), T. (2012)")
                .tableRow("20.", "Veiligheidsscore", "Inbrenger: 4.")
                .tableRow("1", "Inbrenger", "score zeven")
                .tableRow("3.", "Moeder", "score zes")
                .build());

        assertEquals("02-11-2026", content.value(Section.DATUM).orElseThrow());
        assertEquals("L. Verhoeven, jeugdconsulent, Wijkteam Noord", content.value(Section.INBRENGER).orElseThrow());
        assertEquals(Optional.of(Section.INBRENGER),
                segment(content, DocumentPart.TABLE, "Verhoeven").location().section());
        assertEquals("Oss", content.value(Section.GEMEENTE).orElseThrow());
        assertEquals("Moeder (1984), T. (2012)", content.value(Section.GEZINSSAMENSTELLING).orElseThrow());
        // a numbered score row naming a cover label that was read before stays content of the open section
        assertEquals(Optional.of(Section.VEILIGHEIDSSCORE),
                segment(content, DocumentPart.TABLE, "score zeven").location().section());
        assertEquals(Optional.of(Section.VEILIGHEIDSSCORE),
                segment(content, DocumentPart.TABLE, "score zes").location().section());
    }

    /** Round 18 (r18-cover): "4a" numbering, a number behind empty border cells and a ":" column. */
    @Test
    void readsCoverRowsNumberedWithALetterBehindEmptyCellsAndAColonColumn() {
        CardContent content = READER.read(WordDocxBuilder.card()
                .tableRow("1a", "Datum", "02-11-2026")
                .tableRow("4a", "Inbrenger", "L. Verhoeven, jeugdconsulent")
                .endTable()
                .tableRow("", "", "5", "Vaste deelnemer", "R. Kamphuis, WSS")
                .endTable()
                .tableRow("Verantwoordelijke gemeente", ":", "Oss")
                .tableRow("Gedragsdeskundige geraadpleegd", ":", "Ja, P. Hendriks")
                .build());

        assertEquals("02-11-2026", content.value(Section.DATUM).orElseThrow());
        assertEquals("L. Verhoeven, jeugdconsulent", content.value(Section.INBRENGER).orElseThrow());
        assertEquals("R. Kamphuis, WSS", content.value(Section.VASTE_DEELNEMER).orElseThrow());
        assertEquals(Optional.of(Section.VASTE_DEELNEMER),
                segment(content, DocumentPart.TABLE, "Kamphuis").location().section());
        assertEquals("Oss", content.value(Section.GEMEENTE).orElseThrow());
        assertEquals("Ja, P. Hendriks", content.value(Section.GEDRAGSDESKUNDIGE).orElseThrow());
    }

    /** Round 18 (r18-cover): a dash between label and value, label and value in one cell with a line break. */
    @Test
    void readsALabelBeforeADashAndALabelOnTheFirstLineOfACell() {
        CardContent content = READER.read(WordDocxBuilder.card()
                .paragraph("Datum inbreng - 02-11-2026")
                .paragraph("Inbrenger – L. Verhoeven, jeugdconsulent")
                .tableRow("Vaste deelnemer\u2028R. Kamphuis, WSS", "Verantwoordelijke gemeente\u2028Oss")
                .tableRow("Gedragsdeskundige geraadpleegd - Ja, P. Hendriks", "")
                .build());

        assertEquals("02-11-2026", content.value(Section.DATUM).orElseThrow());
        assertEquals("L. Verhoeven, jeugdconsulent", content.value(Section.INBRENGER).orElseThrow());
        assertEquals("R. Kamphuis, WSS", content.value(Section.VASTE_DEELNEMER).orElseThrow());
        assertEquals(Optional.of(Section.VASTE_DEELNEMER),
                segment(content, DocumentPart.TABLE, "Kamphuis").location().section());
        assertEquals("Oss", content.value(Section.GEMEENTE).orElseThrow());
        assertEquals(Optional.of(Section.GEMEENTE), segment(content, DocumentPart.TABLE, "Oss").location().section());
        assertEquals("Ja, P. Hendriks", content.value(Section.GEDRAGSDESKUNDIGE).orElseThrow());
    }

    /** Round 18 (r18-cover): unlabelled text beside a professional's label-and-value cell is no professional's. */
    @Test
    void textBesideALabelledProfessionalCellIsNotTheProfessionals() {
        CardContent content = READER.read(WordDocxBuilder.card()
                .tableRow("Datum\u202802-11-2026", "")
                .tableRow("Vaste deelnemer\u2028R. Kamphuis, WSS", "Netwerk: K. Bos en A. Bos")
                .build());

        assertEquals("R. Kamphuis, WSS", content.value(Section.VASTE_DEELNEMER).orElseThrow());
        assertEquals(Optional.empty(), segment(content, DocumentPart.TABLE, "Netwerk").location().section());
    }

    @Test
    void aNumberBeforeTextThatIsNoLabelIsNoSection() {
        CardContent content = READER.read(WordDocxBuilder.card()
                .tableRow("Wat is er nu onveilig", "Vader slaat.")
                .tableRow("1.", "Op 3-11-2026 een incident", "school")
                .build());

        assertEquals(Optional.of(Section.ONVEILIGHEID),
                segment(content, DocumentPart.TABLE, "incident").location().section());
    }

    @Test
    void aRowWithoutASectionLabelDoesNotJoinAProfessionalsField() {
        CardContent content = READER.read(WordDocxBuilder.card()
                .tableRow("5.", "Vaste deelnemer", "H. Kramer, Veilig Thuis")
                .tableRow("6.", "Netwerk", "Yusuf Aydin en Elif Aydin")
                .tableRow("Inbrenger", "T. Bosman, gezinsvoogd, JBB")
                .tableRow("Aanwezig bij gesprek", "Ruben Dekker")
                .tableRow("Procesregisseur", "W. Mulder, Wijkteam")
                .build());

        assertEquals("H. Kramer, Veilig Thuis", content.value(Section.VASTE_DEELNEMER).orElseThrow());
        assertEquals(Optional.empty(), segment(content, DocumentPart.TABLE, "Aydin").location().section());
        assertEquals("T. Bosman, gezinsvoogd, JBB", content.value(Section.INBRENGER).orElseThrow());
        assertEquals(Optional.empty(), segment(content, DocumentPart.TABLE, "Dekker").location().section());
    }

    @Test
    void readsLabelColonValueLines() {
        CardContent content = READER.read(WordDocxBuilder.card().layout(Layout.HEADINGS)
                .paragraph("Datum: 17-10-2026")
                .paragraph("Gemeente: Halderberge")
                .paragraph("").bold("Inbrenger:").text(" M. Smit, Toegang")
                .build());

        assertEquals("17-10-2026", content.value(Section.DATUM).orElseThrow());
        assertEquals("Halderberge", content.value(Section.GEMEENTE).orElseThrow());
        assertEquals("M. Smit, Toegang", content.value(Section.INBRENGER).orElseThrow());
    }

    @Test
    void aLabelWordInsideAnotherSectionsValueIsContent() {
        for (Layout layout : new Layout[] {Layout.HEADINGS, Layout.BOLD_LINES}) {
            CardContent content = READER.read(WordDocxBuilder.card().layout(layout)
                    .section(Section.INBRENGER, "M. Smit, Toegang")
                    .part(CardPart.VEILIGHEIDSKAART)
                    .section(Section.VEILIGHEIDSSCORE, "")
                    .paragraph("Inbrenger: 4. Moeder: 7.")
                    .paragraph("Jeugdige: 3.")
                    .section(Section.BETROKKEN_HULPVERLENING, "Wijkteam")
                    .build());

            assertEquals("Inbrenger: 4. Moeder: 7.\nJeugdige: 3.",
                    content.value(Section.VEILIGHEIDSSCORE).orElseThrow(), layout.name());
            assertEquals("M. Smit, Toegang", content.value(Section.INBRENGER).orElseThrow(), layout.name());
            assertEquals("Wijkteam", content.value(Section.BETROKKEN_HULPVERLENING).orElseThrow(), layout.name());
        }
        CardContent table = READER.read(WordDocxBuilder.card().layout(Layout.TABLE_STACKED)
                .section(Section.INBRENGER, "M. Smit, Toegang")
                .part(CardPart.VEILIGHEIDSKAART)
                .section(Section.VEILIGHEIDSSCORE, "Inbrenger: 4. Moeder: 7.")
                .build());
        assertEquals("Inbrenger: 4. Moeder: 7.", table.value(Section.VEILIGHEIDSSCORE).orElseThrow());
    }

    @Test
    void aPersoonsgegevensSynonymOpensThatSectionOnlyInsideItsPart() {
        CardContent outside = READER.read(WordDocxBuilder.card().layout(Layout.BOLD_LINES)
                .part(CardPart.VEILIGHEIDSKAART).section(Section.GEZINSSAMENSTELLING, "Het gezin bestaat uit:")
                .boldLine("Ouders").paragraph("Gescheiden sinds 2020").build());
        assertFalse(outside.hasSection(Section.OUDERS_GEZAGDRAGERS));
        assertEquals("Het gezin bestaat uit:\nOuders\nGescheiden sinds 2020",
                outside.value(Section.GEZINSSAMENSTELLING).orElseThrow());

        CardContent inside = READER.read(WordDocxBuilder.card().layout(Layout.BOLD_LINES)
                .part(CardPart.PERSOONSGEGEVENS).boldLine("Ouders").paragraph("Ingevuld").build());
        assertEquals("Ingevuld", inside.value(Section.OUDERS_GEZAGDRAGERS).orElseThrow());
    }

    @Test
    void anUnrecognisedHeadingDoesNotEndTheSection() {
        CardContent content = READER.read(WordDocxBuilder.card().layout(Layout.HEADINGS)
                .section(Section.RISICOFACTOREN, "Eerste punt").heading("Aanvulling", 2).paragraph("Tweede punt")
                .build());

        assertEquals("Eerste punt\nAanvulling\nTweede punt", content.value(Section.RISICOFACTOREN).orElseThrow());
    }

    @Test
    void aPlaceholderAndAnEmptyValueCountAsEmpty() {
        CardContent content = READER.read(WordDocxBuilder.card()
                .section(Section.STEM_JEUGDIGE, "").contentControlPlaceholder("x", "Stem",
                        "Klik of tik om tekst in te voeren.")
                .section(Section.PATROON, "")
                .build());

        assertEquals("", content.value(Section.STEM_JEUGDIGE).orElseThrow());
        assertEquals("", content.value(Section.PATROON).orElseThrow());
    }

    @Test
    void theNoteColumnIsNotPartOfTheValue() {
        CardContent content = READER.read(WordDocxBuilder.card().layout(Layout.TABLE_THREE_COLUMNS)
                .section(Section.JEUGDIGE, "J. (2011)", "Alleen voorletter en geboortejaar").build());

        assertEquals("J. (2011)", content.value(Section.JEUGDIGE).orElseThrow());
        assertEquals(Optional.of(Section.JEUGDIGE),
                segment(content, DocumentPart.TABLE, "Alleen voorletter").location().section());
    }

    // ------------------------------------------------------------------------------------------------ robustness

    @Test
    void refusesWhatIsNotADocxWithUnreadableDocumentException() {
        UnreadableDocumentException empty = assertThrows(UnreadableDocumentException.class,
                () -> READER.read(new byte[0]));
        assertEquals(Category.EMPTY_FILE, empty.category());
        UnreadableDocumentException text = assertThrows(UnreadableDocumentException.class,
                () -> READER.read("gewoon tekst".getBytes()));
        assertEquals(Category.CORRUPT, text.category());
    }

    @Test
    void refusesADoctypeInsteadOfParsingIt() {
        byte[] docx = DocxParts.replace(baseCard().build(), "word/document.xml", xml -> xml.replace("?>\r\n",
                "?>\r\n<!DOCTYPE w:document [<!ENTITY naam \"Sanne\">]>"));

        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> READER.read(docx));
        assertEquals(Category.EXTERNAL_ENTITY, e.category());
    }

    @Test
    void stopsAtTheTextLimit() {
        DocxCardReader small = new DocxCardReader(DocxLimits.defaults().withMaxTextChars(1000));
        byte[] docx = WordDocxBuilder.card().section(Section.KRACHTEN, "Zwartkousje ".repeat(400)).build();

        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> small.read(docx));
        assertEquals(Category.TOO_LARGE, e.category());
        assertFalse(e.getMessage().contains("Zwartkousje"), "the message holds no card text");
    }

    @Test
    void refusesElementsNestedTooDeep() {
        byte[] docx = DocxParts.replace(baseCard().build(), "word/document.xml", xml -> xml.replace("<w:body>",
                "<w:body>" + "<w:sdt><w:sdtContent>".repeat(300) + "</w:sdtContent></w:sdt>".repeat(300)));

        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> READER.read(docx));
        assertEquals(Category.CORRUPT, e.category());
    }

    /** Round 19 (r19-cover): cover labels numbered with a letter, in the plural, and alone on a plain line. */
    @Test
    void readsCoverLabelsNumberedWithALetterInThePluralAndAloneOnAPlainLine() {
        CardContent content = READER.read(WordDocxBuilder.card()
                .paragraph("1. Datum inbreng: 02-11-2026")
                .paragraph("4a. Inbrenger(s): L. Verhoeven, jeugdconsulent")
                .paragraph("Vaste deelnemers")
                .paragraph("R. Kamphuis, WSS")
                .paragraph("Verantwoordelijke gemeente")
                .paragraph("Oss")
                .build());

        assertEquals("L. Verhoeven, jeugdconsulent", content.value(Section.INBRENGER).orElseThrow());
        assertEquals("R. Kamphuis, WSS", content.value(Section.VASTE_DEELNEMER).orElseThrow());
        assertEquals(Optional.of(Section.VASTE_DEELNEMER),
                segment(content, DocumentPart.BODY, "Kamphuis").location().section());
        assertEquals("Oss", content.value(Section.GEMEENTE).orElseThrow());
    }

    /**
     * Round 19 (r19-cover): a plain "Gedragsdeskundige: ..." line inside another Voorblad section holds its own line
     * only; the lines after it go back to the section it interrupted (they named no professional).
     */
    @Test
    void aPlainProfessionalsLabelLineInsideAnotherSectionHoldsItsOwnLineOnly() {
        CardContent content = READER.read(WordDocxBuilder.card()
                .paragraph("Inbrenger: L. Verhoeven, jeugdconsulent")
                .paragraph("Geïnformeerd en gesproken: moeder op 3-11-2026")
                .paragraph("Gedragsdeskundige: n.v.t.")
                .paragraph("Kees Verbeek op 5-11-2026")
                .paragraph("Uit te nodigen experts: Veilig Thuis")
                .paragraph("Gedragswetenschapper – nog te bepalen")
                .paragraph("Anna Verbeek")
                .build());

        assertEquals("n.v.t.", content.value(Section.GEDRAGSDESKUNDIGE).orElseThrow());
        assertEquals(Optional.of(Section.GEINFORMEERD),
                segment(content, DocumentPart.BODY, "Kees").location().section());
        assertEquals(Optional.of(Section.EXPERTS),
                segment(content, DocumentPart.BODY, "Anna").location().section());

        CardContent dash = READER.read(WordDocxBuilder.card()
                .paragraph("Inbrenger: L. Verhoeven, jeugdconsulent")
                .paragraph("Uit te nodigen experts: Veilig Thuis")
                .paragraph("Gedragswetenschapper – nog te bepalen")
                .paragraph("Anna Verbeek")
                .build());
        assertEquals("nog te bepalen", dash.value(Section.GEDRAGSDESKUNDIGE).orElseThrow());
        assertEquals(Optional.of(Section.EXPERTS), segment(dash, DocumentPart.BODY, "Anna").location().section());
    }

    /**
     * Round 19 (r19-cover): a line or cell with a label of its own that names no professional ("Ook aanwezig:") ends
     * an open professionals' field; a contact detail ("Tel:") or a role ("Tweede inbrenger:") keeps it.
     */
    @Test
    void aLineLabelOfItsOwnEndsAProfessionalsField() {
        CardContent content = READER.read(WordDocxBuilder.card()
                .paragraph("Inbrenger: L. Verhoeven, jeugdconsulent")
                .paragraph("Tel: 06-12345678")
                .paragraph("Tweede inbrenger: M. de Wit, WSS")
                .paragraph("Ook aanwezig: Kees Verbeek en Anna Verbeek")
                .paragraph("Vaste deelnemer: R. Kamphuis, WSS")
                .paragraph("Sanne Verhoef: jeugdarts GGD")
                .tableRow("Gedragsdeskundige geraadpleegd", "Ja, P. Hendriks")
                .tableRow("", "Netwerk: Piet Verbeek")
                .build());

        assertEquals(Optional.of(Section.INBRENGER), segment(content, DocumentPart.BODY, "06-").location().section());
        assertEquals(Optional.of(Section.INBRENGER),
                segment(content, DocumentPart.BODY, "de Wit").location().section());
        assertEquals(Optional.empty(), segment(content, DocumentPart.BODY, "Kees").location().section());
        assertEquals(Optional.of(Section.VASTE_DEELNEMER),
                segment(content, DocumentPart.BODY, "jeugdarts").location().section());
        assertEquals(Optional.empty(), segment(content, DocumentPart.TABLE, "Piet").location().section());
    }

    /**
     * Round 19 (merge review of r19-cover): a professionals' label inside another Voorblad section whose line goes on
     * ("wel contact met") keeps the next line only if that line names a role or an organisation; a line about a
     * person ("<naam>; hij woont sinds kort bij moeder") stays the interrupted section's text. "Aarts" is no doctor.
     */
    @Test
    void aContinuedLabelLineInsideAnotherSectionKeepsOnlyAProfessionalsNextLine() {
        CardContent content = READER.read(WordDocxBuilder.card()
                .paragraph("Inbrenger: L. Verhoeven, jeugdconsulent")
                .paragraph("Wie is wanneer geïnformeerd: vader op 6-11-2026")
                .paragraph("Gedragsdeskundige - nee, wel contact met")
                .paragraph("Ricardo Pinas; hij woont sinds kort bij moeder.")
                .paragraph("Instemming: ja")
                .build());
        assertEquals(Optional.of(Section.GEINFORMEERD),
                segment(content, DocumentPart.BODY, "Pinas").location().section());

        CardContent professional = READER.read(WordDocxBuilder.card()
                .paragraph("Inbrenger: L. Verhoeven, jeugdconsulent")
                .paragraph("Wie is wanneer geïnformeerd: vader op 6-11-2026")
                .paragraph("Gedragsdeskundige - nee, wel contact met")
                .paragraph("M. Dekker, GZ-psycholoog Yulius")
                .paragraph("Instemming: ja")
                .build());
        assertEquals(Optional.of(Section.GEDRAGSDESKUNDIGE),
                segment(professional, DocumentPart.BODY, "Dekker").location().section());

        assertFalse(ProfessionalFieldRow.namesProfessional("Ramon en Wendy Aarts"));
        assertFalse(ProfessionalFieldRow.namesProfessional("RAMON AARTS"));
        assertTrue(ProfessionalFieldRow.namesProfessional("J. de Boer, huisarts"));
        assertTrue(ProfessionalFieldRow.namesProfessional("Arts jeugdgezondheidszorg"));
    }

    /**
     * Round 20 (t20-cards): a professionals' label line as one paragraph of a Geïnformeerd table cell is the field when
     * its value names a role or an organisation in one clause; the cell's other paragraphs stay Geïnformeerd, and so
     * does a label line whose value names no role ("Gedragsdeskundige: Kees Verbeek"), goes on with another sentence, holds
     * a verb or a second person after "en".
     */
    @Test
    void aProfessionalsLabelLineInsideAGeinformeerdCellIsTheProfessionalsField() {
        CardContent content = READER.read(WordDocxBuilder.card()
                .tableRow("Inbrenger", "L. Verhoeven, jeugdconsulent")
                .tableRow("Wie is wanneer geïnformeerd", "Moeder op 6-11-2026 gesproken.\n"
                        + "Gedragsdeskundige: M. Dekker, orthopedagoog\nVader op 7-11-2026 gebeld.")
                .tableRow("Instemming", "Ja")
                .build());
        assertEquals(Optional.of(Section.GEDRAGSDESKUNDIGE),
                segment(content, DocumentPart.TABLE, "Dekker").location().section());
        assertEquals(Optional.of(Section.GEINFORMEERD),
                segment(content, DocumentPart.TABLE, "Moeder op").location().section());
        assertEquals(Optional.of(Section.GEINFORMEERD),
                segment(content, DocumentPart.TABLE, "Vader op").location().section());

        for (String line : List.of("Gedragsdeskundige: Kees Verbeek", "Gedragsdeskundige: nee. Kees Verbeek slaat R.",
                "Gedragsdeskundige: M. Dekker (orthopedagoog); Kees Verbeek is de oom",
                "Gedragsdeskundige: M. Dekker, orthopedagoog, heeft R. en Kees Verbeek gezien",
                "Gedragsdeskundige: M. Dekker (orthopedagoog) en Kees Verbeek")) {
            CardContent other = READER.read(WordDocxBuilder.card()
                    .tableRow("Inbrenger", "L. Verhoeven, jeugdconsulent")
                    .tableRow("Wie is wanneer geïnformeerd", "Moeder op 6-11-2026 gesproken.\n" + line)
                    .build());
            assertEquals(Optional.of(Section.GEINFORMEERD),
                    segment(other, DocumentPart.TABLE, "Verbeek").location().section(), line);
        }

        CardContent readBefore = READER.read(WordDocxBuilder.card()
                .tableRow("Gedragsdeskundige", "P. Hendriks, GZ-psycholoog")
                .tableRow("Wie is wanneer geïnformeerd", "Gedragsdeskundige: M. Dekker, orthopedagoog")
                .build());
        assertEquals(Optional.of(Section.GEINFORMEERD),
                segment(readBefore, DocumentPart.TABLE, "Dekker").location().section(), "a field read before");
    }

    private static TextSegment segment(CardContent content, DocumentPart part, String containing) {
        return content.segments().stream()
                .filter(s -> s.location().documentPart() == part && s.text().contains(containing))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + part + " segment with '" + containing + "' in "
                        + describe(content)));
    }

    /** Synthetic test text only: safe to show in a failure message. */
    private static String describe(CardContent content) {
        return content.segments().stream().map(s -> s.location() + "=" + s.text())
                .collect(Collectors.joining("\n  ", "\n  ", ""));
    }
}
