package nl.vhkgateway.application.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.Verdict;
import nl.vhkgateway.infrastructure.config.ScreeningServices;
import nl.vhkgateway.testsupport.corpus.CorpusGenerator;
import nl.vhkgateway.testsupport.corpus.CorpusItem;
import nl.vhkgateway.testsupport.corpus.MailWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Mail screening beyond the corpus: nesting and size bounds, opaque S/MIME, the sanitised copy of a clean mail. */
class MailScreeningServiceTest {

    private static final CorpusGenerator CORPUS = new CorpusGenerator(5);
    private static CardScreeningService cards;
    private static MailScreeningService mails;

    @BeforeAll
    static void start() {
        cards = ScreeningServices.cardScreening();
        mails = new MailScreeningService(cards);
    }

    @AfterAll
    static void stop() {
        cards.close();
    }

    @Test
    void aCleanMailIsAcceptedWithTheCardsReportAndCopy() {
        CorpusItem card = CORPUS.cleanCard(1);
        Map<Section, String> values = CORPUS.cleanValues(1);
        MailScreeningReport report = mails.screen(MailWriter.clean(card.content(), values, new Random(1),
                MailWriter.Shape.PLAIN));
        assertEquals(Verdict.ACCEPT, report.verdict(), report::toString);
        assertTrue(report.sanitisedCopy().isPresent());
        assertTrue(report.facts().isPresent());
    }

    @Test
    void forwardedMessagesAreFollowedOnlyToABoundedDepth() throws Exception {
        Session session = Session.getInstance(new Properties());
        MimeMessage innermost = new MimeMessage(session);
        innermost.setSubject("binnenste");
        innermost.setText("tekst");
        MimeMessage current = innermost;
        for (int depth = 0; depth < MailScreeningService.MAX_DEPTH + 2; depth++) {
            MimeMessage outer = new MimeMessage(session);
            outer.setSubject("laag " + depth);
            MimeBodyPart forwarded = new MimeBodyPart();
            current.saveChanges();
            forwarded.setContent(current, "message/rfc822");
            outer.setContent(new MimeMultipart(forwarded));
            current = outer;
        }
        current.saveChanges();
        MailScreeningReport report = mails.screen(bytes(current));
        assertEquals(Verdict.INVALID, report.verdict());
        assertTrue(report.mailFindings().stream().anyMatch(f -> f.category() == Category.MALFORMED_MAIL
                && f.maskedExcerpt().contains("te diep")), report::toString);
    }

    @Test
    void opaqueSmimeCannotBeScreenedAndIsRefused() throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setSubject("Veiligheidskaart");
        message.setContent(new byte[] {1, 2, 3}, "application/pkcs7-mime; smime-type=enveloped-data");
        message.saveChanges();
        MailScreeningReport report = mails.screen(bytes(message));
        assertEquals(Verdict.INVALID, report.verdict());
        assertTrue(report.mailFindings().stream().anyMatch(f -> f.category() == Category.MALFORMED_MAIL));
    }

    @Test
    void aMailOverTheLimitIsNotParsed() {
        MailScreeningReport report = mails.screen(new byte[(int) mails.maxMailBytes() + 1]);
        assertEquals(Verdict.INVALID, report.verdict());
        assertEquals(DocumentPart.MAIL, report.mailFindings().get(0).location().documentPart());
    }

    @Test
    void theSendersSignatureNamedOnTheCoverIsNotPersonalData() {
        CorpusItem card = CORPUS.cleanCard(2);
        Map<Section, String> values = CORPUS.cleanValues(2);
        for (MailWriter.Shape shape : MailWriter.Shape.values()) {
            MailScreeningReport report = mails.screen(MailWriter.clean(card.content(), values, new Random(2), shape));
            assertEquals(Verdict.ACCEPT, report.verdict(), () -> shape + " " + report.findings());
        }
    }

    @Test
    void familyDetailsInTheSignatureBlockOrASignatureOfSomeoneElseAreStillFound() throws Exception {
        CorpusItem card = CORPUS.cleanCard(2);
        Map<Section, String> values = CORPUS.cleanValues(2);
        String signer = values.get(Section.VASTE_DEELNEMER).split(",")[0];
        for (String signature : java.util.List.of(
                "Met vriendelijke groet,\n" + signer + "\nMoeder is bereikbaar op 06-29817364",
                "Met vriendelijke groet,\nKees Verhoeven\nT 06-29817364")) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
            message.setSubject("Veiligheidskaart");
            MimeBodyPart text = new MimeBodyPart();
            text.setText("Beste voorzitter,\n\nHierbij de kaart.\n\n" + signature, "UTF-8");
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setContent(card.content(), MailWriter.DOCX_TYPE);
            attachment.setFileName("Veiligheidskaart.docx");
            message.setContent(new MimeMultipart(text, attachment));
            message.saveChanges();
            MailScreeningReport report = mails.screen(bytes(message));
            assertEquals(Verdict.REJECT, report.verdict(), signature);
            assertTrue(report.mailFindings().stream().anyMatch(f -> f.category() == Category.PHONE), signature);
        }
    }

    /**
     * Round 14 (r14-cards): a quoted message's header lines name the card's own professionals with their work address
     * ("Van: Dekker, Marloes <m.dekker@...>"): accepted; a family member's address, a second address on the line, a
     * free-mail address or an address without the professional's surname in a header line stays refused.
     */
    @Test
    void aProfessionalsOwnAddressInAQuotedHeaderLineIsNotPersonalData() throws Exception {
        CorpusItem card = CORPUS.cleanCard(2);
        Map<Section, String> values = CORPUS.cleanValues(2);
        String signer = values.get(Section.VASTE_DEELNEMER).split(",")[0].strip();
        String surname = signer.substring(signer.lastIndexOf(' ') + 1);
        String own = Character.toLowerCase(signer.charAt(0)) + "." + surname.toLowerCase(java.util.Locale.ROOT)
                + "@veiligheidsteam-regio.nl";
        String quoted = "\n\n-----Oorspronkelijk bericht-----\n";
        for (String header : java.util.List.of(
                "Van: " + surname + ", " + signer.split(" ")[0] + " <" + own + ">\nVerzonden: maandag 2 november 2026",
                "Op 2 nov. 2026 om 10:12 schreef " + signer + " <" + own + ">:",
                "Aan: " + signer + " <" + own + ">\nCC: Veiligheidsteam")) {
            MailScreeningReport report = mails.screen(mailWithBody(card, "Beste voorzitter,\n\nHierbij de kaart."
                    + quoted + header + "\n\nKun je de kaart sturen?"));
            assertEquals(Verdict.ACCEPT, report.verdict(), () -> header + " " + report.findings());
        }
        for (String header : java.util.List.of(
                "Van: moeder <sanne.visser81@gmail.com>",
                "Aan: " + signer + " <" + own + ">; piet.visser@wonen-regio.nl",
                "Van: " + signer + " <" + surname.toLowerCase(java.util.Locale.ROOT) + "1977@hotmail.com>",
                "Van: " + signer + " <fam.visser@wonen-regio.nl>",
                "CC: vader <" + surname.toLowerCase(java.util.Locale.ROOT) + ".p@wonen-regio.nl>")) {
            MailScreeningReport report = mails.screen(mailWithBody(card, "Beste voorzitter,\n\nHierbij de kaart."
                    + quoted + header + "\n\nKun je de kaart sturen?"));
            assertEquals(Verdict.REJECT, report.verdict(), header);
            assertTrue(report.mailFindings().stream().anyMatch(f -> f.category() == Category.EMAIL), header);
        }
    }

    /**
     * Round 20 (t20-cards): the attachment's file name is screened on the mail path with underscores read as spaces. A
     * surname, or a given name and a surname, between underscores is refused wherever it stands ("VHK_Jansen_01122026",
     * "veiligheidskaart_Sanne_Jansen"); a place of the lists, an organisation or the youth's initial with the birth year
     * in the same slots is accepted.
     */
    @Test
    void aNameBetweenUnderscoresInTheAttachmentsNameIsRefusedAPlaceOrInitialIsNot() throws Exception {
        CorpusItem card = CORPUS.cleanCard(2);
        for (String name : java.util.List.of("VHK_Purmerend_01122026.docx", "VHK_J2012_01122026.docx",
                "veiligheidskaart_Purmerend_J2012.docx", "VHK_Purmerend_J2012_20261201.docx",
                "veiligheidskaart_T_2014.docx", "VHK_De_Bilt_J2012.docx", "VHK_Den_Helder_01122026.docx",
                "Factuur_Bouwbedrijf_Bakker.docx", "Omgangsregeling_van_de_Zomer_2026.docx")) {
            MailScreeningReport report = mails.screen(mailWithAttachmentName(card, name));
            assertEquals(Verdict.ACCEPT, report.verdict(), () -> name + " " + report.findings());
        }
        for (String name : java.util.List.of("VHK_Jansen_01122026.docx", "VHK_Okonkwo_01122026.docx",
                "VHK_Mulder_J2012_01122026.docx", "veiligheidskaart_Sanne_Jansen.docx", "VHK_de_Vries_J2012.docx",
                "Veiligheidskaart_De_Jong_01122026.docx", "Bijlage_bij_kaart_Dekker_J2012.docx",
                "veiligheidskaart_Daan_Mulder.docx", "VHK_fam_Bakker_01122026.docx", "VHK_Purmerend_Jansen_01122026.docx")) {
            MailScreeningReport report = mails.screen(mailWithAttachmentName(card, name));
            assertEquals(Verdict.REJECT, report.verdict(), name);
            assertTrue(report.mailFindings().stream().anyMatch(f -> f.category() == Category.PERSON_NAME
                    && f.location().documentPart() == DocumentPart.ATTACHMENT_NAME), () -> name + " " + report.findings());
        }
    }

    private static byte[] mailWithAttachmentName(CorpusItem card, String fileName) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setSubject("Veiligheidskaart");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Beste voorzitter,\n\nHierbij de kaart.", "UTF-8");
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setContent(card.content(), MailWriter.DOCX_TYPE);
        attachment.setFileName(fileName);
        message.setContent(new MimeMultipart(text, attachment));
        message.saveChanges();
        return bytes(message);
    }

    private static byte[] mailWithBody(CorpusItem card, String body) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setSubject("Veiligheidskaart");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body, "UTF-8");
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setContent(card.content(), MailWriter.DOCX_TYPE);
        attachment.setFileName("Veiligheidskaart.docx");
        message.setContent(new MimeMultipart(text, attachment));
        message.saveChanges();
        return bytes(message);
    }

    private static byte[] bytes(MimeMessage message) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }
}
