package nl.vhkgateway.application.handover;

import nl.vhkgateway.domain.card.CardContent;
import nl.vhkgateway.domain.card.CardPart;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.consent.CaseReference;
import nl.vhkgateway.domain.consent.ConsentId;
import nl.vhkgateway.domain.consent.Purpose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HandoverInstructionsReaderTest {

    private final HandoverInstructionsReader reader = new HandoverInstructionsReader();

    @Test
    void coverFieldsGiveEverything() {
        HandoverInstructions read = instructions(card(Map.of(Section.OVERDRACHT_AAN, "Veilig Thuis West-Brabant",
                Section.CASUSNUMMER, "vht 2026-42", Section.TOESTEMMINGSNUMMER, "nr. 17",
                Section.DOEL_OVERDRACHT, "Interventiegesprek met de Raad")), "");

        assertEquals("Veilig Thuis West-Brabant", read.receiver());
        assertEquals(new CaseReference("VHT-2026-0042"), read.caseReference());
        assertEquals(Optional.of(new ConsentId(17)), read.quotedConsent());
        assertEquals(Purpose.INTERVENTIEGESPREK, read.purpose());
    }

    @Test
    void theSubjectAloneIsEnough() {
        HandoverInstructions read = instructions(card(Map.of()),
                "Overdracht aan Veilig Thuis West-Brabant - toestemming 23 - casus VHT-2026-0042");

        assertEquals("Veilig Thuis West-Brabant", read.receiver());
        assertEquals(new CaseReference("VHT-2026-0042"), read.caseReference());
        assertEquals(Optional.of(new ConsentId(23)), read.quotedConsent());
        assertEquals(Purpose.OVERDRACHT, read.purpose());
    }

    @Test
    void coverFieldsWinOverTheSubjectAndAPseudonymIsACase() {
        HandoverInstructions read = instructions(card(Map.of(Section.OVERDRACHT_AAN, "RvdK",
                Section.CASUSNUMMER, "roos-2026-117")), "Overdracht aan Veilig Thuis - toestemmingsnummer: 5");

        assertEquals("RvdK", read.receiver());
        assertEquals(new CaseReference("ROOS-2026-117"), read.caseReference());
        assertEquals(Optional.of(new ConsentId(5)), read.quotedConsent(), "the subject fills what the card leaves open");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                    | VHT-2026-0042 | 17    | ''                  | RECEIVER_MISSING",
            "Veilig Thuis          | ''            | 17    | ''                  | CASE_MISSING",
            "Veilig Thuis          | Jansen        | 17    | ''                  | CASE_INVALID",
            "Veilig Thuis          | VHT-2026-0042 | zeven | ''                  | CONSENT_NUMBER_INVALID",
            "Veilig Thuis          | VHT-2026-0042 | 17 18 | ''                  | CONSENT_NUMBER_INVALID",
            "Veilig Thuis          | VHT-2026-0042 | 17    | samen koffie drinken | PURPOSE_UNKNOWN",
    })
    void eachMissingOrMalformedItemHasItsProblem(String receiver, String caseReference, String consent, String purpose,
                                                 HandoverProblem expected) {
        Map<Section, String> fields = new java.util.EnumMap<>(Section.class);
        put(fields, Section.OVERDRACHT_AAN, receiver);
        put(fields, Section.CASUSNUMMER, caseReference);
        put(fields, Section.TOESTEMMINGSNUMMER, consent);
        put(fields, Section.DOEL_OVERDRACHT, purpose);

        HandoverInstructionsReader.Result result = reader.read(card(fields), "Overdracht");

        assertEquals(new HandoverInstructionsReader.Result.Problem(expected), result);
    }

    @Test
    void placeholdersCountAsEmpty() {
        HandoverInstructions read = instructions(card(Map.of(Section.OVERDRACHT_AAN, "Toegang Roosendaal",
                Section.CASUSNUMMER, "VHT-2026-0042", Section.TOESTEMMINGSNUMMER, "n.v.t.")), "");

        assertEquals(Optional.empty(), read.quotedConsent());
    }

    private HandoverInstructions instructions(CardContent card, String subject) {
        HandoverInstructionsReader.Result result = reader.read(card, subject);
        if (result instanceof HandoverInstructionsReader.Result.Read read) {
            return read.instructions();
        }
        throw new AssertionError(result.toString());
    }

    private static void put(Map<Section, String> fields, Section section, String value) {
        if (!value.isEmpty()) {
            fields.put(section, value);
        }
    }

    private static CardContent card(Map<Section, String> fields) {
        return new CardContent(List.of(), fields, EnumSet.of(CardPart.VOORBLAD));
    }
}
