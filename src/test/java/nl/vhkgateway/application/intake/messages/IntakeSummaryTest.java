package nl.vhkgateway.application.intake.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.vhkgateway.domain.card.CardFacts;
import nl.vhkgateway.domain.card.SoortInbreng;
import nl.vhkgateway.domain.card.Youth;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.planning.MeetingPlanner;
import nl.vhkgateway.domain.submission.SubmissionNumber;
import org.junit.jupiter.api.Test;

class IntakeSummaryTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T09:15:00Z"); // 10:15 in Amsterdam
    private static final SubmissionNumber NUMBER = new SubmissionNumber(2026, 42);

    private static CardFacts facts(SoortInbreng soort, boolean voice, Optional<Boolean> consent) {
        return new CardFacts(Optional.of(LocalDate.of(2026, 11, 20)), Optional.of(soort),
                "Hoe kunnen we de veiligheid van J. borgen nu moeder (1987) weer thuis woont?",
                "Gedragswetenschapper GGZ\nJurist Veilig Thuis",
                List.of(new Youth("J.", 2011), new Youth("D.", 2016)), voice, consent, Optional.empty());
    }

    private static IntakeSummary summary(CardFacts facts, Optional<SubmissionNumber> linked,
                                         Optional<MailAddress> rvdk) {
        return new IntakeSummary(NUMBER, MessageFixtures.roosendaal(), MONDAY, facts,
                List.of("documenteigenschappen gewist (auteur, titel)", "2 bijgehouden wijzigingen geaccepteerd"),
                new MeetingPlanner().earliestMeeting(MONDAY, MeetingPlanner.TEAM_ZONE), linked, rvdk);
    }

    @Test
    void tellsTheVoorzitterEverythingNeededToPlan() {
        MailText mail = summary(facts(SoortInbreng.EERSTE_INBRENG, true, Optional.of(true)), Optional.empty(),
                Optional.empty()).toMail();
        assertEquals("Nieuwe inbreng VHT-2026-0042 - Toegang gemeente Roosendaal - vroegste bespreking"
                + " dinsdag 1 december 2026", mail.subject());
        String text = mail.text();
        for (String expected : new String[] {
                "Inbrengnummer: VHT-2026-0042",
                "Ontvangen: maandag 23 november 2026 om 10:15",
                "Organisatie: Toegang gemeente Roosendaal (Toegang, gemeente Roosendaal)",
                "Vaste deelnemer: Vaste deelnemer Toegang Roosendaal <deelnemer@roosendaal.test>",
                "Soort inbreng: Eerste inbreng",
                "Vroegste bespreking: dinsdag 1 december 2026 (ochtend)",
                "    Hoe kunnen we de veiligheid van J. borgen nu moeder (1987) weer thuis woont?",
                "    Gedragswetenschapper GGZ\n    Jurist Veilig Thuis",
                "Jeugdigen: J. (2011), 15 jaar; D. (2016), 10 jaar",
                "Jeugdige van 12 jaar of ouder: ja",
                "Stem van de jeugdige in de kaart: ja",
                "Instemming betrokkenen: ja",
                "  - documenteigenschappen gewist (auteur, titel)",
                "  - 2 bijgehouden wijzigingen geaccepteerd",
                "Bijlage: Veiligheidskaart VHT-2026-0042.docx"}) {
            assertTrue(text.contains(expected), () -> "missing '" + expected + "' in\n" + text);
        }
        assertFalse(text.contains("Eerdere inbreng"), "no follow-up, no linked case line");
        assertFalse(text.contains("Raad voor de Kinderbescherming"));
    }

    @Test
    void namesTheLinkedCaseOfAFollowUpOrSaysItWasNotFound() {
        String linked = summary(facts(SoortInbreng.VERVOLGBESPREKING, true, Optional.of(true)),
                Optional.of(new SubmissionNumber(2026, 17)), Optional.empty()).toMail().text();
        assertTrue(linked.contains("Soort inbreng: Vervolgbespreking"));
        assertTrue(linked.contains("Eerdere inbreng: VHT-2026-0017 (dezelfde casus)"), linked);
        String notFound = summary(facts(SoortInbreng.MONITORING, true, Optional.of(true)), Optional.empty(),
                Optional.empty()).toMail().text();
        assertTrue(notFound.contains("Eerdere inbreng: niet gevonden"), notFound);
    }

    @Test
    void showsMissingVoiceRefusedConsentAndTheRvdkRoute() {
        String text = summary(facts(SoortInbreng.EERSTE_INBRENG, false, Optional.of(false)), Optional.empty(),
                Optional.of(MailAddress.of("intake@rvdk.test"))).toMail().text().replaceAll("[ \\n]+", " ");
        assertTrue(text.contains("Stem van de jeugdige in de kaart: NEE (verplicht bij 12 jaar of ouder)"), text);
        assertTrue(text.contains("Instemming betrokkenen: nee (de reden en de onderbouwing"), text);
        assertTrue(text.contains("ook naar de Raad voor de Kinderbescherming gestuurd (intake@rvdk.test)"), text);
        String unclear = summary(new CardFacts(Optional.empty(), Optional.empty(), "", "", List.of(), false,
                Optional.empty(), Optional.empty()), Optional.empty(), Optional.empty()).toMail().text();
        assertTrue(unclear.contains("Instemming betrokkenen: niet duidelijk vermeld"));
        assertTrue(unclear.contains("Soort inbreng: niet herkend"));
        assertTrue(unclear.contains("geen opgegeven"));
    }

    @Test
    void theAttachmentIsNamedAfterTheSubmission() {
        assertEquals("Veiligheidskaart VHT-2026-0042.docx", IntakeSummary.attachmentFileName(NUMBER));
    }
}
