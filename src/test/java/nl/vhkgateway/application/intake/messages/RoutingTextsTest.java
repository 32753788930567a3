package nl.vhkgateway.application.intake.messages;

import nl.vhkgateway.domain.card.CardFacts;
import nl.vhkgateway.domain.card.SoortInbreng;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.submission.SubmissionNumber;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Dutch texts added for routing: the RvdK cover, the screener-failure notice, the summary's follow-up lines. */
class RoutingTextsTest {

    private static final SubmissionNumber NUMBER = SubmissionNumber.parse("VHT-2026-0042");
    private static final Instant RECEIVED = Instant.parse("2026-11-16T09:00:00Z");
    private static final LocalDate MEETING = LocalDate.of(2026, 11, 24);

    @Test
    void theRvdkCoverSaysWhatTheRaadIsAskedAndQuotesNothingFromTheCard() {
        MailText mail = new RvdkCardNotice(NUMBER, MessageFixtures.roosendaal(), RECEIVED,
                Optional.of(SoortInbreng.EERSTE_INBRENG), MEETING, MailAddress.of("voorzitter@vht.test")).toMail();

        String text = flat(mail.text());
        assertTrue(mail.subject().contains("VHT-2026-0042"));
        assertTrue(text.contains("Beoordeel of de Raad aansluit bij een interventiegesprek"), text);
        assertTrue(text.contains("voorzitter@vht.test"));
        assertTrue(text.contains("dinsdag 24 november 2026"));
        assertTrue(text.contains("Bijlage: Veiligheidskaart VHT-2026-0042.docx"));
    }

    @Test
    void theScreenerFailureNoticeNamesTheReferenceAndWhatToDo() {
        MailText mail = new ScreeningFailureNotice(MessageFixtures.roosendaal(), RECEIVED,
                "document kon niet op tijd worden gecontroleerd", "inzending 12").toMail();

        assertTrue(mail.subject().contains("inzending 12"));
        assertTrue(flat(mail.text()).contains("Geef het bericht vrij uit de quarantaine"));
        assertTrue(flat(mail.text()).contains("deelnemer@roosendaal.test"));
    }

    @Test
    void theSummarySaysWhenANamedEarlierNumberIsUnknownAndRepeatsTheCleanMail() {
        CardFacts facts = new CardFacts(Optional.of(LocalDate.of(2026, 11, 12)), Optional.of(SoortInbreng.MONITORING),
                "Is het nog veilig?", "", List.of(), false, Optional.of(true), Optional.empty());
        IntakeSummary summary = new IntakeSummary(NUMBER, MessageFixtures.roosendaal(), RECEIVED, facts, List.of(),
                MEETING, Optional.empty(), Optional.empty(), Optional.of(SubmissionNumber.parse("VHT-2025-0099")),
                Optional.of(new IntakeSummary.SenderMessage("Monitoring", "Graag weer bespreken.")));

        String text = flat(summary.toMail().text());
        assertTrue(text.contains("Eerdere inbreng: VHT-2025-0099 genoemd, maar dit nummer is niet gevonden"), text);
        assertTrue(text.contains("Onderwerp: Monitoring"), text);
        assertTrue(text.contains("Graag weer bespreken."), text);
        assertFalse(text.contains("dezelfde casus"));
    }

    @Test
    void theSenderMessageIsCutWhenLong() {
        IntakeSummary.SenderMessage message = new IntakeSummary.SenderMessage("s", "x".repeat(10_000));
        assertTrue(message.text().length() < 4100);
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
