package nl.vhkgateway.infrastructure.mail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import nl.vhkgateway.application.mailflow.FetchedMessage;
import nl.vhkgateway.application.mailflow.MailboxSession;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.submission.ContentHash;
import nl.vhkgateway.testsupport.TestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig;
import static nl.vhkgateway.testsupport.TestMail.INTAKE;
import static nl.vhkgateway.testsupport.TestMail.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The IMAP adapter against a real IMAP server (GreenMail: IDLE, MOVE and UIDPLUS capable). */
class ImapMailboxIT {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(aConfig().withUser(INTAKE, INTAKE, PASSWORD));

    private ImapMailbox mailbox(ImapOptions options) {
        return new ImapMailbox(TestMail.intakeAccount(GREEN_MAIL), options);
    }

    @Test
    void fetchesTheExactBytesWithHeaderFactsAndTheSameHashEveryTime() {
        TestMail.deliverToIntake(GREEN_MAIL, TestMail.cardMessage("Kaart 1", true, 1));
        TestMail.deliverToIntake(GREEN_MAIL, TestMail.cardMessage("Kaart 2", false, 2));
        TestMail.await("2 in INBOX", Duration.ofSeconds(5), () -> TestMail.folder(GREEN_MAIL, INTAKE, "INBOX").size() == 2);

        try (MailboxSession session = mailbox(ImapOptions.defaults()).open()) {
            List<Long> uids = session.inboxUids();
            assertEquals(2, uids.size());
            FetchedMessage first = session.fetch(uids.get(0)).orElseThrow();
            FetchedMessage second = session.fetch(uids.get(1)).orElseThrow();
            assertTrue(first.messageId().isPresent());
            assertEquals(Optional.empty(), second.messageId(), "a message without Message-ID");
            assertEquals(Optional.of(MailAddress.of(TestMail.SENDER)), first.from());
            assertTrue(new String(first.rawMime(), java.nio.charset.StandardCharsets.US_ASCII).contains("Subject: Kaart 1"));
            assertEquals(ContentHash.of(first.rawMime()), ContentHash.of(session.fetch(uids.get(0)).orElseThrow().rawMime()));
            assertEquals(session.uidValidity(), first.location().uidValidity());
            assertEquals(uids.get(0), first.location().uid());
            assertEquals(Optional.empty(), session.fetch(uids.get(1) + 100), "an unknown UID");
        }
    }

    @Test
    void movesByUidIntoAProcessedFolderItCreates() {
        assertMovesWith(ImapOptions.defaults());
    }

    @Test
    void movesWithCopyDeleteAndExpungeWhenMoveIsNotUsed() {
        assertMovesWith(ImapOptions.defaults().withMoveMode(ImapOptions.MoveMode.COPY_AND_DELETE));
    }

    @Test
    void movesABatchInOneCommandAndReportsWhichWereStillThere() {
        assertBatchMovesWith(ImapOptions.defaults());
    }

    @Test
    void movesABatchWithCopyDeleteAndExpungeWhenMoveIsNotUsed() {
        assertBatchMovesWith(ImapOptions.defaults().withMoveMode(ImapOptions.MoveMode.COPY_AND_DELETE));
    }

    private void assertBatchMovesWith(ImapOptions options) {
        for (int i = 1; i <= 4; i++) {
            TestMail.deliverToIntake(GREEN_MAIL, TestMail.cardMessage("Kaart " + i, true, i));
        }
        TestMail.await("4 in INBOX", Duration.ofSeconds(5), () -> TestMail.folder(GREEN_MAIL, INTAKE, "INBOX").size() == 4);
        try (MailboxSession session = mailbox(options).open()) {
            List<Long> uids = session.inboxUids();
            assertTrue(session.moveToProcessed(uids.get(0)));

            long unknown = uids.get(3) + 100;
            assertEquals(java.util.Set.of(uids.get(1), uids.get(3)),
                    session.moveAllToProcessed(List.of(uids.get(0), uids.get(1), uids.get(3), unknown)),
                    "only the ones still in the INBOX count as moved");
            assertEquals(List.of(uids.get(2)), session.inboxUids(), "the message not in the batch stays");
            assertEquals(3, TestMail.folder(GREEN_MAIL, INTAKE, "Verwerkt").size());
            assertEquals(java.util.Set.of(), session.moveAllToProcessed(List.of(uids.get(1))), "already moved");
            assertEquals(java.util.Set.of(), session.moveAllToProcessed(List.of()));
        }
    }

    @Test
    void deletesABatchWithoutACopyAndReportsWhichWereStillThere() {
        for (int i = 1; i <= 4; i++) {
            TestMail.deliverToIntake(GREEN_MAIL, TestMail.cardMessage("Kaart " + i, true, i));
        }
        TestMail.await("4 in INBOX", Duration.ofSeconds(5), () -> TestMail.folder(GREEN_MAIL, INTAKE, "INBOX").size() == 4);
        try (MailboxSession session = mailbox(ImapOptions.defaults()).open()) {
            List<Long> uids = session.inboxUids();
            assertTrue(session.deleteFromInbox(uids.get(0)));

            long unknown = uids.get(3) + 100;
            assertEquals(java.util.Set.of(uids.get(1), uids.get(3)),
                    session.deleteAllFromInbox(List.of(uids.get(0), uids.get(1), uids.get(3), unknown)),
                    "only the ones still in the INBOX count as deleted");
            assertEquals(List.of(uids.get(2)), session.inboxUids(), "the message not in the batch stays");
            assertEquals(1, inboxMessageCount(), "expunged, not only flagged \\Deleted");
            assertTrue(TestMail.folder(GREEN_MAIL, INTAKE, "Verwerkt").isEmpty(), "deleted, not moved: no copy kept");
            assertEquals(java.util.Set.of(), session.deleteAllFromInbox(List.of(uids.get(1))), "already deleted");
            assertEquals(java.util.Set.of(), session.deleteAllFromInbox(List.of()));
        }
    }

    @Test
    void aNewSessionExpungesWhatALostSessionFlaggedDeletedButDidNotExpunge() throws Exception {
        for (int i = 1; i <= 3; i++) {
            TestMail.deliverToIntake(GREEN_MAIL, TestMail.cardMessage("Kaart " + i, true, i));
        }
        TestMail.await("3 in INBOX", Duration.ofSeconds(5), () -> TestMail.folder(GREEN_MAIL, INTAKE, "INBOX").size() == 3);
        // what a session lost between UID STORE \Deleted and UID EXPUNGE leaves behind
        jakarta.mail.Store other = jakarta.mail.Session.getInstance(new java.util.Properties()).getStore("imap");
        other.connect("127.0.0.1", GREEN_MAIL.getImap().getPort(), INTAKE, PASSWORD);
        try {
            jakarta.mail.Folder inbox = other.getFolder("INBOX");
            inbox.open(jakarta.mail.Folder.READ_WRITE);
            inbox.getMessage(2).setFlag(jakarta.mail.Flags.Flag.DELETED, true);
            inbox.close(false);
        } finally {
            other.close();
        }
        assertEquals(3, inboxMessageCount(), "flagged, still on the server");

        try (MailboxSession session = mailbox(ImapOptions.defaults()).open()) {
            assertEquals(2, inboxMessageCount(), "expunged when the session opened");
            assertEquals(List.of("Kaart 1", "Kaart 3"), session.inboxUids().stream()
                    .map(uid -> subjectOf(session.fetch(uid).orElseThrow())).toList(), "the others stay");
        }
    }

    /** All messages GreenMail holds in the intake INBOX, also those flagged \Deleted but not expunged. */
    private static int inboxMessageCount() {
        try {
            return GREEN_MAIL.getManagers().getImapHostManager()
                    .getInbox(GREEN_MAIL.getUserManager().getUserByEmail(INTAKE)).getMessageCount();
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertMovesWith(ImapOptions options) {
        for (int i = 1; i <= 3; i++) {
            TestMail.deliverToIntake(GREEN_MAIL, TestMail.cardMessage("Kaart " + i, true, i));
        }
        TestMail.await("3 in INBOX", Duration.ofSeconds(5), () -> TestMail.folder(GREEN_MAIL, INTAKE, "INBOX").size() == 3);
        try (MailboxSession session = mailbox(options).open()) {
            List<Long> uids = session.inboxUids();
            String middleHash = ContentHash.of(session.fetch(uids.get(1)).orElseThrow().rawMime()).hex();

            assertTrue(session.moveToProcessed(uids.get(1)));
            assertFalse(session.moveToProcessed(uids.get(1)), "already moved");

            assertEquals(List.of(uids.get(0), uids.get(2)), session.inboxUids(), "the other UIDs are untouched");
            assertEquals("Kaart 3", subjectOf(session.fetch(uids.get(2)).orElseThrow()), "no stale sequence numbers");
            assertEquals(1, TestMail.folder(GREEN_MAIL, INTAKE, "Verwerkt").size());
            assertEquals(2, TestMail.folder(GREEN_MAIL, INTAKE, "INBOX").size());
            assertTrue(session.moveToProcessed(uids.get(0)));
            assertEquals(List.of(uids.get(2)), session.inboxUids());
            assertTrue(TestMail.folder(GREEN_MAIL, INTAKE, "Verwerkt").stream()
                    .anyMatch(m -> TestMail.header(m, "Subject").equals("Kaart 2")), "the middle message, hash " + middleHash);
        }
    }

    @Test
    void idleReturnsWhenMailArrivesOnWakeUpAndAtTheDeadline() throws Exception {
        try (MailboxSession session = mailbox(ImapOptions.defaults()).open()) {
            assertTrue(session.usesIdle());

            long start = System.nanoTime();
            session.awaitChange(Duration.ofMillis(300));
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(waited >= 250 && waited < 5_000, "deadline honoured, waited " + waited + " ms");

            // IMAP cannot tell when the IDLE has started, so keep mail coming until it returns (a message that
            // arrived just before the IDLE is not announced again).
            CompletableFuture<Void> idle = CompletableFuture.runAsync(() -> await(session, Duration.ofMinutes(2)));
            for (int i = 1; !idle.isDone() && i <= 20; i++) {
                TestMail.deliverToIntake(GREEN_MAIL, TestMail.cardMessage("Kaart " + i, true, i));
                try {
                    idle.get(500, TimeUnit.MILLISECONDS);
                } catch (TimeoutException notYet) {
                    // deliver another
                }
            }
            assertTrue(idle.isDone(), "IDLE returned when mail arrived");
            assertTrue(session.inboxUids().size() >= 1, "the new message is visible after IDLE");

            CompletableFuture<Void> idleAgain = CompletableFuture.runAsync(() -> await(session, Duration.ofMinutes(2)));
            session.wakeUp();
            idleAgain.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void withoutIdleItPollsAndAWakeUpEndsTheWait() throws Exception {
        try (MailboxSession session = mailbox(ImapOptions.defaults().withUseIdle(false)).open()) {
            assertFalse(session.usesIdle());
            CompletableFuture<Void> wait = CompletableFuture.runAsync(() -> await(session, Duration.ofMinutes(2)));
            Thread.sleep(100);
            session.wakeUp();
            wait.get(5, TimeUnit.SECONDS);

            TestMail.deliverToIntake(GREEN_MAIL, TestMail.cardMessage("Kaart 1", true, 1));
            TestMail.await("the new message is listed", Duration.ofSeconds(5), () -> session.inboxUids().size() == 1);
        }
    }

    private static void await(MailboxSession session, Duration max) {
        try {
            session.awaitChange(max);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String subjectOf(FetchedMessage message) {
        String raw = new String(message.rawMime(), java.nio.charset.StandardCharsets.US_ASCII);
        int at = raw.indexOf("Subject: ");
        return raw.substring(at + 9, raw.indexOf('\r', at));
    }
}
