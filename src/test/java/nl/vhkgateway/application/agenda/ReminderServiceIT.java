package nl.vhkgateway.application.agenda;

import nl.vhkgateway.testsupport.TestMail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import javax.sql.DataSource;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.outbox.OutboxMessage;
import nl.vhkgateway.domain.outbox.OutboxMessageId;
import nl.vhkgateway.domain.outbox.OutboxRepository;
import nl.vhkgateway.domain.outbox.OutgoingMessage;
import nl.vhkgateway.domain.planning.DutchPublicHolidays;
import nl.vhkgateway.domain.planning.MeetingCalendar;
import nl.vhkgateway.domain.planning.MeetingCalendarSettings;
import nl.vhkgateway.domain.planning.MeetingPlanner;
import nl.vhkgateway.domain.planning.ReminderRule;
import nl.vhkgateway.domain.planning.TermKind;
import nl.vhkgateway.domain.planning.TermRules;
import nl.vhkgateway.domain.planning.WorkingDays;
import nl.vhkgateway.domain.submission.ProcessingError;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionNumber;
import nl.vhkgateway.infrastructure.persistence.JdbcOutboxRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcParticipantRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcPlanningRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcTermRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcTransactions;
import nl.vhkgateway.testsupport.TestDatabase;
import nl.vhkgateway.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Terms and reminders on a real MariaDB with a moved clock: a card discussed on Tue 15 Dec 2026, an intervention
 * talk on Mon 28 Dec, monitoring on Tue 9 Feb 2027. The clock walks every day to 1 March 2027 with two runs a day
 * (07:00 and 09:00 Amsterdam), each by a freshly built service, as after a restart.
 */
class ReminderServiceIT {

    private static final MailAddress VOORZITTER = MailAddress.of("voorzitter@vht.example");
    private static final SubmissionNumber NUMBER = new SubmissionNumber(2026, 1);
    private static final LocalDate ADVICE = LocalDate.of(2026, 12, 15);

    private DataSource dataSource;
    private JdbcTransactions jdbc;
    private JdbcOutboxRepository outbox;

    @BeforeEach
    void plannedAndDiscussedCase() {
        dataSource = TestDatabase.fresh("agenda_reminders");
        AgendaTestData data = new AgendaTestData(dataSource);
        jdbc = new JdbcTransactions(dataSource);
        outbox = new JdbcOutboxRepository(jdbc);
        data.accepted(Instant.parse("2026-12-07T09:00:00Z"));   // Monday 7 Dec -> Tuesday 15 Dec
        MutableClock clock = new MutableClock(Instant.parse("2026-12-07T12:00:00Z"));
        PlanningService planning = new PlanningService(new JdbcPlanningRepository(jdbc),
                new MeetingCalendar(MeetingCalendarSettings.defaults(), new DutchPublicHolidays()), outbox,
                new JdbcParticipantRepository(dataSource, clock),
                new AgendaMailComposer(MailAddress.of("vht@gateway.example"), clock), jdbc, clock);
        assertEquals(ADVICE, planning.proposeAccepted(10).get(0).meeting());
        planning.accept(NUMBER, "voorzitter");
        termService(clock).recordOutcome(NUMBER, true, Optional.of(LocalDate.of(2026, 12, 28)),
                Optional.of(LocalDate.of(2027, 2, 9)), Optional.empty());
    }

    private TermService termService(MutableClock clock) {
        return new TermService(new JdbcPlanningRepository(jdbc), new JdbcTermRepository(jdbc),
                new TermRules(new WorkingDays()), clock);
    }

    private ReminderService reminders(MutableClock clock, OutboxRepository box) {
        return new ReminderService(new JdbcTermRepository(jdbc), new ReminderRule(new WorkingDays()), box,
                new JdbcParticipantRepository(dataSource, clock),
                new AgendaMailComposer(MailAddress.of("vht@gateway.example"), clock), VOORZITTER, jdbc, clock);
    }

    private static MutableClock at(LocalDate day, LocalTime time) {
        return new MutableClock(day.atTime(time).atZone(MeetingPlanner.TEAM_ZONE).toInstant());
    }

    private String body(OutboxMessage message) throws Exception {
        Instant later = Instant.parse("2030-01-01T00:00:00Z");   // the messages were queued on the moved clock
        byte[] raw = outbox.claim(message.id(), later, later).orElseThrow().rawMime();
        MimeMessage mime = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
        return mime.getSubject() + "\n" + TestMail.plainText(mime).replace("\r\n", "\n");
    }

    @Test
    void eachReminderIsQueuedOnceOnItsWorkingDayAndTheOverviewListsExactlyTheOpenAndOverdueTerms() throws Exception {
        for (LocalDate day = ADVICE; day.isBefore(LocalDate.of(2027, 3, 1)); day = day.plusDays(1)) {
            if (day.equals(LocalDate.of(2026, 12, 21))) {
                termService(at(day, LocalTime.of(6, 0))).markDone(NUMBER, TermKind.PARENTS_REACTION);
            }
            reminders(at(day, LocalTime.of(7, 0)), outbox).run();
            reminders(at(day, LocalTime.of(9, 0)), outbox).run();
        }
        List<OutboxMessage> all = new ArrayList<>(outbox.findBySubmission(new SubmissionId(1)));
        TreeMap<String, LocalDate> reminders = new TreeMap<>();
        for (OutboxMessage message : all) {
            assertEquals("TERM_REMINDER", message.purpose());
            assertEquals(List.of(AgendaTestData.DEELNEMER), message.recipients().stream().map(MailAddress::value)
                    .toList());
            LocalDate queuedOn = message.createdAt().atZone(MeetingPlanner.TEAM_ZONE).toLocalDate();
            String text = body(message);
            TermKind kind = java.util.Arrays.stream(TermKind.values()).filter(k -> text.contains(k.dutch()))
                    .findFirst().orElseThrow();
            String key = text.substring(0, text.indexOf('\n')) + " | " + kind;
            assertEquals(null, reminders.put(key, queuedOn), "sent twice: " + key);
        }
        TreeMap<String, LocalDate> expected = new TreeMap<>();
        // RvdK first, due Thu 17 Dec: near on the advice day, passed on Friday
        expected.put("Herinnering VHT-2026-0001: termijn verloopt op donderdag 17 december 2026 | RVDK_FIRST", ADVICE);
        expected.put("Termijn verstreken VHT-2026-0001: donderdag 17 december 2026 | RVDK_FIRST",
                LocalDate.of(2026, 12, 18));
        // parents (done on 21 Dec: no passed notice) and final card, both due Tue 22 Dec: near on Friday 18 Dec
        expected.put("Herinnering VHT-2026-0001: termijn verloopt op dinsdag 22 december 2026 | PARENTS_REACTION",
                LocalDate.of(2026, 12, 18));
        expected.put("Herinnering VHT-2026-0001: termijn verloopt op dinsdag 22 december 2026 | FINAL_CARD",
                LocalDate.of(2026, 12, 18));
        expected.put("Termijn verstreken VHT-2026-0001: dinsdag 22 december 2026 | FINAL_CARD",
                LocalDate.of(2026, 12, 23));
        // the talk, due Tue 29 Dec: near on Thu 24 Dec (Kerst and the weekend between), passed on Wed 30 Dec
        expected.put("Herinnering VHT-2026-0001: termijn verloopt op dinsdag 29 december 2026 | INTERVENTION_TALK",
                LocalDate.of(2026, 12, 24));
        expected.put("Termijn verstreken VHT-2026-0001: dinsdag 29 december 2026 | INTERVENTION_TALK",
                LocalDate.of(2026, 12, 30));
        // monitoring, Tue 9 Feb 2027
        expected.put("Herinnering VHT-2026-0001: termijn verloopt op dinsdag 9 februari 2027 | MONITORING",
                LocalDate.of(2027, 2, 5));
        expected.put("Termijn verstreken VHT-2026-0001: dinsdag 9 februari 2027 | MONITORING",
                LocalDate.of(2027, 2, 10));
        assertEquals(expected.keySet(), reminders.keySet());
        assertEquals(expected, reminders);
        assertEquals(9, all.size());
    }

    @Test
    void theWeeklyOverviewOnMondayListsOpenAndOverdueTermsOnceAndNeverBeforeEight() throws Exception {
        LocalDate monday = LocalDate.of(2026, 12, 28);
        termService(at(monday, LocalTime.of(6, 0))).markDone(NUMBER, TermKind.PARENTS_REACTION);
        reminders(at(monday, LocalTime.of(7, 59)), outbox).run();
        assertTrue(overviews().isEmpty(), "not before 08:00");
        reminders(at(monday, LocalTime.of(8, 0)), outbox).run();
        reminders(at(monday, LocalTime.of(8, 30)), outbox).run();
        List<OutboxMessage> overviews = overviews();
        assertEquals(1, overviews.size());
        assertEquals(List.of(VOORZITTER), overviews.get(0).recipients());
        String text = body(overviews.get(0));
        String overdue = text.substring(text.indexOf("Verstreken termijnen"), text.indexOf("Openstaande termijnen"));
        String open = text.substring(text.indexOf("Openstaande termijnen"));
        assertTrue(overdue.startsWith("Verstreken termijnen (2)"), overdue);
        assertTrue(overdue.contains("17 december 2026  " + TermKind.RVDK_FIRST.dutch()), overdue);
        assertTrue(overdue.contains("22 december 2026  " + TermKind.FINAL_CARD.dutch()), overdue);
        assertTrue(open.startsWith("Openstaande termijnen (2)"), open);
        assertTrue(open.contains("29 december 2026  " + TermKind.INTERVENTION_TALK.dutch()), open);
        assertTrue(open.contains("9 februari 2027  " + TermKind.MONITORING.dutch()), open);
        assertFalse(text.contains(TermKind.PARENTS_REACTION.dutch()), "a done term is not listed");
    }

    @Test
    void aRunThatDiesBeforeItsCommitLeavesNoClaimSoTheNextRunSendsTheReminder() {
        LocalDate friday = LocalDate.of(2026, 12, 18);
        OutboxRepository dying = new FailingOutbox(outbox);
        assertThrows(IllegalStateException.class, () -> reminders(at(friday, LocalTime.of(9, 0)), dying).run());
        assertTrue(outbox.findBySubmission(new SubmissionId(1)).isEmpty(), "nothing queued by the failed run");
        assertEquals(3, reminders(at(friday, LocalTime.of(10, 0)), outbox).run(),
                "after the 'restart': near for parents and final card, passed for RvdK first (its near reminder "
                        + "is no longer sent: the term has passed)");
        assertEquals(0, reminders(at(friday, LocalTime.of(11, 0)), outbox).run(), "and never again");
    }

    private List<OutboxMessage> overviews() {
        List<OutboxMessage> found = new ArrayList<>();
        for (long id = 1; id < 200; id++) {
            outbox.find(new OutboxMessageId(id)).filter(m -> m.purpose().equals("TERM_OVERVIEW")).ifPresent(found::add);
        }
        return found;
    }

    /** An outbox whose add fails, as a process killed between claiming a notice and committing would. */
    private record FailingOutbox(OutboxRepository delegate) implements OutboxRepository {
        @Override
        public List<OutboxMessageId> add(Optional<SubmissionId> submissionId, List<OutgoingMessage> messages,
                                         Instant now) {
            throw new IllegalStateException("killed before the commit");
        }

        @Override
        public List<OutboxMessageId> findClaimable(Instant now, Instant staleClaimBefore, int limit) {
            return delegate.findClaimable(now, staleClaimBefore, limit);
        }

        @Override
        public List<OutboxMessageId> findClaimable(SubmissionId submissionId, Instant now, Instant staleClaimBefore) {
            return delegate.findClaimable(submissionId, now, staleClaimBefore);
        }

        @Override
        public Optional<ClaimedMessage> claim(OutboxMessageId id, Instant now, Instant staleClaimBefore) {
            return delegate.claim(id, now, staleClaimBefore);
        }

        @Override
        public void markSent(OutboxMessageId id, Instant at) {
            delegate.markSent(id, at);
        }

        @Override
        public void markRetry(OutboxMessageId id, Instant nextAttemptAt, ProcessingError error, Instant now) {
            delegate.markRetry(id, nextAttemptAt, error, now);
        }

        @Override
        public void markFailed(OutboxMessageId id, ProcessingError error, Instant now) {
            delegate.markFailed(id, error, now);
        }

        @Override
        public void markCancelled(OutboxMessageId id, ProcessingError reason, Instant now) {
            delegate.markCancelled(id, reason, now);
        }

        @Override
        public int resetFailed(SubmissionId submissionId, Instant now) {
            return delegate.resetFailed(submissionId, now);
        }

        @Override
        public List<OutboxMessage> findBySubmission(SubmissionId submissionId) {
            return delegate.findBySubmission(submissionId);
        }

        @Override
        public Optional<OutboxMessage> find(OutboxMessageId id) {
            return delegate.find(id);
        }
    }
}
