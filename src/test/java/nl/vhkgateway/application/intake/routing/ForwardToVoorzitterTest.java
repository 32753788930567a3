package nl.vhkgateway.application.intake.routing;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.outbox.OutgoingMessage;
import nl.vhkgateway.domain.submission.IdempotencyKey;
import nl.vhkgateway.domain.submission.ReasonCodes;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionState;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import nl.vhkgateway.application.mailflow.RoutingDecision;

class ForwardToVoorzitterTest {

    private static final MailAddress GATEWAY = MailAddress.of("veiligheidsteam@gateway.test");
    private static final MailAddress VOORZITTER = MailAddress.of("voorzitter@vht.test");
    private static final Instant T = Instant.parse("2026-11-23T09:05:00Z");
    private static final byte[] ORIGINAL = ("From: deelnemer@roosendaal.test\r\nTo: veiligheidsteam@gateway.test\r\n"
            + "Subject: Kaart J. (2011)\r\nMessage-ID: <orig@roosendaal.test>\r\n\r\nZie bijlage.\r\n")
            .getBytes(StandardCharsets.US_ASCII);

    private final ForwardToVoorzitter forward = new ForwardToVoorzitter(GATEWAY, VOORZITTER, Clock.fixed(T, ZoneOffset.UTC));

    @Test
    void sendsANewMessageToTheVoorzitterWithTheOriginalAttachedUnchanged() throws Exception {
        RoutingDecision decision = forward.decide(submission(42), ORIGINAL);

        assertEquals(SubmissionState.ROUTED, decision.nextState());
        assertEquals(ReasonCodes.FORWARDED_UNSCREENED, decision.reasonCode());
        OutgoingMessage out = decision.messages().get(0);
        assertEquals(List.of(VOORZITTER), out.recipients());
        assertEquals(GATEWAY, out.envelopeFrom());

        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(out.rawMime()));
        assertEquals(out.messageId(), message.getMessageID());
        assertEquals("auto-generated", message.getHeader("Auto-Submitted", null));
        assertEquals("42", message.getHeader("X-VHK-Submission", null));
        assertEquals("VHK-gateway: inzending 42 ontvangen", message.getSubject());
        assertFalse(message.getSubject().contains("Kaart"), "the unscreened subject is not copied");
        Multipart parts = (Multipart) message.getContent();
        BodyPart cover = parts.getBodyPart(0);
        String text = (String) cover.getContent();
        assertTrue(text.contains("Afzender: deelnemer@roosendaal.test"), text);
        assertTrue(text.contains("Ontvangen: 23-11-2026 om 10:04"), text);
        BodyPart attached = parts.getBodyPart(1);
        assertTrue(attached.isMimeType("message/rfc822"));
        assertEquals("oorspronkelijk-bericht.eml", attached.getFileName());
        try (InputStream in = attached.getInputStream()) {
            assertArrayEquals(ORIGINAL, in.readAllBytes(), "the original, byte for byte");
        }
    }

    @Test
    void theMessageIdIsTheSameEveryTimeForTheSameSubmissionAndDiffersBetweenSubmissions() throws Exception {
        String first = forward.decide(submission(42), ORIGINAL).messages().get(0).messageId();
        String again = new ForwardToVoorzitter(GATEWAY, VOORZITTER).decide(submission(42), ORIGINAL).messages().get(0).messageId();
        String other = forward.decide(submission(43), ORIGINAL).messages().get(0).messageId();

        assertEquals(first, again);
        assertNotEquals(first, other);
        assertTrue(first.matches("<vhk\\.42\\.forward_voorzitter\\.[0-9a-f]{16}@gateway\\.test>"), first);
        assertFalse(first.contains("voorzitter@"), "recipient addresses are hashed");
    }

    @Test
    void refusesToForwardToItself() {
        assertThrows(IllegalArgumentException.class, () -> new ForwardToVoorzitter(GATEWAY, GATEWAY));
    }

    private static Submission submission(long id) {
        return Submission.builder().id(new SubmissionId(id))
                .key(IdempotencyKey.of(Optional.of("<orig@roosendaal.test>"), ORIGINAL))
                .sender(Optional.of(MailAddress.of("deelnemer@roosendaal.test")))
                .receivedAt(T.minusSeconds(60)).size(ORIGINAL.length).state(SubmissionState.RECEIVED)
                .nextAttemptAt(T).createdAt(T).updatedAt(T).build();
    }
}
