package nl.vhkgateway.application.agenda;

import static com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.BEHEER;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.DEELNEMER;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.INTAKE;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.VOORZITTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import javax.sql.DataSource;

import nl.vhkgateway.application.intake.routing.HandleVoorzitterCommand;
import nl.vhkgateway.application.sender.AuthenticationResultsPolicy;
import nl.vhkgateway.application.sender.SenderAuthentication;
import nl.vhkgateway.application.sender.SenderAuthenticationPolicy;
import nl.vhkgateway.application.sender.SenderVerifier;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.planning.DutchPublicHolidays;
import nl.vhkgateway.domain.planning.MailCommand;
import nl.vhkgateway.domain.planning.MeetingCalendar;
import nl.vhkgateway.domain.planning.MeetingCalendarSettings;
import nl.vhkgateway.domain.planning.MeetingPlanner;
import nl.vhkgateway.domain.planning.PlannedCase;
import nl.vhkgateway.domain.planning.PlanningState;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionNumber;
import nl.vhkgateway.domain.submission.SubmissionState;
import nl.vhkgateway.infrastructure.crypto.BcSignedMailReader;
import nl.vhkgateway.infrastructure.crypto.JdkimVerification;
import nl.vhkgateway.infrastructure.persistence.JdbcOutboxRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcParticipantRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcPlanningRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcTermRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcTransactions;
import nl.vhkgateway.testsupport.TestDatabase;
import nl.vhkgateway.testsupport.TestMail;
import nl.vhkgateway.testsupport.intake.ScreeningIntakeBench;
import org.apache.james.jdkim.DKIMSigner;
import org.apache.james.jdkim.api.PublicKeyRecordRetriever;
import org.apache.james.jdkim.exceptions.PermFailException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The voorzitter's planning keywords through the real intake (issue 10): GreenMail, MariaDB with the demo register,
 * the screening intake with sender authentication <b>enforced</b> (DKIM verified by the gateway with real RSA
 * signatures made here, a stub key resolver instead of DNS), and the real {@link PlanningService}. The voorzitter's
 * mail is applied once, answered once (deterministic Message-ID), moved out of the INBOX; a forged one plans nothing.
 */
class PlanningByMailIT {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(aConfig().withUser(INTAKE, INTAKE, TestMail.PASSWORD));

    private static final String VOORZITTER_DOMAIN = "vht.test";
    private static KeyPair voorzitterKey;
    private static KeyPair forgerKey;

    private static final PublicKeyRecordRetriever DNS = (method, selector, domain) -> {
        KeyPair key = switch (domain.toString()) {
            case VOORZITTER_DOMAIN -> voorzitterKey;
            case "evil.test" -> forgerKey;
            default -> throw new PermFailException("no key for " + domain);
        };
        return List.of("v=DKIM1; k=rsa; p=" + Base64.getEncoder().encodeToString(key.getPublic().getEncoded()));
    };

    private ScreeningIntakeBench bench;
    private PlanningService planning;
    private PlanningByMail byMail;
    private MeetingCalendar calendar;
    private long nextCard = 9001;
    private final java.util.Set<Long> cards = new java.util.HashSet<>();

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        voorzitterKey = rsa.generateKeyPair();
        forgerKey = rsa.generateKeyPair();
    }

    @BeforeEach
    void setUp() {
        bench = new ScreeningIntakeBench(GREEN_MAIL, "vhk_it_planningbymail", (b, builder) -> {
            AuthenticationResultsPolicy results = AuthenticationResultsPolicy.disabled();
            SenderAuthentication enforced = new SenderAuthentication(
                    SenderAuthenticationPolicy.enforced(SenderAuthenticationPolicy.DkimSource.GATEWAY), results,
                    new JdkimVerification(DNS), organisation -> Optional.empty());
            builder.senderVerifier(SenderVerifier.standard(b.registry()::findByMailAddress, new BcSignedMailReader(),
                    results, enforced));
            JdbcTransactions jdbc = new JdbcTransactions(b.dataSource());
            JdbcOutboxRepository outbox = new JdbcOutboxRepository(jdbc);
            calendar = new MeetingCalendar(MeetingCalendarSettings.defaults(), new DutchPublicHolidays());
            AgendaMailComposer composer = new AgendaMailComposer(MailAddress.of(INTAKE), b.clock());
            planning = new PlanningService(new JdbcPlanningRepository(jdbc), calendar, outbox,
                    new JdbcParticipantRepository(b.dataSource(), b.clock()), composer, jdbc, b.clock());
            byMail = new PlanningByMail(planning, new JdbcTermRepository(jdbc), outbox, composer,
                    MailAddress.of(VOORZITTER), jdbc, b.auditLog(), b.clock());
            builder.planningCommands((mail, command) -> byMail.handle(mail, command).name());
        });
    }

    @AfterEach
    void tearDown() {
        bench.close();
    }

    @Test
    void akkoordFromTheAuthenticatedVoorzitterIsAppliedAndAnsweredOnceAndTheOriginalLeavesTheInbox() throws Exception {
        SubmissionNumber number = proposedCard();
        receive(signed(voorzitterMail("Re: akkoord " + number.format(), "Prima."), VOORZITTER_DOMAIN, voorzitterKey));
        bench.process();

        PlannedCase planned = planning.find(number).orElseThrow();
        assertEquals(PlanningState.ACCEPTED, planned.state());
        assertEquals(VOORZITTER, decidedBy(number), "decided by the voorzitter's address");
        List<MimeMessage> answers = bench.inbox(VOORZITTER);
        assertEquals(1, answers.size());
        MimeMessage answer = answers.get(0);
        assertTrue(answer.getSubject().startsWith("Bevestiging: " + number.format() + " staat op de agenda van "),
                answer.getSubject());
        Submission mail = only(SubmissionState.DELIVERED);
        assertEquals(byMail.answerMessageId(mail.id()), answer.getMessageID(), "deterministic Message-ID");
        assertEquals(List.of(), TestMail.folder(GREEN_MAIL, INTAKE, "INBOX"), "the original left the INBOX");
        assertEquals(1, TestMail.folder(GREEN_MAIL, INTAKE, "Verwerkt").size(), "kept in the processed folder");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'PLANNING_BY_MAIL' "
                + "AND outcome = 'APPLIED' AND subject = '" + number.format() + "'"));
        assertEquals(0, bench.inbox(BEHEER).size(), "no unknown-sender notice");

        // handled again (a crash after the planning commit, before the intake's): nothing more happens
        assertEquals(PlanningByMail.Result.ALREADY_HANDLED, byMail.handle(mail.id(), new MailCommand.Accept(number)));
        bench.process();
        assertEquals(1, bench.inbox(VOORZITTER).size(), "answered exactly once");
        assertEquals(1, count("SELECT COUNT(*) FROM outbox_message WHERE purpose = '"
                + PlanningByMail.PURPOSE_ANSWER + "'"));
    }

    @Test
    void aForgedVoorzitterMailPlansNothingIsNotAnsweredAndIsQuarantined() throws Exception {
        SubmissionNumber number = proposedCard();
        receive(voorzitterMail("AKKOORD " + number.format(), ""));                   // no signature
        receive(signed(voorzitterMail("AFWIJZEN " + number.format() + " weg ermee", ""), "evil.test", forgerKey));
        receive(signed(voorzitterMail("VERPLAATS " + number.format() + " " + laterMeeting(), ""),
                VOORZITTER_DOMAIN, forgerKey));                                          // the right domain, wrong key
        bench.process();

        PlannedCase planned = planning.find(number).orElseThrow();
        assertEquals(PlanningState.PROPOSED, planned.state(), "nothing planned");
        assertEquals(0, bench.inbox(VOORZITTER).size(), "never answered");
        assertEquals(0, bench.inbox(DEELNEMER).size(), "no decline mail");
        assertEquals(3, mails(SubmissionState.QUARANTINED).size());
        assertEquals(0, count("SELECT COUNT(*) FROM scheduled_notice WHERE notice_key LIKE 'MAILCMD/%'"));
        assertEquals(3, count("SELECT COUNT(*) FROM submission_intake WHERE reason_codes LIKE '%NOT_AUTHENTICATED%'"),
                "quarantined as a possibly forged sender");
    }

    @Test
    void errorsAreAnsweredInDutchAndDeclineExpertAndMoveWorkAsThroughRest() throws Exception {
        SubmissionNumber first = proposedCard();
        SubmissionNumber second = proposedCard();
        LocalDate wednesday = laterMeeting().plusDays(1);
        receive(signed(voorzitterMail("VERPLAATS " + first.format() + " " + dutch(wednesday), ""),
                VOORZITTER_DOMAIN, voorzitterKey));
        bench.process();
        MimeMessage refused = bench.inbox(VOORZITTER).get(0);
        assertEquals("Niet verwerkt: VERPLAATS " + first.format(), refused.getSubject());
        assertTrue(ScreeningIntakeBench.text(refused).contains("geen bespreking"), "PlanningService's own error");
        assertEquals(PlanningState.PROPOSED, planning.find(first).orElseThrow().state());

        receive(signed(voorzitterMail("Antw: VERPLAATS " + first.format() + " " + dutch(laterMeeting()), ""),
                VOORZITTER_DOMAIN, voorzitterKey));
        receive(signed(voorzitterMail("EXPERT " + first.format() + " jeugdarts@ggd.test", ""), VOORZITTER_DOMAIN,
                voorzitterKey));
        receive(signed(voorzitterMail("AFWIJZEN " + second.format(), "\n> eerder bericht\nCasus loopt al elders.\n"),
                VOORZITTER_DOMAIN, voorzitterKey));
        receive(signed(voorzitterMail("AKKOORD VHT-2026-0999", ""), VOORZITTER_DOMAIN, voorzitterKey));
        bench.process();

        PlannedCase moved = planning.find(first).orElseThrow();
        assertEquals(laterMeeting(), moved.meeting());
        assertEquals(PlanningState.ACCEPTED, moved.state());
        assertEquals(List.of(MailAddress.of("jeugdarts@ggd.test")), moved.experts());
        assertEquals(PlanningState.DECLINED, planning.find(second).orElseThrow().state());
        List<MimeMessage> declined = bench.inbox(DEELNEMER);
        assertEquals(1, declined.size());
        assertTrue(ScreeningIntakeBench.text(declined.get(0)).contains("Casus loopt al elders."),
                "the reason from the first body line that is not quoted");

        List<String> subjects = bench.inbox(VOORZITTER).stream().map(TestMail::subject).sorted().toList();
        assertEquals(5, subjects.size(), subjects.toString());
        assertTrue(subjects.contains("Bevestiging: " + second.format() + " wordt niet besproken"), subjects.toString());
        assertTrue(subjects.contains("Bevestiging: deskundige uitgenodigd voor " + first.format()), subjects.toString());
        assertTrue(subjects.contains("Niet verwerkt: AKKOORD VHT-2026-0999"), subjects.toString());
        for (MimeMessage answer : bench.inbox(VOORZITTER)) {
            String text = ScreeningIntakeBench.text(answer);
            assertFalse(text.contains("jeugdarts"), "no expert address in an answer");
            assertFalse(text.contains("Casus loopt"), "no reason in the voorzitter's answer");
        }
        assertEquals(5, mails(SubmissionState.DELIVERED).size());
        assertEquals(List.of(), TestMail.folder(GREEN_MAIL, INTAKE, "INBOX"));
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** An accepted card of the demo register's vaste deelnemer, received a day ago, proposed for its meeting. */
    private SubmissionNumber proposedCard() throws Exception {
        long id = nextCard++;
        cards.add(id);
        Instant received = Instant.now().minus(1, ChronoUnit.DAYS);
        String at = "'" + LocalDateTime.ofInstant(received, ZoneOffset.UTC) + "'";
        String hash = String.format("%064d", id);
        long participant = count("SELECT id FROM participant WHERE mail_address = '" + DEELNEMER + "'");
        long organisation = count("SELECT organisation_id FROM participant WHERE id = " + participant);
        int sequence = (int) (id - 9000);
        TestDatabase.execute(dataSource(),
                "INSERT INTO submission (id, channel, message_id, message_id_synthetic, message_id_digest, "
                        + "content_sha256, sender, received_at, size_bytes, state, next_attempt_at, created_at, "
                        + "updated_at) VALUES (" + id + ", 'INTAKE', '<card" + id + "@example>', FALSE, '" + hash
                        + "', '" + hash + "', '" + DEELNEMER + "', " + at + ", 100, 'DELIVERED', " + at + ", " + at
                        + ", " + at + ")",
                "INSERT INTO submission_intake (submission_id, submission_year, submission_sequence, route, "
                        + "participant_id, organisation_id, sender_verdict, screening_verdict, created_at, updated_at) "
                        + "VALUES (" + id + ", 2026, " + sequence + ", 'VHT', " + participant + ", " + organisation
                        + ", 'ACCEPTED', 'ACCEPT', " + at + ", " + at + ")");
        planning.proposeAccepted(100);
        SubmissionNumber number = new SubmissionNumber(2026, sequence);
        assertEquals(PlanningState.PROPOSED, planning.find(number).orElseThrow().state());
        return number;
    }

    /** A meeting day with room, at least two weeks ahead. */
    private LocalDate laterMeeting() {
        LocalDate today = Instant.now().atZone(MeetingPlanner.TEAM_ZONE).toLocalDate();
        return calendar.meetingOnOrAfter(today.plusDays(21).with(java.time.DayOfWeek.TUESDAY));
    }

    private static String dutch(LocalDate date) {
        return String.format("%02d-%02d-%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static MimeMessage voorzitterMail(String subject, String body) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(VOORZITTER, "De Voorzitter"));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(INTAKE));
        message.setSubject(subject, "UTF-8");
        message.setSentDate(new Date());
        message.setText(body.isEmpty() ? "Groet, de voorzitter" : body, "UTF-8");
        message.saveChanges();
        return message;
    }

    private static byte[] signed(MimeMessage message, String domain, KeyPair key) throws Exception {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        DKIMSigner signer = new DKIMSigner("v=1; a=rsa-sha256; c=relaxed/relaxed; d=" + domain
                + "; s=sel; h=from:to:subject:content-type; bh=; b=;", key.getPrivate());
        String header = signer.sign(new ByteArrayInputStream(raw.toByteArray()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write((header + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(raw.toByteArray());
        return out.toByteArray();
    }

    private void receive(MimeMessage message) throws Exception {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        receive(raw.toByteArray());
    }

    private void receive(byte[] raw) {
        bench.receive(raw, Instant.now());
    }

    private Submission only(SubmissionState state) {
        List<Submission> found = mails(state);
        assertEquals(1, found.size(), state.toString());
        return found.get(0);
    }

    /** The intake's submissions in {@code state}, without the cards this test wrote itself. */
    private List<Submission> mails(SubmissionState state) {
        return bench.submissions(state).stream().filter(s -> !cards.contains(s.id().value())).toList();
    }


    private String decidedBy(SubmissionNumber number) throws Exception {
        try (Connection c = dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT decided_by FROM planned_case WHERE submission_sequence = ?")) {
            s.setInt(1, number.sequence());
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                return r.getString(1);
            }
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            assertTrue(r.next(), sql);
            return r.getLong(1);
        }
    }

    private DataSource dataSource() {
        return bench.dataSource();
    }
}
