package nl.vhkgateway.application.mailflow;

import nl.vhkgateway.application.mailflow.DeliveryProbe.Answer;
import nl.vhkgateway.application.mailflow.InDoubtDeliveries.Resolution;
import nl.vhkgateway.domain.audit.AuditEntry;
import nl.vhkgateway.domain.audit.AuditEvent;
import nl.vhkgateway.domain.audit.AuditLog;
import nl.vhkgateway.domain.audit.AuditQuery;
import nl.vhkgateway.domain.audit.ChainHead;
import nl.vhkgateway.domain.audit.ChainVerification;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.outbox.OutboxMessage;
import nl.vhkgateway.domain.outbox.OutboxMessageId;
import nl.vhkgateway.domain.outbox.OutboxState;
import nl.vhkgateway.domain.submission.SubmissionId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The in-doubt decision (issue 12): which answers of the recipients' mailboxes lead to sending again. */
class InDoubtDeliveriesTest {

    private static final MailAddress VOORZITTER = MailAddress.of("voorzitter@vht.test");
    private static final MailAddress RVDK = MailAddress.of("intake@rvdk.test");
    private static final MailAddress SENDER = MailAddress.of("deelnemer@roosendaal.test");
    private static final String MESSAGE_ID = "<vhk.42.forward_voorzitter.3f9a@gateway.test>";

    private final RecordingAudit audit = new RecordingAudit();

    @Test
    void foundInAnyMailboxMeansDeliveredWhateverTheOthersSay() {
        assertEquals(Resolution.DELIVERED, InDoubtDeliveries.decide(List.of(Answer.FOUND)));
        assertEquals(Resolution.DELIVERED, InDoubtDeliveries.decide(List.of(Answer.NOT_CONFIGURED, Answer.FOUND)));
        assertEquals(Resolution.DELIVERED, InDoubtDeliveries.decide(List.of(Answer.UNAVAILABLE, Answer.FOUND)));
        assertEquals(Resolution.DELIVERED, InDoubtDeliveries.decide(List.of(Answer.NOT_FOUND, Answer.FOUND)));
    }

    @Test
    void notFoundInEveryRecipientsMailboxMeansNotDelivered() {
        assertEquals(Resolution.NOT_DELIVERED, InDoubtDeliveries.decide(List.of(Answer.NOT_FOUND)));
        assertEquals(Resolution.NOT_DELIVERED, InDoubtDeliveries.decide(List.of(Answer.NOT_FOUND, Answer.NOT_FOUND)));
    }

    @Test
    void aRecipientThatCannotBeAskedMakesItUnverified() {
        assertEquals(Resolution.UNVERIFIED, InDoubtDeliveries.decide(List.of(Answer.NOT_CONFIGURED)));
        assertEquals(Resolution.UNVERIFIED, InDoubtDeliveries.decide(List.of(Answer.UNAVAILABLE)));
        assertEquals(Resolution.UNVERIFIED, InDoubtDeliveries.decide(List.of(Answer.NOT_FOUND, Answer.NOT_CONFIGURED)));
        assertEquals(Resolution.UNVERIFIED, InDoubtDeliveries.decide(List.of(Answer.NOT_FOUND, Answer.UNAVAILABLE)));
        assertEquals(Resolution.UNVERIFIED, InDoubtDeliveries.decide(List.of()));
    }

    @Test
    void foundIsAuditedAsConfirmedAndStopsAskingFurtherMailboxes() {
        List<MailAddress> asked = new ArrayList<>();
        InDoubtDeliveries inDoubt = new InDoubtDeliveries((recipient, id) -> {
            asked.add(recipient);
            return recipient.equals(VOORZITTER) && id.equals(MESSAGE_ID) ? Answer.FOUND : Answer.NOT_FOUND;
        }, audit, "system:outbox");

        assertEquals(Resolution.DELIVERED, inDoubt.resolve(message(VOORZITTER, RVDK)));

        assertEquals(List.of(VOORZITTER), asked);
        AuditEvent event = audit.events.get(0);
        assertEquals(InDoubtDeliveries.AUDIT_ACTION, event.action());
        assertEquals("DELIVERY_CONFIRMED", event.outcome());
        assertEquals(Optional.of("42"), event.subject());
        assertEquals("FORWARD-VOORZITTER", event.details().get("purpose").toUpperCase(java.util.Locale.ROOT));
        assertEquals(1, inDoubt.count(Resolution.DELIVERED));
        assertEquals(0, inDoubt.count(Resolution.UNVERIFIED));
    }

    @Test
    void aRecipientWithoutProbeIsAuditedAndCountedAsResentInDoubt() {
        InDoubtDeliveries inDoubt = new InDoubtDeliveries(
                (recipient, id) -> recipient.equals(VOORZITTER) ? Answer.NOT_FOUND : Answer.NOT_CONFIGURED,
                audit, "system:outbox");

        assertEquals(Resolution.UNVERIFIED, inDoubt.resolve(message(VOORZITTER, SENDER)));
        assertEquals(Resolution.NOT_DELIVERED, inDoubt.resolve(message(VOORZITTER)));

        assertEquals("RESENT_IN_DOUBT", audit.events.get(0).outcome());
        assertEquals(List.of("PROBE_NOT_CONFIGURED"), audit.events.get(0).reasonCodes());
        assertEquals("NOT_DELIVERED_RESENT", audit.events.get(1).outcome());
        assertEquals(1, inDoubt.count(Resolution.UNVERIFIED));
        assertEquals(1, inDoubt.count(Resolution.NOT_DELIVERED));
    }

    @Test
    void withoutAProbeEveryMessageInDoubtIsUnverified() {
        InDoubtDeliveries inDoubt = InDoubtDeliveries.unprobed();
        assertEquals(Resolution.UNVERIFIED, inDoubt.resolve(message(VOORZITTER)));
        assertEquals(1, inDoubt.count(Resolution.UNVERIFIED));
    }

    private static OutboxMessage message(MailAddress... recipients) {
        Instant now = Instant.parse("2026-12-05T09:00:00Z");
        return new OutboxMessage(new OutboxMessageId(7), Optional.of(new SubmissionId(42)), "forward_voorzitter",
                MESSAGE_ID, MailAddress.of("veiligheidsteam@gateway.test"), List.of(recipients), OutboxState.SENDING,
                2, now, Optional.of(now), Optional.empty(), Optional.empty(), now);
    }

    /** Records appended events; nothing else is used. */
    private static final class RecordingAudit implements AuditLog {
        final List<AuditEvent> events = new ArrayList<>();

        @Override
        public AuditEntry append(AuditEvent event) {
            events.add(event);
            return new AuditEntry(events.size(), Instant.now(), event, "0".repeat(64), "0".repeat(64));
        }

        @Override
        public List<AuditEntry> find(AuditQuery query, long offset) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count(AuditQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void scan(AuditQuery query, Consumer<AuditEntry> consumer) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChainHead head() {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChainVerification verifyChain() {
            throw new UnsupportedOperationException();
        }
    }
}
