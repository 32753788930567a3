package nl.vhkgateway.application.intake.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import nl.vhkgateway.application.sender.SenderVerdict;
import nl.vhkgateway.application.sender.UnknownSenderReason;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.submission.SubmissionNumber;
import org.junit.jupiter.api.Test;

class ReceiptAndNoticeTest {

    private static final Instant WEDNESDAY = Instant.parse("2026-11-25T16:40:00Z");

    @Test
    void theReceiptGivesNumberEarliestMeetingAndNextSteps() {
        MailText mail = new Receipt(new SubmissionNumber(2026, 42), MessageFixtures.roosendaal(), WEDNESDAY,
                LocalDate.of(2026, 12, 3), false, Optional.of(MailAddress.of("beheer@gateway.test"))).toMail();
        assertEquals("Ontvangen: uw Veiligheidskaart (VHT-2026-0042)", mail.subject());
        String text = mail.text().replaceAll("\\s+", " ");
        assertTrue(text.startsWith("Beste Vaste deelnemer Toegang Roosendaal, "), text);
        assertTrue(text.contains("ontvangen op woensdag 25 november 2026 om 17:40"), text);
        assertTrue(text.contains("Inbrengnummer: VHT-2026-0042"));
        assertTrue(text.contains("Vroegst mogelijke bespreking: donderdag 3 december 2026 (ochtend)"));
        assertTrue(text.contains("Wat gebeurt er nu?"));
        assertTrue(text.contains("beheer@gateway.test"));
        assertFalse(text.contains("Raad voor de Kinderbescherming"));
        String rvdk = new Receipt(new SubmissionNumber(2026, 43), MessageFixtures.roosendaal(), WEDNESDAY,
                LocalDate.of(2026, 12, 3), true, Optional.empty()).toMail().text().replaceAll("\\s+", " ");
        assertTrue(rvdk.contains("3. De kaart is ook naar de Raad voor de Kinderbescherming gestuurd."), rvdk);
        assertTrue(rvdk.contains("4. Zorg dat de ouders"), rvdk);
    }

    @Test
    void theBeheerderIsToldWhoAndWhyButNothingOfTheContent() {
        MailText mail = new UnknownSenderNotice(new SenderVerdict.UnknownSender(UnknownSenderReason.NOT_REGISTERED,
                "onbekend@elders.test"), WEDNESDAY, "Q-2026-0815", 48_213).toMail();
        assertEquals("Quarantaine: bericht van onbekende afzender (Q-2026-0815)", mail.subject());
        String text = mail.text().replaceAll("\\s+", " ");
        assertTrue(text.contains("Afzender volgens het bericht: onbekend@elders.test"));
        assertTrue(text.contains("Reden: het afzenderadres staat niet in het register van vaste deelnemers"));
        assertTrue(text.contains("Grootte: 47 kB"));
        assertTrue(text.contains("Referentie in quarantaine: Q-2026-0815"));
        assertTrue(text.contains("niet doorgestuurd en de afzender heeft geen antwoord gekregen"));
        assertThrows(IllegalArgumentException.class, () -> new UnknownSenderNotice(new SenderVerdict.UnknownSender(
                UnknownSenderReason.NO_SINGLE_FROM, ""), WEDNESDAY, "Q-1\r\nBcc: x@y.test", 1));
    }

    @Test
    void datesAreWrittenInDutch() {
        assertEquals("dinsdag 1 december 2026", DutchDates.withWeekday(LocalDate.of(2026, 12, 1)));
        assertEquals("27 april 2027", DutchDates.date(LocalDate.of(2027, 4, 27)));
    }
}
