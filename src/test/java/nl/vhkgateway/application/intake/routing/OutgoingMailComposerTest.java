package nl.vhkgateway.application.intake.routing;

import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import nl.vhkgateway.application.intake.messages.MailText;
import nl.vhkgateway.domain.intake.IntakeRoute;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.outbox.OutgoingMessage;
import nl.vhkgateway.domain.submission.ContentHash;
import nl.vhkgateway.domain.submission.IdempotencyKey;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionId;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutgoingMailComposerTest {

    private static final Instant NOW = Instant.parse("2026-11-16T09:00:00Z");
    private static final MailAddress GATEWAY = MailAddress.of("veiligheidsteam@gateway.test");
    private static final MailAddress SENDER = MailAddress.of("deelnemer@roosendaal.test");
    private final OutgoingMailComposer composer = new OutgoingMailComposer(GATEWAY, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void anAnswerRepliesToTheOriginalAsAnAutomaticReply() throws Exception {
        OutgoingMessage message = composer.compose(intake("<abc.123@roosendaal.test>", false, 0),
                MailDraft.answer("RECEIPT", SENDER, new MailText("Ontvangen", "Beste deelnemer,\nDank.")));

        MimeMessage mime = parse(message);
        assertEquals("auto-replied", mime.getHeader("Auto-Submitted", null));
        assertEquals("<abc.123@roosendaal.test>", mime.getHeader("In-Reply-To", null));
        assertEquals(message.messageId(), mime.getMessageID());
        assertEquals(GATEWAY.value(), ((jakarta.mail.internet.InternetAddress) mime.getFrom()[0]).getAddress());
        assertEquals("Ontvangen", mime.getSubject());
        assertEquals("All", mime.getHeader("X-Auto-Response-Suppress", null));
        Multipart alternative = (Multipart) mime.getContent();
        assertTrue(mime.isMimeType("multipart/alternative"), mime.getContentType());
        assertEquals(2, alternative.getCount());
        assertTrue(alternative.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(alternative.getBodyPart(0).getContentType().toLowerCase().contains("charset=utf-8"));
        assertEquals("Beste deelnemer,\r\nDank.\r\n", alternative.getBodyPart(0).getContent());
        assertTrue(alternative.getBodyPart(1).isMimeType("text/html"), "HTML last: the preferred alternative");
        assertTrue(((String) alternative.getBodyPart(1).getContent()).contains("Beste deelnemer,<br>"));
    }

    @Test
    void theGatewayHeadersOfADraftAreWrittenAndOnlyThose() throws Exception {
        MailDraft draft = MailDraft.answer("REFUSAL", SENDER, new MailText("Niet doorgestuurd", "tekst"))
                .withHeader("X-VHK-Uitkomst", "geweigerd").withHeader("X-VHK-Redenen", "PERSON_NAME, MISSING_SECTIONS");

        MimeMessage mime = parse(composer.compose(intake("<a@b>", false, 0), draft));
        assertEquals("geweigerd", mime.getHeader("X-VHK-Uitkomst", null));
        assertEquals("PERSON_NAME, MISSING_SECTIONS", mime.getHeader("X-VHK-Redenen", null));
        assertThrows(IllegalArgumentException.class, () -> draft.withHeader("Bcc", "a@b"));
        assertThrows(IllegalArgumentException.class, () -> draft.withHeader("X-VHK-Redenen", "a\r\nBcc: a@b"));
        assertThrows(IllegalArgumentException.class, () -> draft.withHeader("X-VHK-Onderwerp", "Jansen é"));
    }

    @Test
    void theSameDecisionGivesTheSameMessageIdAndANewRoundAnother() {
        MailDraft draft = MailDraft.message("NOTICE_BEHEER", MailAddress.of("beheer@gateway.test"),
                new MailText("Quarantaine", "tekst"), Optional.empty());

        String first = composer.compose(intake("<a@b>", false, 0), draft).messageId();
        assertEquals(first, composer.compose(intake("<a@b>", false, 0), draft).messageId());
        assertNotEquals(first, composer.compose(intake("<a@b>", false, 1), draft).messageId());
    }

    @Test
    void aNewMessageCarriesTheCardAsAttachmentAndNoInReplyTo() throws Exception {
        byte[] card = "PK fake docx".getBytes(StandardCharsets.UTF_8);
        OutgoingMessage message = composer.compose(intake("<a@b>", false, 0), MailDraft.message("SUMMARY_VOORZITTER",
                MailAddress.of("voorzitter@vht.test"), new MailText("Nieuwe inbreng", "samenvatting"),
                Optional.of(new MailDraft.Attachment("Veiligheidskaart VHT-2026-0042.docx", MailDraft.Attachment.DOCX,
                        card))));

        MimeMessage mime = parse(message);
        assertEquals("auto-generated", mime.getHeader("Auto-Submitted", null));
        assertNull(mime.getHeader("In-Reply-To"));
        assertEquals("All", mime.getHeader("X-Auto-Response-Suppress", null));
        assertTrue(mime.isMimeType("multipart/mixed"), mime.getContentType());
        Multipart parts = (Multipart) mime.getContent();
        assertEquals(2, parts.getCount());
        assertTrue(parts.getBodyPart(0).isMimeType("multipart/alternative"), "the text, as plain and HTML");
        Multipart text = (Multipart) parts.getBodyPart(0).getContent();
        assertTrue(text.getBodyPart(0).isMimeType("text/plain") && text.getBodyPart(1).isMimeType("text/html"));
        assertEquals("Veiligheidskaart VHT-2026-0042.docx", parts.getBodyPart(1).getFileName());
        assertArrayEquals(card, parts.getBodyPart(1).getInputStream().readAllBytes());
    }

    @Test
    void aSyntheticOrOddMessageIdIsNotRepeated() throws Exception {
        MailDraft answer = MailDraft.answer("REFUSAL", SENDER, new MailText("Niet doorgestuurd", "tekst"));
        assertNull(parse(composer.compose(intake("<x@y>", true, 0), answer)).getHeader("In-Reply-To"));
        assertNull(parse(composer.compose(intake("<x y>\r\nBcc: a@b", false, 0), answer)).getHeader("In-Reply-To"));
    }

    private static IntakeContext intake(String messageId, boolean synthetic, int round) {
        Submission submission = Submission.builder()
                .id(new SubmissionId(42))
                .key(new IdempotencyKey(messageId, synthetic, ContentHash.of(new byte[] {1})))
                .receivedAt(NOW).size(100).nextAttemptAt(NOW).createdAt(NOW).updatedAt(NOW)
                .build();
        return new IntakeContext(submission, new MimeMessage(Session.getInstance(new Properties())), "",
                IntakeRoute.VHT, round);
    }

    private static MimeMessage parse(OutgoingMessage message) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(message.rawMime()));
    }
}
