package nl.vhkgateway.application.sender;

import static com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.participant.Organisation;
import nl.vhkgateway.domain.participant.OrganisationData;
import nl.vhkgateway.domain.participant.OrganisationId;
import nl.vhkgateway.domain.participant.OrganisationType;
import nl.vhkgateway.domain.participant.Participant;
import nl.vhkgateway.domain.participant.ParticipantData;
import nl.vhkgateway.domain.participant.ParticipantId;
import nl.vhkgateway.domain.participant.PemCertificate;
import nl.vhkgateway.infrastructure.crypto.BcSignedMailReader;
import nl.vhkgateway.infrastructure.crypto.TestCertificates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * S/MIME signatures survive a real SMTP hop and an IMAP fetch (line endings, transfer encodings): a signed card
 * sent to the intake mailbox is verified from the raw bytes the gateway fetches.
 */
class SignedMailThroughMailServerIT {

    private static final String INTAKE = "veiligheidsteam@gateway.test";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(aConfig().withUser(INTAKE, "demo"));

    private final TestCertificates.Identity identity = TestCertificates.forAddress("deelnemer@roosendaal.test");

    @Test
    void clearSignedAndOpaqueSignedCardsVerifyAfterTransport() throws Exception {
        Participant participant = participantWithCertificate();
        send(TestMails.mail().body("Kaart één, met accenten: café, geïnformeerd.\r\n").signedBy(identity));
        send(TestMails.mail().body("Kaart twee.\r\n").opaqueSignedBy(identity));
        assertTrue(MAIL.waitForIncomingEmail(10_000, 2), "both messages delivered");
        List<byte[]> fetched = fetchAll();
        assertEquals(2, fetched.size());
        SenderVerifier verifier = SenderVerifier.standard(address -> address.equals(participant.mailAddress())
                ? Optional.of(participant) : Optional.empty(), new BcSignedMailReader(),
                AuthenticationResultsPolicy.disabled());
        List<SignatureForm> forms = List.of(SignatureForm.DETACHED, SignatureForm.OPAQUE);
        for (int i = 0; i < fetched.size(); i++) {
            SenderVerdict verdict = verifier.verify(TestMails.parse(fetched.get(i)), Instant.now());
            SenderVerdict.Accepted accepted = assertInstanceOf(SenderVerdict.Accepted.class, verdict,
                    verdict.reasonCodes().toString());
            assertEquals(forms.get(i), accepted.signature());
        }
    }

    private Participant participantWithCertificate() {
        Organisation organisation = new Organisation(new OrganisationId(1), new OrganisationData(
                OrganisationType.TOEGANG, "Toegang gemeente Roosendaal", Optional.of("Roosendaal"),
                MailAddress.of("toegang@roosendaal.test"), Optional.empty(), true));
        return new Participant(new ParticipantId(1), new ParticipantData("Deelnemer",
                MailAddress.of("deelnemer@roosendaal.test"), organisation.id(),
                Optional.of(PemCertificate.of(identity.certificate())), true), organisation, false);
    }

    private static void send(MimeMessage message) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(MAIL.getSmtp().getPort()));
        Transport.send(new MimeMessage(Session.getInstance(properties), new java.io.ByteArrayInputStream(
                TestMails.bytes(message))));
    }

    private static List<byte[]> fetchAll() throws Exception {
        Properties properties = new Properties();
        Session session = Session.getInstance(properties);
        Store store = session.getStore("imap");
        store.connect("127.0.0.1", MAIL.getImap().getPort(), INTAKE, "demo");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<byte[]> raw = new java.util.ArrayList<>();
            for (Message message : inbox.getMessages()) {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                message.writeTo(out);
                raw.add(out.toByteArray());
            }
            inbox.close(false);
            return raw;
        } finally {
            store.close();
        }
    }
}
