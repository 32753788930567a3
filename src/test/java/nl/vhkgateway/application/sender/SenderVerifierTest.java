package nl.vhkgateway.application.sender;

import static nl.vhkgateway.application.sender.TestMails.mail;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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
import nl.vhkgateway.infrastructure.crypto.BcSignedMailReader;
import nl.vhkgateway.infrastructure.crypto.TestCertificates;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.mail.smime.SMIMEEnvelopedGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SenderVerifierTest {

    private static final String ADDRESS = "deelnemer@roosendaal.test";
    private static final String AUTHSERV_ID = "mx.gateway.test";
    private static TestCertificates.Identity registered;
    private static TestCertificates.Identity other;

    private final Map<MailAddress, Participant> register = new HashMap<>();
    private final Instant now = Instant.now();

    @BeforeAll
    static void keys() {
        registered = TestCertificates.forAddress(ADDRESS);
        other = TestCertificates.forAddress(ADDRESS);
    }

    private Participant register(String address, boolean active, boolean organisationActive,
                                 Optional<TestCertificates.Identity> certificate) {
        Organisation organisation = new Organisation(new OrganisationId(1), new OrganisationData(
                OrganisationType.TOEGANG, "Toegang gemeente Roosendaal", Optional.of("Roosendaal"),
                MailAddress.of("toegang@roosendaal.test"), Optional.empty(), organisationActive));
        Participant participant = new Participant(new ParticipantId(register.size() + 1), new ParticipantData(
                "Deelnemer", MailAddress.of(address), organisation.id(),
                certificate.map(c -> PemCertificate.of(c.certificate())), active), organisation, false);
        register.put(participant.mailAddress(), participant);
        return participant;
    }

    private SenderVerdict verify(MimeMessage message) {
        return verify(message, AuthenticationResultsPolicy.disabled(), now);
    }

    private SenderVerdict verify(MimeMessage message, AuthenticationResultsPolicy policy, Instant receivedAt) {
        return SenderVerifier.standard(address -> Optional.ofNullable(register.get(address)), new BcSignedMailReader(),
                policy).verify(message, receivedAt);
    }

    private static List<SenderRefusalReason> refusal(SenderVerdict verdict) {
        return assertInstanceOf(SenderVerdict.Refused.class, verdict).reasons();
    }

    @Nested
    class WhoSentIt {

        @Test
        void anActiveParticipantsPlainMessageIsAcceptedAsItIs() throws Exception {
            Participant participant = register(ADDRESS, true, true, Optional.empty());
            MimeMessage message = mail().build();
            SenderVerdict.Accepted accepted = assertInstanceOf(SenderVerdict.Accepted.class, verify(message));
            assertEquals(participant, accepted.participant());
            assertSame(message, accepted.content());
            assertEquals(SignatureForm.UNSIGNED, accepted.signature());
            assertEquals(List.of(), accepted.reasonCodes());
        }

        @Test
        void theAddressIsComparedCaseInsensitively() throws Exception {
            register(ADDRESS, true, true, Optional.empty());
            assertEquals(SenderVerdict.Kind.ACCEPTED, verify(mail().from("DeelNemer@Roosendaal.TEST").build()).kind());
        }

        @Test
        void anUnregisteredSenderIsUnknownAndKeepsTheClaimedAddressForTheBeheerder() throws Exception {
            register(ADDRESS, true, true, Optional.empty());
            SenderVerdict.UnknownSender unknown = assertInstanceOf(SenderVerdict.UnknownSender.class,
                    verify(mail().from("Iemand <iemand@elders.test>").build()));
            assertEquals(UnknownSenderReason.NOT_REGISTERED, unknown.reason());
            assertEquals("iemand@elders.test", unknown.claimedAddress());
            assertEquals(List.of("NOT_REGISTERED"), unknown.reasonCodes());
        }

        @Test
        void aDisplayNameThatLooksLikeAParticipantDoesNotCount() throws Exception {
            register(ADDRESS, true, true, Optional.empty());
            SenderVerdict verdict = verify(mail().from("\"deelnemer@roosendaal.test\" <aanvaller@elders.test>").build());
            assertEquals(SenderVerdict.Kind.UNKNOWN_SENDER, verdict.kind());
        }

        @Test
        void noFromSeveralFromFieldsOrSeveralAddressesAreUnknown() throws Exception {
            register(ADDRESS, true, true, Optional.empty());
            assertUnknown(UnknownSenderReason.NO_SINGLE_FROM, mail().from(null).build());
            assertUnknown(UnknownSenderReason.NO_SINGLE_FROM, mail().header("From", "x@elders.test").build());
            assertUnknown(UnknownSenderReason.NO_SINGLE_FROM,
                    mail().from(ADDRESS + ", tweede@roosendaal.test").build());
            assertUnknown(UnknownSenderReason.NO_SINGLE_FROM, mail().from("geen adres").build());
        }

        private void assertUnknown(UnknownSenderReason reason, MimeMessage message) {
            assertEquals(reason, assertInstanceOf(SenderVerdict.UnknownSender.class, verify(message)).reason());
        }

        @Test
        void anInactiveParticipantOrOrganisationIsRefused() throws Exception {
            register(ADDRESS, false, true, Optional.empty());
            assertEquals(List.of(SenderRefusalReason.SENDER_INACTIVE), refusal(verify(mail().build())));
            register(ADDRESS, true, false, Optional.empty());
            assertEquals(List.of(SenderRefusalReason.SENDER_INACTIVE), refusal(verify(mail().build())));
        }

        @Test
        void aMessageSentOnBehalfByAnotherMailboxIsRefused() throws Exception {
            register(ADDRESS, true, true, Optional.empty());
            assertEquals(List.of(SenderRefusalReason.SENT_ON_BEHALF),
                    refusal(verify(mail().header("Sender", "secretariaat@roosendaal.test").build())));
            assertEquals(SenderVerdict.Kind.ACCEPTED,
                    verify(mail().header("Sender", "Deelnemer <DEELNEMER@roosendaal.test>").build()).kind());
        }

        @Test
        void automaticMessagesAreSetAsideBeforeAnythingElse() throws Exception {
            register(ADDRESS, true, true, Optional.empty());
            assertEquals("Auto-Submitted", assertInstanceOf(SenderVerdict.AutomatedMessage.class,
                    verify(mail().header("Auto-Submitted", "auto-replied").build())).indicator());
            assertEquals(SenderVerdict.Kind.AUTOMATED_MESSAGE,
                    verify(mail().from("mailer-daemon@elders.test").header("Return-Path", "<>").build()).kind());
            assertEquals(SenderVerdict.Kind.AUTOMATED_MESSAGE,
                    verify(mail().header("Precedence", "bulk").build()).kind());
            assertEquals(SenderVerdict.Kind.AUTOMATED_MESSAGE,
                    verify(mail().header("X-Autoreply", "yes").build()).kind());
            assertEquals(SenderVerdict.Kind.ACCEPTED, verify(mail().header("Auto-Submitted", "no").build()).kind());
            assertEquals(SenderVerdict.Kind.ACCEPTED,
                    verify(mail().header("Return-Path", "<bounces+123@mailer.roosendaal.test>").build()).kind());
        }
    }

    @Nested
    class AuthenticationResultsFromTheReceivingServer {

        private final AuthenticationResultsPolicy policy = AuthenticationResultsPolicy.trusting(AUTHSERV_ID, false);

        private SenderVerdict verifyWith(String... authenticationResults) throws Exception {
            TestMails mail = mail();
            for (String value : authenticationResults) {
                mail.header("Authentication-Results", value);
            }
            return verify(mail.build(), policy, now);
        }

        @Test
        void passingResultsAreAccepted() throws Exception {
            register(ADDRESS, true, true, Optional.empty());
            assertEquals(SenderVerdict.Kind.ACCEPTED, verifyWith("mx.gateway.test; dkim=pass header.d=roosendaal.test;"
                    + " spf=pass smtp.mailfrom=roosendaal.test; dmarc=pass header.from=roosendaal.test").kind());
        }

        @Test
        void failuresReportedByTheReceivingServerAreRefusedAllAtOnce() throws Exception {
            register(ADDRESS, true, true, Optional.empty());
            assertEquals(List.of(SenderRefusalReason.DMARC_FAILED, SenderRefusalReason.SPF_FAILED,
                            SenderRefusalReason.DKIM_FAILED),
                    refusal(verifyWith("MX.Gateway.Test 1;\r\n\tdkim=fail (body hash did not verify)"
                            + " header.d=roosendaal.test header.s=sel1;\r\n spf=fail smtp.mailfrom=roosendaal.test;"
                            + " dmarc=fail (p=reject dis=none) header.from=roosendaal.test")));
            assertEquals(List.of(SenderRefusalReason.DMARC_FAILED), refusal(verifyWith(
                    "mx.gateway.test; dmarc=permerror header.from=roosendaal.test")));
            assertEquals(List.of(SenderRefusalReason.SPF_FAILED), refusal(verifyWith(
                    "mx.gateway.test; spf=pass smtp.mailfrom=roosendaal.test", "mx.gateway.test; spf=fail")));
        }

        @Test
        void headersOfOtherServersAreIgnored() throws Exception {
            register(ADDRESS, true, true, Optional.empty());
            assertEquals(SenderVerdict.Kind.ACCEPTED, verifyWith(
                    "mx.elders.test; dmarc=fail header.from=roosendaal.test; spf=fail; dkim=fail").kind());
        }

        @Test
        void spfSoftfailAndNeutralResultsAreNoRefusal() throws Exception {
            register(ADDRESS, true, true, Optional.empty());
            assertEquals(SenderVerdict.Kind.ACCEPTED, verifyWith("mx.gateway.test; spf=softfail smtp.mailfrom=x;"
                    + " dkim=temperror; dmarc=none; arc=fail").kind());
        }

        @Test
        void aFailingSignatureOfAnUnrelatedDomainIsIgnoredButOneOfTheFromDomainRefuses() throws Exception {
            register(ADDRESS, true, true, Optional.empty());
            assertEquals(SenderVerdict.Kind.ACCEPTED, verifyWith(
                    "mx.gateway.test; dkim=fail header.d=forwarder.example; dkim=pass header.d=roosendaal.test").kind());
            assertEquals(List.of(SenderRefusalReason.DKIM_FAILED), refusal(verifyWith(
                    "mx.gateway.test; dkim=fail header.d=mail.roosendaal.test; dkim=pass header.d=forwarder.example")));
            assertEquals(List.of(SenderRefusalReason.DKIM_FAILED), refusal(verifyWith(
                    "mx.gateway.test; dkim=permerror (no key)")));
        }

        @Test
        void aMissingHeaderIsRefusedOnlyWhenRequired() throws Exception {
            register(ADDRESS, true, true, Optional.empty());
            assertEquals(SenderVerdict.Kind.ACCEPTED, verify(mail().build(), policy, now).kind());
            assertEquals(List.of(SenderRefusalReason.AUTHENTICATION_RESULTS_MISSING), refusal(verify(
                    mail().header("Authentication-Results", "mx.elders.test; dmarc=pass").build(),
                    AuthenticationResultsPolicy.trusting(AUTHSERV_ID, true), now)));
        }
    }

    @Nested
    class SmimeSignatures {

        @Test
        void aClearSignedMessageWithTheRegisteredCertificateIsAcceptedWithItsSignedContent() throws Exception {
            register(ADDRESS, true, true, Optional.of(registered));
            byte[] card = "PK\u0003\u0004 card".getBytes(StandardCharsets.ISO_8859_1);
            SenderVerdict.Accepted accepted = assertInstanceOf(SenderVerdict.Accepted.class,
                    verify(mail().card(card).signedBy(registered)));
            assertEquals(SignatureForm.DETACHED, accepted.signature());
            assertContentHoldsCard(accepted.content(), card);
        }

        @Test
        void anOpaqueSignedMessageIsAcceptedAndItsCardUnwrappedForScreening() throws Exception {
            register(ADDRESS, true, true, Optional.of(registered));
            byte[] card = "PK\u0003\u0004 opaque card".getBytes(StandardCharsets.ISO_8859_1);
            MimeMessage message = mail().card(card).opaqueSignedBy(registered);
            assertTrue(message.getContentType().startsWith("application/pkcs7-mime"), message.getContentType());
            SenderVerdict.Accepted accepted = assertInstanceOf(SenderVerdict.Accepted.class, verify(message));
            assertEquals(SignatureForm.OPAQUE, accepted.signature());
            assertContentHoldsCard(accepted.content(), card);
        }

        @Test
        void aParticipantWithoutCertificateMayStillSignAndTheContentIsUnwrapped() throws Exception {
            register(ADDRESS, true, true, Optional.empty());
            byte[] card = "PK\u0003\u0004 card".getBytes(StandardCharsets.ISO_8859_1);
            SenderVerdict.Accepted accepted = assertInstanceOf(SenderVerdict.Accepted.class,
                    verify(mail().card(card).opaqueSignedBy(other)));
            assertContentHoldsCard(accepted.content(), card);
        }

        @Test
        void anUnsignedMessageIsRefusedWhenACertificateIsRegistered() throws Exception {
            register(ADDRESS, true, true, Optional.of(registered));
            assertEquals(List.of(SenderRefusalReason.SIGNATURE_MISSING), refusal(verify(mail().build())));
        }

        @Test
        void aDamagedSignatureStructureIsRefusedWhenACertificateIsRegistered() throws Exception {
            register(ADDRESS, true, true, Optional.of(registered));
            MimeMessage received = TestMails.parse(("From: " + ADDRESS + "\r\nSubject: kaart\r\nMIME-Version: 1.0\r\n"
                    + "Content-Type: application/pkcs7-mime; smime-type=signed-data; name=smime.p7m\r\n"
                    + "Content-Transfer-Encoding: base64\r\n\r\nbm90IGEgc2lnbmF0dXJl\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            assertEquals(List.of(SenderRefusalReason.SIGNATURE_INVALID), refusal(verify(received)));
        }

        @Test
        void aSignatureByAnotherCertificateIsRefused() throws Exception {
            register(ADDRESS, true, true, Optional.of(registered));
            assertEquals(List.of(SenderRefusalReason.SIGNATURE_WRONG_CERTIFICATE),
                    refusal(verify(mail().signedBy(other))));
            assertEquals(List.of(SenderRefusalReason.SIGNATURE_WRONG_CERTIFICATE),
                    refusal(verify(mail().opaqueSignedBy(other))));
        }

        @Test
        void alteredContentIsRefused() throws Exception {
            register(ADDRESS, true, true, Optional.of(registered));
            MimeMessage signed = mail().body("Hierbij de kaart voor dinsdag.\r\n").signedBy(registered);
            String raw = new String(TestMails.bytes(signed), StandardCharsets.ISO_8859_1);
            assertTrue(raw.contains("dinsdag"));
            MimeMessage tampered = TestMails.parse(raw.replace("dinsdag", "donderdag")
                    .getBytes(StandardCharsets.ISO_8859_1));
            assertEquals(List.of(SenderRefusalReason.SIGNATURE_INVALID), refusal(verify(tampered)));
        }

        @Test
        void alteredContentInsideAnOpaqueSignatureIsRefused() throws Exception {
            register(ADDRESS, true, true, Optional.of(registered));
            MimeMessage signed = mail().body("Hierbij de kaart voor dinsdag.\r\n").opaqueSignedBy(registered);
            byte[] der = signed.getInputStream().readAllBytes(); // the CMS SignedData, base64 decoded
            String latin = new String(der, StandardCharsets.ISO_8859_1);
            assertTrue(latin.contains("dinsdag"), "the encapsulated content is in the signature");
            byte[] altered = latin.replace("dinsdag", "zondag!").getBytes(StandardCharsets.ISO_8859_1);
            MimeMessage tampered = new MimeMessage(signed);
            tampered.setContent(altered, signed.getContentType());
            tampered.setHeader("Content-Transfer-Encoding", "base64");
            tampered.saveChanges();
            tampered = TestMails.parse(TestMails.bytes(tampered));
            assertEquals(List.of(SenderRefusalReason.SIGNATURE_INVALID), refusal(verify(tampered)));
        }

        @Test
        void aDamagedCertificateListInsideTheSignatureDoesNotMatterBecauseTheRegisteredOneIsUsed() throws Exception {
            register(ADDRESS, true, true, Optional.of(registered));
            MimeMessage signed = mail().opaqueSignedBy(registered);
            byte[] der = signed.getInputStream().readAllBytes();
            byte[] embedded = registered.certificate().getEncoded();
            int at = indexOf(der, java.util.Arrays.copyOfRange(embedded, embedded.length - 40, embedded.length));
            assertTrue(at > 0, "the signer's certificate is carried in the signature");
            der[at + 10] ^= 0x01; // corrupt the carried certificate's signature bytes
            MimeMessage tampered = new MimeMessage(signed);
            tampered.setContent(der, signed.getContentType());
            tampered.setHeader("Content-Transfer-Encoding", "base64");
            tampered.saveChanges();
            assertEquals(SenderVerdict.Kind.ACCEPTED, verify(TestMails.parse(TestMails.bytes(tampered))).kind());
        }

        private static int indexOf(byte[] haystack, byte[] needle) {
            outer:
            for (int i = 0; i <= haystack.length - needle.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (haystack[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }

        @Test
        void theRegisteredCertificateMustBeValidAtReceipt() throws Exception {
            Instant start = now.minus(Duration.ofDays(10));
            TestCertificates.Identity shortLived = TestCertificates.create(ADDRESS, start, now.plus(Duration.ofDays(1)),
                    KeyUsage.digitalSignature);
            register(ADDRESS, true, true, Optional.of(shortLived));
            MimeMessage message = mail().signedBy(shortLived);
            assertEquals(SenderVerdict.Kind.ACCEPTED, verify(message, AuthenticationResultsPolicy.disabled(), now).kind());
            assertEquals(List.of(SenderRefusalReason.CERTIFICATE_NOT_VALID), refusal(verify(message,
                    AuthenticationResultsPolicy.disabled(), now.plus(Duration.ofDays(2)))));
        }

        @Test
        void anEncryptedMessageIsRefusedForEveryoneBecauseItCannotBeScreened() throws Exception {
            register(ADDRESS, true, true, Optional.empty());
            jakarta.mail.internet.MimeBodyPart plain = new jakarta.mail.internet.MimeBodyPart();
            plain.setText("Veiligheidskaart", "UTF-8");
            SMIMEEnvelopedGenerator generator = new SMIMEEnvelopedGenerator();
            generator.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(other.certificate()));
            var encrypted = generator.generate(plain, new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_CBC).build());
            MimeMessage message = new MimeMessage(TestMails.SESSION);
            message.setFrom(ADDRESS);
            message.setContent(encrypted.getContent(), encrypted.getContentType());
            message.setHeader("Content-Transfer-Encoding", "base64");
            message.saveChanges();
            MimeMessage received = TestMails.parse(TestMails.bytes(message));
            assertEquals(List.of(SenderRefusalReason.MESSAGE_ENCRYPTED), refusal(verify(received)));
        }

        private void assertContentHoldsCard(MimeMessage content, byte[] card) throws Exception {
            assertEquals("Veiligheidskaart inbreng", content.getSubject(), "original headers kept");
            assertEquals(ADDRESS, ((jakarta.mail.internet.InternetAddress) content.getFrom()[0]).getAddress());
            assertTrue(content.isMimeType("multipart/mixed"), content.getContentType());
            MimeMultipart parts = (MimeMultipart) content.getContent();
            BodyPart attachment = parts.getBodyPart(1);
            assertEquals("Veiligheidskaart.docx", attachment.getFileName());
            assertEquals(Part.ATTACHMENT, attachment.getDisposition());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            attachment.getDataHandler().writeTo(bytes);
            assertArrayEquals(card, bytes.toByteArray());
        }
    }
}
