package nl.vhkgateway.application.sender;

import static nl.vhkgateway.application.sender.TestMails.mail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.participant.Organisation;
import nl.vhkgateway.domain.participant.OrganisationData;
import nl.vhkgateway.domain.participant.OrganisationId;
import nl.vhkgateway.domain.participant.OrganisationType;
import nl.vhkgateway.domain.participant.Participant;
import nl.vhkgateway.domain.participant.ParticipantData;
import nl.vhkgateway.domain.participant.ParticipantId;
import nl.vhkgateway.domain.participant.PemCertificate;
import nl.vhkgateway.infrastructure.config.SenderAuthenticationSettings;
import nl.vhkgateway.infrastructure.crypto.BcSignedMailReader;
import nl.vhkgateway.infrastructure.crypto.JdkimVerification;
import nl.vhkgateway.infrastructure.crypto.TestCertificates;
import org.apache.james.jdkim.DKIMSigner;
import org.apache.james.jdkim.api.PublicKeyRecordRetriever;
import org.apache.james.jdkim.exceptions.PermFailException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import nl.vhkgateway.application.sender.AuthenticationResultsPolicy;
import nl.vhkgateway.application.sender.SenderRefusalReason;
import nl.vhkgateway.application.sender.SenderVerdict;
import nl.vhkgateway.application.sender.SenderVerifier;
import nl.vhkgateway.application.sender.TestMails;
import nl.vhkgateway.application.sender.UnknownSenderReason;

/**
 * Finding 1 of the security review: anyone could send as a registered participant. Outside demo mode a mail with
 * a registered From address is taken in only when the sender is authenticated: S/MIME with the registered
 * certificate, or DKIM aligned with the From domain (verified by the gateway with real RSA signatures made here, a
 * stub key resolver instead of DNS; or trusted from the receiving server's Authentication-Results).
 */
class SenderAuthenticationTest {

    private static final String ADDRESS = "deelnemer@roosendaal.test";
    private static final String AUTHSERV_ID = "mx.gateway.test";
    private static TestCertificates.Identity registered;
    private static TestCertificates.Identity forger;
    private static KeyPair roosendaalDkim;
    private static KeyPair evilDkim;

    private final Map<MailAddress, Participant> register = new HashMap<>();
    private final Map<Long, SenderAuthenticationMethod> choices = new HashMap<>();
    private final Instant now = Instant.now();

    @BeforeAll
    static void keys() throws Exception {
        registered = TestCertificates.forAddress(ADDRESS);
        forger = TestCertificates.forAddress(ADDRESS);
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        roosendaalDkim = rsa.generateKeyPair();
        evilDkim = rsa.generateKeyPair();
    }

    /** The DNS of the test world: each domain publishes its own DKIM key under selector "sel". */
    private static final PublicKeyRecordRetriever DNS = (method, selector, domain) -> {
        KeyPair key = switch (domain.toString()) {
            case "roosendaal.test" -> roosendaalDkim;
            case "evil.test" -> evilDkim;
            default -> throw new PermFailException("no key for " + domain);
        };
        return List.of("v=DKIM1; k=rsa; p=" + Base64.getEncoder().encodeToString(key.getPublic().getEncoded()));
    };

    private Participant register(Optional<TestCertificates.Identity> certificate) {
        Organisation organisation = new Organisation(new OrganisationId(7), new OrganisationData(
                OrganisationType.TOEGANG, "Toegang gemeente Roosendaal", Optional.of("Roosendaal"),
                MailAddress.of("toegang@roosendaal.test"), Optional.empty(), true));
        Participant participant = new Participant(new ParticipantId(1), new ParticipantData("Deelnemer",
                MailAddress.of(ADDRESS), organisation.id(), certificate.map(c -> PemCertificate.of(c.certificate())),
                true), organisation, false);
        register.put(participant.mailAddress(), participant);
        return participant;
    }

    private SenderVerdict verify(MimeMessage message, SenderAuthenticationPolicy policy) {
        AuthenticationResultsPolicy results = AuthenticationResultsPolicy.trusting(AUTHSERV_ID, false);
        SenderAuthentication authentication = new SenderAuthentication(policy, results, new JdkimVerification(DNS),
                organisation -> Optional.ofNullable(choices.get(organisation.value())));
        return SenderVerifier.standard(address -> Optional.ofNullable(register.get(address)),
                new BcSignedMailReader(), results, authentication).verify(message, now);
    }

    private static SenderAuthenticationPolicy production() {
        return SenderAuthenticationPolicy.enforced(SenderAuthenticationPolicy.DkimSource.GATEWAY);
    }

    private static void assertQuarantinedAsForged(SenderVerdict verdict) {
        SenderVerdict.UnknownSender unknown = assertInstanceOf(SenderVerdict.UnknownSender.class, verdict);
        assertEquals(UnknownSenderReason.NOT_AUTHENTICATED, unknown.reason());
        assertEquals(ADDRESS, unknown.claimedAddress(), "the beheerder's notice names the impersonated address");
    }

    /** Signs the raw message with DKIM (relaxed/relaxed, rsa-sha256) as {@code domain}; returns the signed bytes. */
    private static byte[] dkimSigned(MimeMessage message, String domain, KeyPair key) throws Exception {
        byte[] raw = TestMails.bytes(message);
        DKIMSigner signer = new DKIMSigner("v=1; a=rsa-sha256; c=relaxed/relaxed; d=" + domain
                + "; s=sel; h=from:to:subject:content-type; bh=; b=;", key.getPrivate());
        String header = signer.sign(new ByteArrayInputStream(raw));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write((header + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(raw);
        return out.toByteArray();
    }

    // ---- DKIM ---------------------------------------------------------------------------------------------------

    @Test
    void aForgedFromWithoutAnySignatureIsQuarantinedNotForwarded() throws Exception {
        register(Optional.empty());
        assertQuarantinedAsForged(verify(mail().build(), production()));
    }

    @Test
    void aForgedFromSignedByTheForgersOwnDomainIsQuarantined() throws Exception {
        register(Optional.empty());
        MimeMessage forged = TestMails.parse(dkimSigned(mail().build(), "evil.test", evilDkim));
        assertQuarantinedAsForged(verify(forged, production()));
    }

    @Test
    void aForgedSignatureInTheParticipantsDomainNameWithAnotherKeyIsQuarantined() throws Exception {
        register(Optional.empty());
        MimeMessage forged = TestMails.parse(dkimSigned(mail().build(), "roosendaal.test", evilDkim));
        assertQuarantinedAsForged(verify(forged, production()));
    }

    @Test
    void aGenuineDkimSignatureOfTheFromDomainIsAcceptedAndSaysHow() throws Exception {
        register(Optional.empty());
        MimeMessage genuine = TestMails.parse(dkimSigned(mail().build(), "roosendaal.test", roosendaalDkim));
        SenderVerdict.Accepted accepted = assertInstanceOf(SenderVerdict.Accepted.class, verify(genuine, production()));
        assertEquals(SenderAuthentication.DKIM_GATEWAY, accepted.authentication());
    }

    @Test
    void aGenuineSignatureOverAlteredContentIsQuarantined() throws Exception {
        register(Optional.empty());
        String signed = new String(dkimSigned(mail().build(), "roosendaal.test", roosendaalDkim),
                StandardCharsets.ISO_8859_1);
        String altered = signed.replace("Hierbij de Veiligheidskaart.", "Hierbij de andere kaart.");
        assertTrue(!altered.equals(signed));
        assertQuarantinedAsForged(verify(TestMails.parse(altered.getBytes(StandardCharsets.ISO_8859_1)),
                production()));
    }

    @Test
    void dkimTrustedFromTheReceivingServersAuthenticationResults() throws Exception {
        register(Optional.empty());
        SenderAuthenticationPolicy fromResults = SenderAuthenticationPolicy.enforced(
                SenderAuthenticationPolicy.DkimSource.AUTHENTICATION_RESULTS);
        MimeMessage passed = mail().header("Authentication-Results",
                AUTHSERV_ID + "; dkim=pass header.d=roosendaal.test; spf=pass").build();
        assertEquals(SenderAuthentication.DKIM_AUTHENTICATION_RESULTS,
                assertInstanceOf(SenderVerdict.Accepted.class, verify(passed, fromResults)).authentication());

        MimeMessage forgedHeader = mail().header("Authentication-Results",
                "mx.forger.test; dkim=pass header.d=roosendaal.test").build();
        assertQuarantinedAsForged(verify(forgedHeader, fromResults));
        MimeMessage otherDomain = mail().header("Authentication-Results",
                AUTHSERV_ID + "; dkim=pass header.d=evil.test").build();
        assertQuarantinedAsForged(verify(otherDomain, fromResults));
    }

    // ---- S/MIME -------------------------------------------------------------------------------------------------

    @Test
    void smimeChosenAForgedFromIsNotTakenIn() throws Exception {
        register(Optional.of(registered));
        choices.put(7L, SenderAuthenticationMethod.SMIME);
        assertEquals(SenderVerdict.Kind.REFUSED, verify(mail().build(), production()).kind(), "unsigned");
        assertEquals(List.of(SenderRefusalReason.SIGNATURE_WRONG_CERTIFICATE), assertInstanceOf(
                SenderVerdict.Refused.class, verify(mail().signedBy(forger), production())).reasons(),
                "signed by the forger's own certificate for the same address");
        // a DKIM signature does not replace the S/MIME signature the beheerder chose
        MimeMessage dkimOnly = TestMails.parse(dkimSigned(mail().build(), "roosendaal.test", roosendaalDkim));
        assertTrue(verify(dkimOnly, production()).kind() != SenderVerdict.Kind.ACCEPTED);
    }

    @Test
    void smimeChosenButNoCertificateRegisteredNothingIsTakenIn() throws Exception {
        register(Optional.empty());
        choices.put(7L, SenderAuthenticationMethod.SMIME);
        MimeMessage dkimSigned = TestMails.parse(dkimSigned(mail().build(), "roosendaal.test", roosendaalDkim));
        assertQuarantinedAsForged(verify(dkimSigned, production()));
    }

    @Test
    void aGenuineSmimeSignatureIsAcceptedAndSaysHow() throws Exception {
        register(Optional.of(registered));
        choices.put(7L, SenderAuthenticationMethod.SMIME);
        assertEquals(SenderAuthentication.SMIME, assertInstanceOf(SenderVerdict.Accepted.class,
                verify(mail().signedBy(registered), production())).authentication());
        assertEquals(SenderAuthentication.SMIME, assertInstanceOf(SenderVerdict.Accepted.class,
                verify(mail().opaqueSignedBy(registered), production())).authentication());
    }

    // ---- demo mode and configuration ----------------------------------------------------------------------------

    @Test
    void theDemoTakesUnauthenticatedMailInButRecordsIt() throws Exception {
        register(Optional.empty());
        SenderVerdict.Accepted accepted = assertInstanceOf(SenderVerdict.Accepted.class,
                verify(mail().build(), SenderAuthenticationPolicy.demo()));
        assertEquals(SenderAuthentication.NONE_DEMO, accepted.authentication());
    }

    @Test
    void outsideDemoModeSenderAuthenticationCannotBeSwitchedOff() {
        Map<String, String> production = Map.of("vhk.sender-auth.required", "false");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> SenderAuthenticationSettings.read(key -> Optional.ofNullable(production.get(key))));
        assertTrue(refused.getMessage().contains("vhk.demo=true"), refused.getMessage());
        assertTrue(SenderAuthenticationSettings.read(key -> Optional.empty()).required(), "required by default");
        Map<String, String> demo = Map.of("vhk.demo", "true");
        assertTrue(!SenderAuthenticationSettings.read(key -> Optional.ofNullable(demo.get(key))).required());
        Map<String, String> resultsWithoutServer = Map.of("vhk.sender-auth.dkim-source", "authentication-results");
        assertThrows(IllegalArgumentException.class,
                () -> SenderAuthenticationSettings.read(key -> Optional.ofNullable(resultsWithoutServer.get(key))));
    }
}
