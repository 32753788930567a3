package nl.vhkgateway.application.handover;

import nl.vhkgateway.domain.audit.AuditKey;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.activation.DataHandler;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import nl.vhkgateway.application.mailflow.ProcessingObserver;
import nl.vhkgateway.application.mailflow.ProcessingPoint;
import nl.vhkgateway.application.sender.AuthenticationResultsPolicy;
import nl.vhkgateway.application.sender.SenderVerifier;
import nl.vhkgateway.application.participant.OrganisationInput;
import nl.vhkgateway.application.participant.ParticipantInput;
import nl.vhkgateway.application.participant.ParticipantRegistry;
import nl.vhkgateway.domain.audit.AuditEntry;
import nl.vhkgateway.domain.audit.AuditQuery;
import nl.vhkgateway.domain.audit.ChainVerification;
import nl.vhkgateway.domain.card.CardContent;
import nl.vhkgateway.domain.consent.CaseReference;
import nl.vhkgateway.domain.consent.ConsentId;
import nl.vhkgateway.domain.consent.ConsentPolicy;
import nl.vhkgateway.domain.consent.ConsenterRole;
import nl.vhkgateway.domain.consent.OrganisationRef;
import nl.vhkgateway.domain.consent.Withdrawal;
import nl.vhkgateway.domain.handover.PermittedHandoverSpecification;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.outbox.OutboxMessage;
import nl.vhkgateway.domain.outbox.OutboxState;
import nl.vhkgateway.domain.participant.Organisation;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionState;
import nl.vhkgateway.infrastructure.crypto.BcSignedMailReader;
import nl.vhkgateway.infrastructure.crypto.Pbkdf2PasswordHasher;
import nl.vhkgateway.infrastructure.crypto.SmimeEncryptor;
import nl.vhkgateway.infrastructure.crypto.SmimePartnerEncryption;
import nl.vhkgateway.infrastructure.crypto.TestCertificates;
import nl.vhkgateway.infrastructure.docx.DocxCardReader;
import nl.vhkgateway.infrastructure.mail.MailAccount;
import nl.vhkgateway.infrastructure.mail.MailSecurity;
import nl.vhkgateway.infrastructure.mail.MailServerSettings;
import nl.vhkgateway.infrastructure.persistence.JdbcAuditLog;
import nl.vhkgateway.infrastructure.persistence.JdbcConsentRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcOrganisationRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcParticipantRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcVhtSubmissionLookup;
import nl.vhkgateway.bootstrap.MailflowAssembly;
import nl.vhkgateway.bootstrap.HandoverAssembly;
import nl.vhkgateway.testsupport.ConsentExamples;
import nl.vhkgateway.testsupport.HandoverCards;
import nl.vhkgateway.testsupport.IntakeBench;
import nl.vhkgateway.testsupport.TestDatabase;
import nl.vhkgateway.testsupport.TestMail;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceKeyTransEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientId;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.mail.smime.SMIMEEnveloped;
import org.bouncycastle.mail.smime.SMIMEUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The handover mailbox end to end in plain Java: real GreenMail (SMTP in, IMAP watched, SMTP out), a real MariaDB
 * (register, consent register, audit log, pipeline tables), the real sender verification, docx inspector, card
 * reader, sanitiser and S/MIME encryption. Each test mails a card to {@code overdracht@} and runs the handover
 * pipeline's INBOX pass, then looks in the partners' and the sender's mailboxes.
 */
class HandoverFlowIT {

    private static final String HANDOVER = "overdracht@gateway.test";
    private static final String ROOSENDAAL = "deelnemer@roosendaal.test";
    private static final String GI_SENDER = "deelnemer@jbb.test";
    private static final String VT_MAILBOX = "intake@veiligthuis.test";
    private static final String GI_MAILBOX = "intake@jbb.test";
    private static final String STRANGER = "onbekend@elders.test";
    private static final String INTAKE = "veiligheidsteam@gateway.test";
    private static final String VOORZITTER = "voorzitter@vht.test";
    private static final String PASSWORD = "demo";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(aConfig().withUser(HANDOVER, HANDOVER, PASSWORD)
                    .withUser(ROOSENDAAL, ROOSENDAAL, PASSWORD).withUser(GI_SENDER, GI_SENDER, PASSWORD)
                    .withUser(VT_MAILBOX, VT_MAILBOX, PASSWORD).withUser(GI_MAILBOX, GI_MAILBOX, PASSWORD)
                    .withUser(STRANGER, STRANGER, PASSWORD).withUser(INTAKE, INTAKE, PASSWORD)
                    .withUser(VOORZITTER, VOORZITTER, PASSWORD));

    private final Clock clock = Clock.systemUTC();
    private DataSource dataSource;
    private ParticipantRegistry registry;
    private JdbcConsentRepository consents;
    private JdbcAuditLog auditLog;
    private HandoverAuthorisation authorisation;
    private Organisation roosendaal;
    private Organisation veiligThuis;
    private Organisation gi;

    @BeforeEach
    void freshRegisterAndDatabase() {
        dataSource = TestDatabase.fresh("vhk_it_handoverflow");
        registry = new ParticipantRegistry(new JdbcOrganisationRepository(dataSource, clock),
                new JdbcParticipantRepository(dataSource, clock), new Pbkdf2PasswordHasher(), clock);
        roosendaal = registry.registerOrganisation(new OrganisationInput("TOEGANG", "Toegang gemeente Roosendaal",
                "Roosendaal", "toegang@roosendaal.test", true));
        veiligThuis = registry.registerOrganisation(new OrganisationInput("VEILIG_THUIS",
                "Veilig Thuis West-Brabant", null, VT_MAILBOX, true));
        gi = registry.registerOrganisation(new OrganisationInput("GI", "Jeugdbescherming Brabant", null, GI_MAILBOX,
                true));
        registry.registerParticipant(new ParticipantInput("Vaste deelnemer Roosendaal", ROOSENDAAL,
                roosendaal.id().value(), true));
        registry.registerParticipant(new ParticipantInput("Vaste deelnemer JBB", GI_SENDER, gi.id().value(), true));
        consents = new JdbcConsentRepository(dataSource);
        auditLog = new JdbcAuditLog(dataSource, clock, AuditKey.random());
        authorisation = new HandoverAuthorisation(consents, ConsentPolicy.parse("OUDER_MET_GEZAG,VOOGD", "16+"),
                new PermittedHandoverSpecification(), auditLog);
    }

    @Test
    void toegangToVeiligThuisWithValidConsentIsDeliveredWithoutAuthorshipAndContentUnchanged() throws Exception {
        ConsentId consent = recordConsent("VHT-2026-0101", roosendaal, veiligThuis);
        byte[] card = HandoverCards.card("Veilig Thuis West-Brabant", "VHT-2026-0101", consent.toString());

        mailHandover(ROOSENDAAL, "Overdracht", card);
        MailflowAssembly handover = pipeline(ProcessingObserver.NONE);
        IntakeBench.inboxPass(handover);

        MimeMessage delivered = single(VT_MAILBOX);
        assertEquals(HANDOVER, ((InternetAddress) delivered.getFrom()[0]).getAddress());
        assertEquals("Overdracht Veiligheidskaart via de VHK-gateway (toestemming " + consent + ")",
                delivered.getSubject(), "a neutral subject: no personal data in the clear");
        assertEquals(consent.toString(), delivered.getHeader(HandoverMail.CONSENT_HEADER, null));
        byte[] deliveredCard = docxAttachment(delivered);
        assertContentUnchangedAndAuthorshipGone(card, deliveredCard);

        MimeMessage confirmation = single(ROOSENDAAL);
        assertEquals("Overdracht verstuurd (toestemming " + consent + ")", confirmation.getSubject());
        String text = TestMail.plainText(confirmation);
        assertTrue(text.contains("Veilig Thuis West-Brabant (" + VT_MAILBOX + ")"), text);
        assertTrue(text.contains("Casus: VHT-2026-0101"), text);
        assertFalse(text.contains(HandoverCards.YOUTH), "no card content in the confirmation");
        // issue 11: GreenMail's plain SMTP is not called TLS
        assertFalse(text.contains("(TLS)"), text);
        assertTrue(text.contains("onversleuteld, over een onbeveiligde verbinding met de mailserver (zonder TLS"), text);

        Submission submission = onlySubmission(handover);
        assertEquals(SubmissionState.DELIVERED, submission.state());
        assertEquals(List.of("HANDOVER_CHECK:GRANTED", "HANDOVER_RECHECK:GRANTED"), consentChecks("VHT-2026-0101"));
        assertTrue(TestMail.folder(MAIL, HANDOVER, "INBOX").isEmpty(), "the original left the INBOX");
    }

    @Test
    void theConfirmationSaysTlsOnlyWhenTheSmtpConnectionUsesTls() throws Exception {
        ConsentId consent = recordConsent("VHT-2026-0107", roosendaal, veiligThuis);
        mailHandover(ROOSENDAAL, "Overdracht", HandoverCards.card("Veilig Thuis West-Brabant", "VHT-2026-0107",
                consent.toString()));
        // the gateway's SMTP configured as tls/starttls (vhk.smtp.security), as in production
        IntakeBench.inboxPass(pipeline(ProcessingObserver.NONE, new DeliveryTransport(true, true)));

        String text = TestMail.plainText(single(ROOSENDAAL));
        assertTrue(text.contains("over een beveiligde verbinding met de mailserver (TLS)"), text);
        assertFalse(text.contains("zonder TLS"), text);
    }

    @Test
    void handoverByTheSubjectAloneWorksForACardWithoutHandoverFields() throws Exception {
        ConsentId consent = recordConsent("VHT-2026-0102", roosendaal, veiligThuis);
        byte[] card = HandoverCards.card("", "", "");

        mailHandover(ROOSENDAAL, "Overdracht aan Veilig Thuis - toestemming " + consent + " - casus VHT-2026-0102",
                card);
        IntakeBench.inboxPass(pipeline(ProcessingObserver.NONE));

        assertEquals(1, TestMail.folder(MAIL, VT_MAILBOX, "INBOX").size());
        assertEquals("Overdracht verstuurd (toestemming " + consent + ")", single(ROOSENDAAL).getSubject());
    }

    @Test
    void partnerWithCertificateGetsTheCardEncryptedForItsKeyOnly() throws Exception {
        TestCertificates.Identity partner = TestCertificates.forAddress(VT_MAILBOX);
        registry.setPartnerCertificate(veiligThuis.id().value(), partner.pem());
        ConsentId consent = recordConsent("VHT-2026-0103", roosendaal, veiligThuis);
        byte[] card = HandoverCards.card("Veilig Thuis", "VHT-2026-0103", consent.toString());

        mailHandover(ROOSENDAAL, "Overdracht", card);
        IntakeBench.inboxPass(pipeline(ProcessingObserver.NONE));

        MimeMessage delivered = single(VT_MAILBOX);
        assertTrue(delivered.isMimeType("application/pkcs7-mime"), delivered.getContentType());
        String raw = new String(rawBytes(delivered), StandardCharsets.US_ASCII);
        assertFalse(raw.contains("Jesse") || raw.contains("UEsDB"), "neither the card text nor the zip in the clear");

        RecipientInformation recipient = new SMIMEEnveloped(delivered).getRecipientInfos()
                .get(new JceKeyTransRecipientId(partner.certificate()));
        MimeBodyPart decrypted = SMIMEUtil.toMimeBodyPart(recipient.getContent(
                new JceKeyTransEnvelopedRecipient(partner.privateKey()).setProvider(new BouncyCastleProvider())));
        MimeMultipart inner = (MimeMultipart) decrypted.getContent();
        assertTrue(decrypted.isMimeType("multipart/mixed"), decrypted.getContentType());
        assertTrue(inner.getBodyPart(0).isMimeType("multipart/alternative"), "text as plain and HTML, inside the envelope");
        assertTrue(TestMail.plainText(inner.getBodyPart(0)).contains("Toestemmingsnummer: " + consent));
        assertTrue(TestMail.htmlText(inner.getBodyPart(0)).contains("Toestemmingsnummer: " + consent));
        assertContentUnchangedAndAuthorshipGone(card, bytes(inner.getBodyPart(1).getInputStream()));

        assertTrue(TestMail.plainText(single(ROOSENDAAL)).contains("versleuteld (S/MIME)"));
    }

    @Test
    void afterWithdrawalTheNextHandoverIsRefusedWithTheReasonAndNothingIsDelivered() throws Exception {
        ConsentId consent = recordConsent("VHT-2026-0104", roosendaal, veiligThuis);
        consents.withdraw(consent, new Withdrawal(clock.instant().minusSeconds(60), ConsenterRole.OUDER_MET_GEZAG,
                "telefonisch", ROOSENDAAL, clock.instant()));

        mailHandover(ROOSENDAAL, "Overdracht", HandoverCards.card("Veilig Thuis West-Brabant", "VHT-2026-0104",
                consent.toString()));
        MailflowAssembly handover = pipeline(ProcessingObserver.NONE);
        IntakeBench.inboxPass(handover);

        assertTrue(TestMail.folder(MAIL, VT_MAILBOX, "INBOX").isEmpty(), "nothing delivered");
        MimeMessage refusal = single(ROOSENDAAL);
        assertEquals("Overdracht niet uitgevoerd", refusal.getSubject());
        String text = TestMail.plainText(refusal);
        assertTrue(text.contains("De toestemming met nummer " + consent + " is ingetrokken op"), text);
        assertTrue(text.contains("(code CONSENT_WITHDRAWN)"), text);
        assertEquals(SubmissionState.REFUSED, onlySubmission(handover).state(), "the refusal itself was sent");
        assertEquals(List.of("HANDOVER_CHECK:REFUSED"), consentChecks("VHT-2026-0104"));
        assertRefusedContentPurged(onlySubmission(handover));
    }

    /** Issue 11, finding 5: a refused handover's card is removed from the database at once, like a refused card. */
    private void assertRefusedContentPurged(Submission submission) throws Exception {
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement(
                     "SELECT raw_mime IS NULL, content_purge_reason FROM submission WHERE id = ?")) {
            statement.setLong(1, submission.id().value());
            try (var rows = statement.executeQuery()) {
                assertTrue(rows.next());
                assertTrue(rows.getBoolean(1), "the raw mail with the card is gone at once");
                assertEquals("REFUSED_NOT_KEPT", rows.getString(2));
            }
        }
        // ...and its original is gone from the handover mailbox at once: not in the INBOX, never in Verwerkt
        assertTrue(TestMail.folder(MAIL, HANDOVER, "INBOX").isEmpty(), "the original left the INBOX");
        assertTrue(TestMail.folder(MAIL, HANDOVER, "Verwerkt").isEmpty(), "the refused original is not kept");
    }

    @Test
    void consentWithdrawnBetweenReceiptAndDeliveryStopsTheDelivery() throws Exception {
        ConsentId consent = recordConsent("VHT-2026-0105", roosendaal, veiligThuis);
        mailHandover(ROOSENDAAL, "Overdracht", HandoverCards.card("Veilig Thuis West-Brabant", "VHT-2026-0105",
                consent.toString()));
        AtomicReference<Instant> withdrawnAt = new AtomicReference<>();
        ProcessingObserver withdrawAfterReceipt = point -> {
            if (point == ProcessingPoint.AFTER_ROUTE && withdrawnAt.get() == null) {
                Instant now = clock.instant();
                consents.withdraw(consent, new Withdrawal(now, ConsenterRole.OUDER_MET_GEZAG, "per e-mail",
                        ROOSENDAAL, now));
                withdrawnAt.set(now);
            }
        };
        MailflowAssembly handover = pipeline(withdrawAfterReceipt);
        IntakeBench.inboxPass(handover);

        assertTrue(withdrawnAt.get() != null, "the consent was withdrawn after the decision on receipt");
        assertTrue(TestMail.folder(MAIL, VT_MAILBOX, "INBOX").isEmpty(), "nothing delivered");
        MimeMessage notice = single(ROOSENDAAL);
        assertEquals("Overdracht niet verstuurd", notice.getSubject());
        String text = TestMail.plainText(notice);
        assertTrue(text.contains("is NIET verstuurd"), text);
        assertTrue(text.contains("is ingetrokken op"), text);
        Submission submission = onlySubmission(handover);
        List<OutboxMessage> outbox = handover.outbox().findBySubmission(submission.id());
        assertEquals(List.of(HandoverMail.DELIVERY + ":" + OutboxState.CANCELLED,
                        HandoverMail.NOT_DELIVERED + ":" + OutboxState.SENT),
                outbox.stream().map(m -> m.purpose() + ":" + m.state()).toList());
        assertEquals(List.of("HANDOVER_CHECK:GRANTED", "HANDOVER_RECHECK:REFUSED"), consentChecks("VHT-2026-0105"));
    }

    @Test
    void giToVeiligThuisIsRefusedForItsDirection() throws Exception {
        mailHandover(GI_SENDER, "Overdracht", HandoverCards.card("Veilig Thuis West-Brabant", "VHT-2026-0106", ""));
        MailflowAssembly handover = pipeline(ProcessingObserver.NONE);
        IntakeBench.inboxPass(handover);

        assertTrue(TestMail.folder(MAIL, VT_MAILBOX, "INBOX").isEmpty(), "nothing delivered");
        String text = TestMail.plainText(single(GI_SENDER));
        assertTrue(text.contains("Deze richting is niet toegestaan: GI naar Veilig Thuis")
                || text.contains("Deze richting is niet toegestaan"), text);
        assertTrue(text.contains("(code DIRECTION_NOT_PERMITTED)"), text);
        assertEquals(List.of("HANDOVER_CHECK:REFUSED"), consentChecks("VHT-2026-0106"));
        assertRefusedContentPurged(onlySubmission(handover));
    }

    @Test
    void unknownSenderIsQuarantinedAndNeverAnswered() throws Exception {
        recordConsent("VHT-2026-0107", roosendaal, veiligThuis);
        mailHandover(STRANGER, "Overdracht aan Veilig Thuis", HandoverCards.card("Veilig Thuis", "VHT-2026-0107", ""));
        MailflowAssembly handover = pipeline(ProcessingObserver.NONE);
        IntakeBench.inboxPass(handover);

        assertEquals(SubmissionState.QUARANTINED, onlySubmission(handover).state());
        assertTrue(TestMail.folder(MAIL, STRANGER, "INBOX").isEmpty(), "no answer to an unknown sender");
        assertTrue(TestMail.folder(MAIL, VT_MAILBOX, "INBOX").isEmpty(), "nothing delivered");
        assertTrue(handover.outbox().findBySubmission(onlySubmission(handover).id()).isEmpty());
        assertEquals(List.of(), consentChecks("VHT-2026-0107"), "no consent check for an unknown sender");
    }

    @Test
    void withoutCertificateAndWithoutTlsTheCardIsNotSentWhenTlsIsRequired() throws Exception {
        ConsentId consent = recordConsent("VHT-2026-0108", roosendaal, veiligThuis);
        mailHandover(ROOSENDAAL, "Overdracht", HandoverCards.card("Veilig Thuis", "VHT-2026-0108",
                consent.toString()));
        IntakeBench.inboxPass(pipeline(ProcessingObserver.NONE, new DeliveryTransport(true, false)));

        assertTrue(TestMail.folder(MAIL, VT_MAILBOX, "INBOX").isEmpty(), "nothing delivered in the clear");
        String text = TestMail.plainText(single(ROOSENDAAL));
        assertTrue(text.contains("(code NO_SECURE_ROUTE)"), text);
    }

    @Test
    void theAuditShowsBothDecisionsAndDetectsATamperedRow() throws Exception {
        ConsentId consent = recordConsent("VHT-2026-0109", roosendaal, veiligThuis);
        mailHandover(ROOSENDAAL, "Overdracht", HandoverCards.card("Veilig Thuis West-Brabant", "VHT-2026-0109",
                consent.toString()));
        mailHandover(GI_SENDER, "Overdracht", HandoverCards.card("Veilig Thuis West-Brabant", "VHT-2026-0110", ""));
        IntakeBench.inboxPass(pipeline(ProcessingObserver.NONE));

        assertEquals(List.of("HANDOVER_CHECK:GRANTED", "HANDOVER_RECHECK:GRANTED"), consentChecks("VHT-2026-0109"));
        assertEquals(List.of("HANDOVER_CHECK:REFUSED"), consentChecks("VHT-2026-0110"));
        AuditEntry refused = auditLog.find(AuditQuery.all()).stream()
                .filter(e -> e.event().subject().equals(java.util.Optional.of("VHT-2026-0110"))).findFirst()
                .orElseThrow();
        assertEquals(List.of("DIRECTION_NOT_PERMITTED"), refused.event().reasonCodes());
        assertTrue(auditLog.verifyChain().intact(), "the chain verifies");

        TestDatabase.execute(dataSource, "DROP TRIGGER audit_event_no_update",
                "UPDATE audit_event SET outcome = 'GRANTED' WHERE seq = " + refused.sequence());
        ChainVerification tampered = auditLog.verifyChain();
        assertFalse(tampered.intact(), "the altered row is detected");
    }

    @Test
    void theIntakeAndTheHandoverMailboxNeverHandleEachOthersMail() throws Exception {
        ConsentId consent = recordConsent("VHT-2026-0111", roosendaal, veiligThuis);
        byte[] card = HandoverCards.card("Veilig Thuis West-Brabant", "VHT-2026-0111", consent.toString());
        mailHandover(ROOSENDAAL, "Overdracht", card);
        MailflowAssembly intake = MailflowAssembly.builder()
                .dataSource(dataSource)
                .intakeMailbox(new MailAccount(new MailServerSettings("127.0.0.1", MAIL.getImap().getPort(),
                        MailSecurity.NONE, Duration.ofSeconds(5), Duration.ofSeconds(10)), INTAKE, PASSWORD))
                .smtp(TestMail.smtpAccount(MAIL))
                .gatewayAddress(MailAddress.of(INTAKE))
                .voorzitter(MailAddress.of(VOORZITTER))
                .clock(clock)
                .build();
        MailflowAssembly handover = pipeline(point -> {
            if (point == ProcessingPoint.AFTER_STORE) {
                // the handover is stored, not yet routed: the intake's passes must leave it alone
                IntakeBench.inboxPass(intake);
                intake.pipeline().processDue();
            }
        });

        IntakeBench.inboxPass(handover);

        assertTrue(TestMail.folder(MAIL, VOORZITTER, "INBOX").isEmpty(), "the intake did not forward the handover");
        assertEquals(1, TestMail.folder(MAIL, VT_MAILBOX, "INBOX").size(), "the handover went its own way");
        assertEquals(SubmissionState.DELIVERED, onlySubmission(handover).state());
        assertTrue(intake.submissions().findDue(java.util.EnumSet.allOf(SubmissionState.class), clock.instant()
                .plusSeconds(3600), 10).isEmpty(), "the intake sees no work of the handover channel");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private ConsentId recordConsent(String caseReference, Organisation sender, Organisation receiver) {
        Instant now = clock.instant();
        return consents.record(ConsentExamples.consent()
                .caseReference(new CaseReference(caseReference))
                .sender(ref(sender)).recipient(ref(receiver))
                .givenAt(now.minus(Duration.ofDays(1)))
                .valid(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)))
                .recordedBy(ROOSENDAAL)
                .build()).id();
    }

    private static OrganisationRef ref(Organisation organisation) {
        return new OrganisationRef(organisation.id().value(), organisation.type());
    }

    private MailflowAssembly pipeline(ProcessingObserver observer) {
        return pipeline(observer, new DeliveryTransport(false, false));
    }

    private MailflowAssembly pipeline(ProcessingObserver observer, DeliveryTransport transport) {
        MailServerSettings imap = new MailServerSettings("127.0.0.1", MAIL.getImap().getPort(), MailSecurity.NONE,
                Duration.ofSeconds(5), Duration.ofSeconds(10));
        return HandoverAssembly.builder()
                .dataSource(dataSource)
                .handoverMailbox(new MailAccount(imap, HANDOVER, PASSWORD))
                .smtp(TestMail.smtpAccount(MAIL))
                .gatewayAddress(MailAddress.of(HANDOVER))
                .senderVerifier(SenderVerifier.standard(registry::findByMailAddress, new BcSignedMailReader(),
                        AuthenticationResultsPolicy.disabled()))
                .partners(registry::organisations)
                .vhtSubmissions(new JdbcVhtSubmissionLookup(dataSource))
                .authorisation(authorisation)
                .auditLog(auditLog)
                .encryption(new SmimePartnerEncryption(new SmimeEncryptor()))
                .transport(transport)
                .observer(observer)
                .clock(clock)
                .build()
                .mailflow();
    }

    private void mailHandover(String from, String subject, byte[] card) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        properties.setProperty("mail.smtp.port", Integer.toString(MAIL.getSmtp().getPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(HANDOVER));
        message.setSubject(subject, "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Hierbij de kaart voor de overdracht.", "UTF-8");
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(card,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")));
        attachment.setFileName("Kaart " + HandoverCards.YOUTH + ".docx");
        MimeMultipart multipart = new MimeMultipart();
        multipart.addBodyPart(text);
        multipart.addBodyPart(attachment);
        message.setContent(multipart);
        int before = TestMail.folder(MAIL, HANDOVER, "INBOX").size();
        Transport.send(message);
        TestMail.await("the handover in the INBOX", Duration.ofSeconds(5),
                () -> TestMail.folder(MAIL, HANDOVER, "INBOX").size() > before);
    }

    private static MimeMessage single(String mailbox) {
        List<MimeMessage> messages = TestMail.folder(MAIL, mailbox, "INBOX");
        assertEquals(1, messages.size(), "messages in " + mailbox);
        return messages.get(0);
    }

    private static Submission onlySubmission(MailflowAssembly handover) {
        List<Submission> all = new ArrayList<>();
        for (SubmissionState state : SubmissionState.values()) {
            all.addAll(handover.submissions().findByState(state, 10));
        }
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    /** "ACTION:OUTCOME" of the consent checks for the case, oldest first. */
    private List<String> consentChecks(String caseReference) {
        return auditLog.find(AuditQuery.all()).stream()
                .filter(e -> e.event().subject().equals(java.util.Optional.of(caseReference)))
                .filter(e -> e.event().action().startsWith("HANDOVER_") && e.event().action().contains("CHECK"))
                .map(e -> e.event().action() + ":" + e.event().outcome())
                .toList();
    }

    private static byte[] docxAttachment(MimeMessage message) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getFileName() != null && part.getFileName().endsWith(".docx")) {
                assertEquals(HandoverMailComposer.CARD_FILE_NAME, part.getFileName(), "a neutral file name");
                return bytes(part.getInputStream());
            }
        }
        throw new AssertionError("no .docx in the delivery");
    }

    private static void assertContentUnchangedAndAuthorshipGone(byte[] original, byte[] delivered) throws Exception {
        DocxCardReader reader = new DocxCardReader();
        CardContent before = reader.read(original);
        CardContent after = reader.read(delivered);
        assertEquals(before.sectionValues(), after.sectionValues(), "the card's content is unchanged");
        assertTrue(after.sectionValues().values().stream().anyMatch(v -> v.contains(HandoverCards.YOUTH)),
                "the personal data is delivered");
        String allXml = unzippedText(delivered);
        assertFalse(allXml.contains(HandoverCards.AUTHOR), "no author name anywhere in the package");
        assertFalse(allXml.contains("Gemeente Roosendaal</Company>"), "no company property");
        assertFalse(allXml.contains("ROOS-88213"), "no custom property");
        assertFalse(allXml.contains("<dc:title>"), "no title property");
        assertTrue(unzippedText(original).contains(HandoverCards.AUTHOR), "the test card did carry the author");
    }

    private static String unzippedText(byte[] docx) throws Exception {
        StringBuilder all = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                all.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    private static byte[] rawBytes(MimeMessage message) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    private static byte[] bytes(InputStream in) throws Exception {
        try (in) {
            return in.readAllBytes();
        }
    }
}
