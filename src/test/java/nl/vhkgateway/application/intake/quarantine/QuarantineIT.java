package nl.vhkgateway.application.intake.quarantine;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import nl.vhkgateway.application.intake.retention.RetentionSettings;
import nl.vhkgateway.application.intake.routing.IntakeAudit;
import nl.vhkgateway.application.intake.routing.RoutingReasons;
import nl.vhkgateway.application.participant.ParticipantInput;
import nl.vhkgateway.application.screening.ScreeningLimits;
import nl.vhkgateway.domain.audit.AuditEntry;
import nl.vhkgateway.domain.audit.AuditQuery;
import nl.vhkgateway.domain.submission.StateChange;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionState;
import nl.vhkgateway.testsupport.TestMail;
import nl.vhkgateway.testsupport.intake.IntakeCards;
import nl.vhkgateway.testsupport.intake.ScreeningIntakeBench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import static com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.BEHEER;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.DEELNEMER;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.INTAKE;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.VOORZITTER;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.flat;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Quarantine through the whole intake: a mail from an unregistered sender reaches nobody, only the beheerder is
 * notified, and it appears in quarantine; the beheerder releases it (after registering the sender: the whole flow
 * runs) or deletes it (content removed, metadata kept); machine-made messages are set aside silently; a card the
 * screener cannot handle is quarantined, not refused.
 */
class QuarantineIT {

    private static final String STRANGER = "onbekend@elders.test";
    private static final Instant RECEIVED = LocalDateTime.of(2026, 11, 18, 9, 30)
            .atZone(ZoneId.of("Europe/Amsterdam")).toInstant();
    /** A word in the subject that must not reach the beheerder's notice (it could be personal data). */
    private static final String SUBJECT_WORD = "Zwartekop";

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(aConfig().withUser(INTAKE, INTAKE, TestMail.PASSWORD));

    private ScreeningIntakeBench bench;

    @AfterEach
    void tearDown() {
        if (bench != null) {
            bench.close();
        }
    }

    @Test
    void anUnknownSenderReachesNobodyIsQuarantinedAndOnlyTheBeheerderIsNotified() throws Exception {
        bench = new ScreeningIntakeBench(GREEN_MAIL, "vhk_it_quarantine");
        bench.receiveCard(STRANGER, "Kaart gezin " + SUBJECT_WORD, IntakeCards.clean(), "kaart.docx", RECEIVED);

        bench.process();

        assertTrue(bench.inbox(VOORZITTER).isEmpty(), "nothing to the voorzitter");
        assertTrue(bench.inbox(STRANGER).isEmpty(), "never an answer to an unknown sender");
        List<MimeMessage> notices = bench.inbox(BEHEER);
        assertEquals(1, notices.size(), "the beheerder is notified");
        Submission quarantined = bench.only(SubmissionState.QUARANTINED);
        String notice = flat(text(notices.get(0)));
        assertTrue(notice.contains("inzending " + quarantined.id()), notice);
        assertTrue(notice.contains(STRANGER), "the claimed sender, for the beheerder");
        assertFalse(notice.contains(SUBJECT_WORD) || notices.get(0).getSubject().contains(SUBJECT_WORD),
                "no subject in the notice");
        assertTrue(quarantined.releasedFromInboxAt().isPresent(), "out of the INBOX");
        assertEquals(List.of(SubmissionState.RECEIVED, SubmissionState.QUARANTINED), states(quarantined));

        List<QuarantineEntry> listed = bench.screening().quarantine().list(10);
        assertEquals(1, listed.size());
        QuarantineEntry entry = listed.get(0);
        assertTrue(entry.contentKept(), "kept for a release");
        assertEquals("UNKNOWN_SENDER", entry.record().orElseThrow().senderVerdict().orElseThrow());
        assertEquals(List.of("NOT_REGISTERED"), entry.record().orElseThrow().reasonCodes());
        assertEquals("QUARANTINED", decisions(quarantined).get(0).event().outcome());
    }

    @Test
    void releasedAfterTheSenderWasRegisteredTheWholeFlowRunsAgain() throws Exception {
        bench = new ScreeningIntakeBench(GREEN_MAIL, "vhk_it_quarantine");
        bench.receiveCard(STRANGER, "Veiligheidskaart", IntakeCards.clean(), "kaart.docx", RECEIVED);
        bench.process();
        Submission quarantined = bench.only(SubmissionState.QUARANTINED);

        long toegang = bench.registry().organisations().get(0).id().value();
        bench.registry().registerParticipant(new ParticipantInput("Nieuwe vaste deelnemer", STRANGER, toegang, null));
        bench.screening().quarantine().release(quarantined.id(), "beheerder");
        bench.process();

        assertEquals(1, bench.inbox(VOORZITTER).size(), "now it reaches the voorzitter");
        assertTrue(bench.inbox(VOORZITTER).get(0).getSubject().contains("VHT-2026-0001"));
        assertEquals(1, bench.inbox(STRANGER).size(), "and the sender gets a receipt");
        assertTrue(bench.inbox(STRANGER).get(0).getSubject().startsWith("Ontvangen"));
        assertEquals(1, bench.inbox(BEHEER).size(), "no second notice");
        Submission delivered = bench.only(SubmissionState.DELIVERED);
        assertEquals(List.of(SubmissionState.RECEIVED, SubmissionState.QUARANTINED, SubmissionState.RECEIVED,
                SubmissionState.SCREENED, SubmissionState.ACCEPTED, SubmissionState.DELIVERED), states(delivered));
        List<AuditEntry> released = bench.auditLog().find(AuditQuery.all()
                .withSubject(IntakeAudit.subject(delivered.id())).withAction(IntakeAudit.QUARANTINE_RELEASE));
        assertEquals(1, released.size());
        assertEquals("beheerder", released.get(0).event().actor());
        assertEquals(List.of("QUARANTINED", "ACCEPTED"), decisions(delivered).stream()
                .map(e -> e.event().outcome()).toList());
    }

    @Test
    void releasedWhileStillUnknownItIsQuarantinedAgainWithANewNotice() throws Exception {
        bench = new ScreeningIntakeBench(GREEN_MAIL, "vhk_it_quarantine");
        bench.receiveCard(STRANGER, "Veiligheidskaart", IntakeCards.clean(), "kaart.docx", RECEIVED);
        bench.process();
        Submission first = bench.only(SubmissionState.QUARANTINED);

        bench.screening().quarantine().release(first.id(), "beheerder");
        bench.process();

        bench.only(SubmissionState.QUARANTINED);
        List<MimeMessage> notices = bench.inbox(BEHEER);
        assertEquals(2, notices.size(), "a notice per decision");
        assertNotEquals(notices.get(0).getMessageID(), notices.get(1).getMessageID(),
                "the second round has its own Message-ID");
        assertTrue(bench.inbox(VOORZITTER).isEmpty());
    }

    @Test
    void deletingRemovesTheContentButKeepsMetadataHistoryAndAudit() {
        bench = new ScreeningIntakeBench(GREEN_MAIL, "vhk_it_quarantine");
        bench.receiveCard(STRANGER, "Veiligheidskaart", IntakeCards.clean(), "kaart.docx", RECEIVED);
        bench.process();
        Submission quarantined = bench.only(SubmissionState.QUARANTINED);
        QuarantineAdministration quarantine = bench.screening().quarantine();

        Submission deleted = quarantine.delete(quarantined.id(), "beheerder");

        assertEquals(SubmissionState.DISCARDED, deleted.state());
        assertTrue(bench.intake().submissions().rawMime(deleted.id()).isEmpty(), "content removed");
        QuarantineEntry entry = quarantine.find(deleted.id()).orElseThrow();
        assertFalse(entry.contentKept());
        assertEquals(quarantined.key(), entry.submission().key(), "metadata kept");
        assertTrue(quarantine.list(10).isEmpty(), "no longer in quarantine");
        assertThrows(IllegalStateException.class, () -> quarantine.release(deleted.id(), "beheerder"));
        assertThrows(IllegalStateException.class, () -> quarantine.delete(deleted.id(), "beheerder"));
        assertEquals(1, bench.auditLog().find(AuditQuery.all().withSubject(IntakeAudit.subject(deleted.id()))
                .withAction(IntakeAudit.QUARANTINE_DELETE)).size());
        assertEquals(SubmissionState.DISCARDED, states(deleted).get(states(deleted).size() - 1));
    }

    @Test
    void anAutomaticReplyIsSetAsideWithoutAnyMailToAnyone() throws Exception {
        bench = new ScreeningIntakeBench(GREEN_MAIL, "vhk_it_quarantine");
        MimeMessage reply = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(ScreeningIntakeBench.cardMail(DEELNEMER,
                "Afwezig: uw bericht", IntakeCards.clean(), "kaart.docx")));
        reply.setHeader("Auto-Submitted", "auto-replied");
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        reply.writeTo(raw);
        bench.receive(raw.toByteArray(), RECEIVED);

        bench.process();

        Submission setAside = bench.only(SubmissionState.QUARANTINED);
        assertTrue(bench.inbox(VOORZITTER).isEmpty());
        assertTrue(bench.inbox(DEELNEMER).isEmpty(), "no answer to an automatic message");
        assertTrue(bench.inbox(BEHEER).isEmpty(), "no notice either (a bounce of a notice would loop)");
        assertEquals(RoutingReasons.AUTOMATED_MESSAGE, lastChange(setAside).reasonCode());
    }

    @Test
    void aCardTheScreenerCannotHandleIsQuarantinedForTheBeheerderNotRefused() throws Exception {
        bench = new ScreeningIntakeBench(GREEN_MAIL, "vhk_it_quarantine", RetentionSettings.defaults(),
                new ScreeningLimits(Duration.ofNanos(1), 25L * 1024 * 1024));
        bench.receiveCard(DEELNEMER, "Veiligheidskaart", IntakeCards.clean(), "kaart.docx", RECEIVED);

        bench.process();

        Submission quarantined = bench.only(SubmissionState.QUARANTINED);
        assertTrue(bench.inbox(VOORZITTER).isEmpty());
        assertTrue(bench.inbox(DEELNEMER).isEmpty(), "the sender is not blamed for a screener failure");
        assertEquals(1, bench.inbox(BEHEER).size());
        assertTrue(bench.inbox(BEHEER).get(0).getSubject().contains("kon niet worden gecontroleerd"));
        assertEquals(List.of(SubmissionState.RECEIVED, SubmissionState.SCREENED, SubmissionState.QUARANTINED),
                states(quarantined));
        assertEquals(RoutingReasons.SCREENING_FAILED, lastChange(quarantined).reasonCode());
    }

    private List<SubmissionState> states(Submission submission) {
        return bench.intake().administration().history(submission.id()).stream()
                .filter(change -> change.from().map(from -> from != change.to()).orElse(true))
                .map(StateChange::to).toList();
    }

    private StateChange lastChange(Submission submission) {
        List<StateChange> history = bench.intake().administration().history(submission.id()).stream()
                .filter(change -> change.from().map(from -> from != change.to()).orElse(true)).toList();
        return history.get(history.size() - 1);
    }

    private List<AuditEntry> decisions(Submission submission) {
        return bench.auditLog().find(AuditQuery.all().withSubject(IntakeAudit.subject(submission.id()))
                .withAction(IntakeAudit.DECISION));
    }
}
