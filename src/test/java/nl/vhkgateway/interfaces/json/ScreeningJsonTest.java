package nl.vhkgateway.interfaces.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.Location;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.Finding;
import nl.vhkgateway.domain.screening.Masker;
import nl.vhkgateway.domain.screening.MissingItem;
import nl.vhkgateway.domain.screening.ScreeningReport;
import nl.vhkgateway.domain.screening.Verdict;
import org.junit.jupiter.api.Test;

class ScreeningJsonTest {

    @Test
    void writesTheDocumentedFieldsOnOneLine() {
        Finding name = new Finding(Category.PERSON_NAME, Location.inSection(DocumentPart.COMMENT, Section.ONVEILIGHEID,
                "opmerking 1"), Masker.mask("Sanne Jansen"), "person-name");
        Finding title = new Finding(Category.EMAIL, Location.of(DocumentPart.DOCUMENT_PROPERTIES, "titel"),
                Masker.mask("sanne@example.nl"), "email");
        ScreeningReport report = new ScreeningReport(Verdict.REJECT, List.of(name, title), List.of(), Optional.empty(),
                Optional.empty(), List.of(MissingItem.section(Section.STEM_JEUGDIGE),
                        MissingItem.partOf(Section.INSTEMMING, "reden", "Schrijf de reden.")));
        String line = ScreeningJson.line(ScreeningJson.card("in/kaart één.docx", report, Optional.empty()));
        assertFalse(line.contains("\n"));
        assertFalse(line.contains("Sanne") || line.contains("Jansen") || line.contains("sanne@"));
        JsonObject json = Json.createReader(new StringReader(line)).readObject();
        assertEquals("in/kaart één.docx", json.getString("file"));
        assertEquals("REJECT", json.getString("verdict"));
        assertTrue(json.isNull("sanitised"));
        assertEquals(List.of("Stem van de jeugdige", "Instemming betrokkenen: reden"),
                json.getJsonArray("missing").getValuesAs(jakarta.json.JsonString::getString));
        JsonObject first = json.getJsonArray("findings").getJsonObject(0);
        assertEquals("PERSON_NAME", first.getString("category"));
        assertEquals("COMMENT", first.getString("part"));
        assertEquals("Wat is er nu onveilig", first.getString("section"));
        assertEquals("in een opmerking, bij 'Wat is er nu onveilig' (opmerking 1)", first.getString("location"));
        assertEquals("S**** J*****", first.getString("excerpt"));
        JsonObject second = json.getJsonArray("findings").getJsonObject(1);
        assertTrue(second.isNull("section"));
        assertEquals("DOCUMENT_PROPERTIES", second.getString("part"));
        assertEquals(5, first.size());
        assertEquals(5, json.size());
    }

    @Test
    void namesTheSanitisedCopyWhenWritten() {
        ScreeningReport accepted = new ScreeningReport(Verdict.ACCEPT, List.of(), List.of(), Optional.of(new byte[1]),
                Optional.empty(), List.of());
        JsonObject json = ScreeningJson.card("k.docx", accepted, Optional.of("uit/k-geschoond.docx"));
        assertEquals("uit/k-geschoond.docx", json.getString("sanitised"));
        assertEquals(0, json.getJsonArray("findings").size());
    }
}
