package nl.vhkgateway.application.agenda;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import nl.vhkgateway.application.UnitOfWork;
import nl.vhkgateway.application.handover.DeliveryTransport;
import nl.vhkgateway.domain.card.CardPart;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.participant.PemCertificate;
import nl.vhkgateway.domain.planning.AgendaMoment;
import nl.vhkgateway.domain.planning.DutchPublicHolidays;
import nl.vhkgateway.domain.planning.MeetingCalendar;
import nl.vhkgateway.domain.planning.MeetingCalendarSettings;
import nl.vhkgateway.domain.planning.WorkingDays;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionNumber;
import nl.vhkgateway.infrastructure.crypto.SmimeEncryptor;
import nl.vhkgateway.infrastructure.crypto.SmimePartnerEncryption;
import nl.vhkgateway.infrastructure.crypto.SmimeTestKeys;
import nl.vhkgateway.infrastructure.docx.DocxCardReader;
import nl.vhkgateway.infrastructure.persistence.JdbcAgendaRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcOrganisationRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcOutboxRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcParticipantRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcPlanningRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcTransactions;
import nl.vhkgateway.testsupport.MutableClock;
import nl.vhkgateway.testsupport.TestDatabase;
import nl.vhkgateway.testsupport.docx.WordDocxBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientId;
import org.bouncycastle.mail.smime.SMIMEEnveloped;
import org.bouncycastle.mail.smime.SMIMEUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The agenda mail on a real MariaDB with a moved clock: a card received on Monday 7 Dec 2026 is proposed for Tuesday
 * 15 Dec and accepted; its agenda is due on Friday 11 Dec 12:00 Amsterdam. Participants: the voorzitter, the vaste
 * deelnemer of Roosendaal (no certificate), one of Veilig Thuis (organisation certificate registered) and an invited
 * expert. A newer card in the same case (linked to it) replaces the planned one. Made-up data only.
 */
class AgendaServiceIT {

    private static final MailAddress VOORZITTER = MailAddress.of("voorzitter@vht.example");
    private static final String VT_DEELNEMER = "deelnemer@veiligthuis.example";
    private static final String EXPERT = "jeugdarts@ggd.example";
    private static final SubmissionNumber NUMBER = new SubmissionNumber(2026, 1);
    private static final LocalDate MEETING = LocalDate.of(2026, 12, 15);
    private static final String OLD_QUESTION = "Oude vraag aan het team over de veiligheid thuis";
    private static final String NEW_QUESTION = "Welke hulp is nodig om de veiligheid van J. te herstellen";
    private static final String CARD_ONLY_TEXT = "Herhaald huiselijk geweld waar de kinderen bij zijn";

    private static KeyPair vtKeys;
    private static X509Certificate vtCertificate;

    private DataSource dataSource;
    private JdbcTransactions jdbc;
    private MutableClock clock;
    private AgendaTestData data;

    @BeforeEach
    void acceptedAndPlannedCase() throws Exception {
        if (vtKeys == null) {
            vtKeys = SmimeTestKeys.rsa(2048);
            vtCertificate = SmimeTestKeys.emailCertificate(vtKeys);
        }
        dataSource = TestDatabase.fresh("agenda_mail");
        data = new AgendaTestData(dataSource);
        jdbc = new JdbcTransactions(dataSource);
        PemCertificate pem = PemCertificate.of(vtCertificate);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO organisation (id, type, name, receiving_mailbox, partner_certificate_pem, "
                        + "partner_certificate_sha256, created_at, updated_at) VALUES (2, 'VEILIG_THUIS', "
                        + "'Veilig Thuis West-Brabant', 'intake@veiligthuis.example', ?, ?, NOW(), NOW())")) {
            s.setString(1, pem.pem());
            s.setString(2, pem.sha256Fingerprint());
            s.executeUpdate();
        }
        TestDatabase.execute(dataSource, "INSERT INTO participant (id, organisation_id, name, mail_address, "
                + "created_at, updated_at) VALUES (2, 2, 'Deelnemer Veilig Thuis', '" + VT_DEELNEMER + "', NOW(), NOW())");
        clock = new MutableClock(Instant.parse("2026-12-07T12:00:00Z"));
        int first = data.accepted(Instant.parse("2026-12-07T09:00:00Z"));   // Monday 7 Dec
        summary(first, card(OLD_QUESTION));
        // the intake's mails about it went out: the submission is DELIVERED, and still an accepted card to plan
        TestDatabase.execute(dataSource, "UPDATE submission SET state = 'DELIVERED' WHERE id = " + first);
        PlanningService planning = new PlanningService(new JdbcPlanningRepository(jdbc), calendar(),
                new JdbcOutboxRepository(jdbc), new JdbcParticipantRepository(dataSource, clock),
                new AgendaMailComposer(MailAddress.of("vht@gateway.example"), clock), jdbc, clock);
        assertEquals(MEETING, planning.proposeAccepted(10).get(0).meeting(), "Monday -> Tuesday of next week");
        planning.accept(NUMBER, "voorzitter");
        planning.addExpert(NUMBER, EXPERT, "voorzitter");
        // a newer card in the same case, received on Wednesday, linked to the planned one
        int newer = data.accepted(Instant.parse("2026-12-09T09:00:00Z"));
        TestDatabase.execute(dataSource, "UPDATE submission_intake SET linked_submission_id = " + first
                + " WHERE submission_id = " + newer);
        summary(newer, card(NEW_QUESTION));
    }

    @Test
    void theAgendaGoesToEveryParticipantOnceAtTheMomentWithTheNewestCardEncryptedWhereACertificateIs()
            throws Exception {
        moveTo(Instant.parse("2026-12-11T10:59:00Z"));   // Friday 11:59 Amsterdam
        assertEquals(0, service(new DeliveryTransport(true, true), jdbc).run(), "not before the agenda moment");
        moveTo(Instant.parse("2026-12-11T11:00:00Z"));   // Friday 12:00 Amsterdam
        assertEquals(4, service(new DeliveryTransport(true, true), jdbc).run());
        assertEquals(0, service(new DeliveryTransport(true, true), jdbc).run(), "never twice");
        moveTo(Instant.parse("2026-12-14T08:00:00Z"));
        assertEquals(0, service(new DeliveryTransport(true, true), jdbc).run(), "never twice, also days later");

        List<Queued> mails = agendaMails();
        assertEquals(Set.of(VOORZITTER.value(), AgendaTestData.DEELNEMER, VT_DEELNEMER, EXPERT),
                recipients(mails));
        assertEquals(4, new HashSet<>(mails.stream().map(Queued::messageId).toList()).size());
        for (Queued mail : mails) {
            MimeMessage message = parse(mail.mime());
            assertEquals("Agenda VeiligheidsTeam dinsdag 15 december 2026", message.getSubject());
            String wire = new String(mail.mime(), StandardCharsets.ISO_8859_1);
            String headers = wire.substring(0, wire.indexOf("\r\n\r\n"));
            assertFalse(headers.contains("herstellen") || headers.contains("J."), "no card text in the headers");
            Part content = message;
            if (mail.recipient().equals(VT_DEELNEMER)) {
                assertTrue(message.getContentType().contains("application/pkcs7-mime"), message.getContentType());
                assertFalse(wire.contains(NUMBER.format()), "the agenda is inside the envelope");
                content = decrypt(message);
            } else {
                assertFalse(message.getContentType().contains("pkcs7"), message.getContentType());
            }
            String text = text(content);
            assertTrue(text.contains("09:00  " + NUMBER.format()), text);
            assertTrue(text.contains(NEW_QUESTION), "the newest card's question");
            assertFalse(text.contains(OLD_QUESTION), "the replaced card's question is gone");
            assertTrue(text.contains("Vaste Deelnemer (Gemeente Roosendaal)"), text);
            List<byte[]> cards = docxAttachments(content);
            assertEquals(1, cards.size());
            String cardText = new DocxCardReader().read(cards.get(0)).toString();
            assertTrue(new nl.vhkgateway.domain.card.CardFactsExtractor().extract(
                    new DocxCardReader().read(cards.get(0))).questionToTeam().contains(NEW_QUESTION), cardText);
        }
    }

    @Test
    void aCrashBetweenRecipientsSendsTheRestAfterTheRestartAndNobodyTwice() throws Exception {
        moveTo(Instant.parse("2026-12-11T11:05:00Z"));
        UnitOfWork killedAfterTwo = new UnitOfWork() {
            private int commits;

            @Override
            public <T> T inTransaction(Supplier<T> work) {
                T result = jdbc.inTransaction(work);
                if (++commits == 2) {
                    throw new IllegalStateException("killed after the second commit");
                }
                return result;
            }
        };
        assertThrows(IllegalStateException.class, () -> service(new DeliveryTransport(true, true), killedAfterTwo)
                .run());
        assertEquals(2, agendaMails().size());
        assertEquals(2, service(new DeliveryTransport(true, true), jdbc).run(), "the restart sends the other two");
        assertEquals(0, service(new DeliveryTransport(true, true), jdbc).run());
        List<Queued> mails = agendaMails();
        assertEquals(4, mails.size());
        assertEquals(4, recipients(mails).size());
    }

    @Test
    void withoutTlsOnlyTheRecipientWithACertificateGetsTheCards() throws Exception {
        moveTo(Instant.parse("2026-12-11T11:00:00Z"));
        assertEquals(4, service(new DeliveryTransport(true, false), jdbc).run());
        for (Queued mail : agendaMails()) {
            MimeMessage message = parse(mail.mime());
            if (mail.recipient().equals(VT_DEELNEMER)) {
                assertEquals(AgendaService.PURPOSE_AGENDA, mail.purpose());
                assertTrue(text(decrypt(message)).contains(NEW_QUESTION));
            } else {
                assertEquals(AgendaService.PURPOSE_AGENDA_WITHHELD, mail.purpose());
                String text = text(message);
                assertFalse(text.contains(NEW_QUESTION) || text.contains(NUMBER.format()), text);
                assertTrue(docxAttachments(message).isEmpty());
            }
        }
    }

    @Test
    void aProposalTheVoorzitterDidNotAcceptIsNotOnTheAgenda() throws Exception {
        TestDatabase.execute(dataSource, "UPDATE planned_case SET state = 'PROPOSED'");
        moveTo(Instant.parse("2026-12-11T11:00:00Z"));
        assertEquals(0, service(new DeliveryTransport(true, true), jdbc).run());
        assertTrue(agendaMails().isEmpty());
    }

    @Test
    void aCaseAcceptedAnExpertInvitedOrACardReplacedAfterTheAgendaGivesOneSupplementPerChange() throws Exception {
        moveTo(Instant.parse("2026-12-11T11:00:00Z"));   // the agenda moment
        assertEquals(4, service(new DeliveryTransport(true, true), jdbc).run());
        assertEquals(0, service(new DeliveryTransport(true, true), jdbc).run(), "nothing changed: no supplement");

        // 1. another case accepted for the meeting after the agenda went out: every participant
        moveTo(Instant.parse("2026-12-11T12:00:00Z"));
        int third = data.accepted(Instant.parse("2026-12-07T10:00:00Z"));
        summary(third, card("Derde vraag aan het team"));
        TestDatabase.execute(dataSource, "UPDATE submission SET state = 'DELIVERED' WHERE id = " + third);
        SubmissionNumber thirdNumber = new SubmissionNumber(2026, third);
        PlanningService planning = planning();
        planning.proposeAccepted(10);
        assertEquals(MEETING, planning.accept(thirdNumber, "voorzitter").meeting());
        assertEquals(4, service(new DeliveryTransport(true, true), jdbc).run());
        assertEquals(0, service(new DeliveryTransport(true, true), jdbc).run(), "once per change");
        List<Queued> first = mails(AgendaService.PURPOSE_SUPPLEMENT);
        assertEquals(Set.of(VOORZITTER.value(), AgendaTestData.DEELNEMER, VT_DEELNEMER, EXPERT), recipients(first));
        for (Queued mail : first) {
            MimeMessage message = parse(mail.mime());
            assertEquals("Aanvulling agenda VeiligheidsTeam dinsdag 15 december 2026", message.getSubject());
            Part content = message;
            if (mail.recipient().equals(VT_DEELNEMER)) {
                assertTrue(message.getContentType().contains("application/pkcs7-mime"), "same encryption rules");
                content = decrypt(message);
            }
            String text = text(content);
            assertTrue(text.contains(thirdNumber.format()) && text.contains("Derde vraag aan het team"), text);
            assertFalse(text.contains(NUMBER.format()), "only what changed");
            assertEquals(1, docxAttachments(content).size());
        }

        // 2. an expert invited after the agenda: that expert only, with the case they are invited to
        planning.addExpert(NUMBER, "psycholoog@ggz.example", "voorzitter");
        assertEquals(1, service(new DeliveryTransport(true, true), jdbc).run());
        assertEquals(0, service(new DeliveryTransport(true, true), jdbc).run());
        List<Queued> invited = mails(AgendaService.PURPOSE_SUPPLEMENT);
        invited.removeIf(m -> first.stream().anyMatch(f -> f.messageId().equals(m.messageId())));
        assertEquals(Set.of("psycholoog@ggz.example"), recipients(invited));
        String expertText = text(parse(invited.get(0).mime()));
        assertTrue(expertText.contains(NUMBER.format()) && expertText.contains(NEW_QUESTION), expertText);
        assertFalse(expertText.contains(thirdNumber.format()), expertText);

        // 3. a newer linked card replaces the third case's card on the sent agenda: every participant again
        moveTo(Instant.parse("2026-12-11T14:00:00Z"));
        int newest = data.accepted(Instant.parse("2026-12-11T13:30:00Z"));
        TestDatabase.execute(dataSource, "UPDATE submission_intake SET linked_submission_id = " + third
                + " WHERE submission_id = " + newest);
        summary(newest, card("Nieuwste vraag over de derde casus"));
        assertEquals(5, service(new DeliveryTransport(true, true), jdbc).run(), "now with the new expert");
        assertEquals(0, service(new DeliveryTransport(true, true), jdbc).run());
        List<Queued> all = mails(AgendaService.PURPOSE_SUPPLEMENT);
        assertEquals(10, all.size());
        assertEquals(10, new HashSet<>(all.stream().map(Queued::messageId).toList()).size());
        List<String> voorzitterTexts = new ArrayList<>();
        for (Queued mail : all) {
            if (mail.recipient().equals(VOORZITTER.value())) {
                voorzitterTexts.add(text(parse(mail.mime())));
            }
        }
        assertEquals(2, voorzitterTexts.size());
        String replaced = voorzitterTexts.get(1);
        assertTrue(replaced.contains("Nieuwste vraag over de derde casus") && replaced.contains(
                "de nieuwste versie (ingestuurd als VHT-2026-" + String.format("%04d", newest) + ")"), replaced);
        assertFalse(replaced.contains("Derde vraag aan het team"), "the replaced card's question is gone");
        assertEquals(4, agendaMails().size(), "the agenda itself went out once");
    }

    private PlanningService planning() {
        return new PlanningService(new JdbcPlanningRepository(jdbc), calendar(),
                new JdbcOutboxRepository(jdbc), new JdbcParticipantRepository(dataSource, clock),
                new AgendaMailComposer(MailAddress.of("vht@gateway.example"), clock), jdbc, clock);
    }

    private AgendaService service(DeliveryTransport transport, UnitOfWork unitOfWork) {
        return new AgendaService(new JdbcAgendaRepository(jdbc), new JdbcPlanningRepository(jdbc), calendar(),
                AgendaMoment.defaults(new WorkingDays(new DutchPublicHolidays())),
                new JdbcParticipantRepository(dataSource, clock), new JdbcOrganisationRepository(dataSource, clock),
                new DocxCardReader(), new SmimePartnerEncryption(new SmimeEncryptor()), transport,
                new AgendaMailComposer(MailAddress.of("vht@gateway.example"), clock), new JdbcOutboxRepository(jdbc),
                VOORZITTER, unitOfWork, clock);
    }

    private void moveTo(Instant at) {
        clock.advance(java.time.Duration.between(clock.instant(), at));
    }

    private static MeetingCalendar calendar() {
        return new MeetingCalendar(MeetingCalendarSettings.defaults(), new DutchPublicHolidays());
    }

    private static byte[] card(String question) {
        return WordDocxBuilder.card().part(CardPart.VOORBLAD)
                .section(Section.DATUM, "07-12-2026")
                .section(Section.SOORT_INBRENG, "Eerste inbreng")
                .section(Section.VRAAG_AAN_VHT, question)
                .part(CardPart.VEILIGHEIDSKAART)
                .section(Section.ONVEILIGHEID, CARD_ONLY_TEXT)
                .build();
    }

    /** The summary the intake sends the voorzitter, with the sanitised card, as AcceptCard leaves it in the outbox. */
    private void summary(int submission, byte[] docx) {
        AgendaMailComposer composer = new AgendaMailComposer(MailAddress.of("vht@gateway.example"), clock);
        new JdbcOutboxRepository(jdbc).add(Optional.of(new SubmissionId(submission)), List.of(composer.compose(
                "SUMMARY_VOORZITTER", "summary/" + submission, List.of(VOORZITTER),
                new nl.vhkgateway.application.intake.messages.MailText("Nieuwe inbreng", "Samenvatting"),
                List.of(new AgendaMailComposer.Attachment("Veiligheidskaart.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx)))),
                clock.instant());
    }

    private record Queued(String purpose, String recipient, String messageId, byte[] mime) {
    }

    private List<Queued> agendaMails() throws Exception {
        List<Queued> mails = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT purpose, recipients, message_id, raw_mime FROM outbox_message WHERE purpose LIKE 'AGENDA%' "
                        + "AND purpose <> '" + AgendaService.PURPOSE_SUPPLEMENT + "' ORDER BY id");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                mails.add(new Queued(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4)));
            }
        }
        return mails;
    }

    private List<Queued> mails(String purpose) throws Exception {
        List<Queued> mails = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT purpose, recipients, message_id, raw_mime FROM outbox_message WHERE purpose = ? ORDER BY id")) {
            s.setString(1, purpose);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    mails.add(new Queued(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4)));
                }
            }
        }
        return mails;
    }

    private static Set<String> recipients(List<Queued> mails) {
        return new HashSet<>(mails.stream().map(Queued::recipient).toList());
    }

    private static MimeMessage parse(byte[] mime) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(mime));
    }

    private static MimeBodyPart decrypt(MimeMessage message) throws Exception {
        byte[] content = new SMIMEEnveloped(message).getRecipientInfos().get(new JceKeyTransRecipientId(vtCertificate))
                .getContent(new JceKeyTransEnvelopedRecipient(vtKeys.getPrivate()));
        return SMIMEUtil.toMimeBodyPart(content);
    }

    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = text(multipart.getBodyPart(i));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    private static List<byte[]> docxAttachments(Part part) throws Exception {
        List<byte[]> found = new ArrayList<>();
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                found.addAll(docxAttachments(multipart.getBodyPart(i)));
            }
        } else if (part.getFileName() != null && part.getFileName().endsWith(".docx")) {
            found.add(part.getInputStream().readAllBytes());
        }
        return found;
    }
}
