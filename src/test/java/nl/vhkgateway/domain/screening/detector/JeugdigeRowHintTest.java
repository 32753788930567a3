package nl.vhkgateway.domain.screening.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vhkgateway.domain.card.CardContent;
import nl.vhkgateway.domain.card.CardPart;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.Location;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.ScreeningContext;
import org.junit.jupiter.api.Test;

/**
 * A three-column template has a hint in the Jeugdige row ("Alleen voorletter en geboortejaar."). The strict reading
 * of the Jeugdige field (every capitalised word a name) applies to its value, not to that hint; otherwise "Alleen"
 * became a name of the card and was refused everywhere.
 */
class JeugdigeRowHintTest {

    @Test
    void aHintBesideTheJeugdigeValueIsNotReadStrictly() {
        TextSegment value = new TextSegment("J. (2011)", Location.inSection(DocumentPart.TABLE, Section.JEUGDIGE,
                "tabel 1, rij 4, kolom 2"));
        TextSegment hint = new TextSegment("Alleen voorletter en geboortejaar.", Location.inSection(DocumentPart.TABLE,
                Section.JEUGDIGE, "tabel 1, rij 4, kolom 3"));
        TextSegment otherHint = new TextSegment("Alleen voorletter en geboortejaar.", Location.inSection(
                DocumentPart.TABLE, Section.GEZINSSAMENSTELLING, "tabel 2, rij 2, kolom 3"));
        CardContent card = new CardContent(List.of(value, hint, otherHint), Map.of(Section.JEUGDIGE, "J. (2011)"),
                Set.of(CardPart.VOORBLAD));
        ScreeningContext context = new ScreeningContext(card, 2026);
        DetectorCatalog catalog = DetectorCatalog.defaults();
        assertEquals(List.of(), catalog.detect(context));
    }

    @Test
    void aNameInTheJeugdigeValueIsStillFound() {
        TextSegment value = new TextSegment("Noah Verbeek (2012)", Location.inSection(DocumentPart.TABLE,
                Section.JEUGDIGE, "tabel 1, rij 4, kolom 2"));
        CardContent card = new CardContent(List.of(value), Map.of(Section.JEUGDIGE, "Noah Verbeek (2012)"),
                Set.of(CardPart.VOORBLAD));
        assertEquals(List.of(Category.PERSON_NAME), DetectorCatalog.defaults().detect(new ScreeningContext(card, 2026))
                .stream().map(f -> f.category()).distinct().toList());
    }
}
