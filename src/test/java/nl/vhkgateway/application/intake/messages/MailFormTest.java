package nl.vhkgateway.application.intake.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.activation.DataHandler;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import nl.vhkgateway.application.sender.SenderRefusalReason;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.Location;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.Finding;
import nl.vhkgateway.domain.screening.Masker;
import nl.vhkgateway.domain.screening.ScreeningReport;
import nl.vhkgateway.domain.screening.Verdict;
import nl.vhkgateway.domain.submission.SubmissionNumber;
import org.junit.jupiter.api.Test;

/**
 * How the gateway's texts look to a mail client: unwrapped plain text, a simple escaped HTML part with the same
 * content, and receipts and refusals that name the mail they answer without echoing personal data.
 */
class MailFormTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-25T16:40:00Z");
    /** Sent at 17:38 Amsterdam time (CET, UTC+1). */
    private static final Instant SENT = Instant.parse("2026-11-25T16:38:00Z");

    @Test
    void theReceiptNamesSubjectFileAndSendTimeOfTheMailItAnswers() throws Exception {
        MimeMessage mail = mail("Kaart <casus> voor bespreking", "kaart-roosendaal.docx");
        MailText receipt = new Receipt(new SubmissionNumber(2026, 42), MessageFixtures.roosendaal(), RECEIVED,
                LocalDate.of(2026, 12, 3), false, Optional.of(MailAddress.of("beheer@gateway.test")),
                Optional.of(AnsweredMail.screened(mail, List.of()))).toMail();

        assertTrue(receipt.text().contains("Onderwerp: \"Kaart <casus> voor bespreking\"\n"), receipt.text());
        assertTrue(receipt.text().contains("Bijlage: kaart-roosendaal.docx\n"), receipt.text());
        assertTrue(receipt.text().contains("Verstuurd op: woensdag 25 november 2026 om 17:38\n"), receipt.text());
        assertTrue(receipt.html().contains("&quot;Kaart &lt;casus&gt; voor bespreking&quot;"), "escaped in HTML");
        assertFalse(receipt.html().contains("<casus>"));
    }

    @Test
    void aSubjectOrFileNameWithPersonalDataIsMaskedNeverEchoed() throws Exception {
        MimeMessage mail = mail("Kaart Sanne Jansen", "Sanne_Jansen_2011.docx");
        List<Finding> findings = List.of(
                new Finding(Category.PERSON_NAME, Location.of(DocumentPart.MAIL_SUBJECT, ""), Masker.mask("Sanne Jansen"),
                        "test"),
                new Finding(Category.PERSON_NAME, Location.of(DocumentPart.ATTACHMENT_NAME, ""),
                        Masker.mask("Sanne Jansen"), "test"));
        ScreeningReport report = new ScreeningReport(Verdict.REJECT, findings, List.of(), List.of(), Optional.empty(),
                Optional.empty());
        MailText refusal = Refusal.ofScreening(MessageFixtures.roosendaal(), RECEIVED, report,
                Optional.of("inzending 7"), AnsweredMail.screened(mail, findings)).toMail();

        for (String body : List.of(refusal.text(), refusal.html())) {
            assertFalse(body.contains("Sanne"), body);
            assertFalse(body.contains("Jansen"), body);
        }
        assertTrue(refusal.text().contains("Onderwerp: \"" + Masker.mask("Kaart Sanne Jansen") + "\""), refusal.text());
        assertTrue(refusal.text().contains("Bijlage: " + Masker.mask("Sanne_Jansen_2011") + ".docx"), refusal.text());
        assertTrue(refusal.text().contains("Verstuurd op: woensdag 25 november 2026 om 17:38"), refusal.text());
        assertTrue(refusal.text().contains("onleesbaar gemaakt"), refusal.text());
    }

    @Test
    void aCleanSubjectIsNamedEvenWhenTheCardItselfHeldPersonalData() throws Exception {
        MimeMessage mail = mail("Veiligheidskaart ter bespreking", "kaart.docx");
        List<Finding> inCard = List.of(new Finding(Category.PHONE, Location.of(DocumentPart.HEADER, ""),
                Masker.mask("06-12345678"), "test"));

        AnsweredMail answered = AnsweredMail.screened(mail, inCard);
        assertEquals("Veiligheidskaart ter bespreking", answered.subject());
        assertEquals(List.of("kaart.docx"), answered.fileNames());
        assertFalse(answered.masked());
    }

    @Test
    void aMailRefusedOnItsSenderWasNotScreenedSoItsSubjectAndFileNamesAreMasked() throws Exception {
        MimeMessage mail = mail("Kaart Sanne Jansen", "Jansen.docx");
        MailText refusal = Refusal.ofSender(MessageFixtures.roosendaal(), RECEIVED,
                List.of(SenderRefusalReason.DKIM_FAILED), Optional.empty(), AnsweredMail.unscreened(mail)).toMail();

        assertFalse(refusal.text().contains("Jansen"), refusal.text());
        assertFalse(refusal.html().contains("Jansen"), refusal.html());
        assertTrue(refusal.text().contains("Onderwerp: \"K**** S**** J*****\""), refusal.text());
    }

    @Test
    void paragraphsAreNotHardWrappedSoMailClientsWrapThemToTheWindow() {
        MailText receipt = new Receipt(new SubmissionNumber(2026, 42), MessageFixtures.roosendaal(), RECEIVED,
                LocalDate.of(2026, 12, 3), true, Optional.empty()).toMail();

        String sentence = "De voorzitter neemt contact op met u en de inbrenger om de bespreking in te plannen. De"
                + " datum hierboven is de vroegst mogelijke; de voorzitter bevestigt de definitieve datum.";
        assertTrue(Arrays.asList(receipt.text().split("\n")).contains("2. " + sentence), receipt.text());
        assertTrue(receipt.html().contains("<ol>\n<li>De voorzitter van het VeiligheidsTeam heeft de kaart"
                + " ontvangen."), receipt.html());
        assertTrue(receipt.html().contains("<li>" + sentence), receipt.html());
    }

    @Test
    void theHtmlIsASimpleAccessibleDocumentWithNothingExternalAndTheSameContent() {
        ScreeningReport report = new ScreeningReport(Verdict.REJECT, List.of(
                new Finding(Category.PERSON_NAME, Location.inSection(DocumentPart.COMMENT, Section.ONVEILIGHEID,
                        "opmerking 2"), Masker.mask("Sanne Jansen"), "test")),
                List.of(Section.VRAAG_AAN_VHT), List.of(), Optional.empty(), Optional.empty());
        MailText refusal = Refusal.ofScreening(MessageFixtures.roosendaal(), RECEIVED, report,
                Optional.of("inzending 7")).toMail();
        String html = refusal.html();

        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"nl\">"), html);
        assertTrue(html.contains("<title>" + Html.escape(refusal.subject()) + "</title>"), html);
        assertTrue(html.contains("<h2 style=\"font-size:1.1em\">Persoonsgegevens gevonden (1)</h2>"), html);
        assertTrue(html.contains("<ul>\n<li>Naam van een persoon (1x)<br>\n<strong>Oplossen:</strong> "), html);
        assertTrue(html.contains("<ul>\n<li>&quot;S**** J*****&quot; in een opmerking"), html);
        for (String external : List.of("src=", "href=", "http:", "https:", "<img", "<script", "<link", "url(")) {
            assertFalse(html.contains(external), external);
        }
        // every word of the plain text is in the HTML too
        String htmlText = html.replaceAll("<[^>]+>", " ").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replaceAll("\\s+", " ");
        for (String word : refusal.text().replaceAll("[-=]{3,}", " ").split("\\s+")) {
            assertTrue(word.isEmpty() || word.equals("--") || word.equals("-") || word.equals("*")
                    || htmlText.contains(word), () -> "missing in HTML: " + word);
        }
    }

    @Test
    void aTextWithoutLayoutGetsAnHtmlPartToo() {
        MailText text = new MailText("Overdracht <verstuurd>", "Beste collega,\n\nRegel een & twee\n- punt 1\n- punt 2\n"
                + "\n-- \nHandtekening");
        assertTrue(text.html().contains("<p>Beste collega,</p>"), text.html());
        assertTrue(text.html().contains("<p>Regel een &amp; twee</p>\n<ul>\n<li>punt 1</li>\n<li>punt 2</li>\n</ul>"),
                text.html());
        assertTrue(text.html().contains("<hr>\n<p>Handtekening</p>"), text.html());
        assertTrue(text.html().contains("<title>Overdracht &lt;verstuurd&gt;</title>"), text.html());
    }

    private static MimeMessage mail(String subject, String fileName) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("deelnemer@roosendaal.test"));
        message.setSubject(subject, "UTF-8");
        message.setSentDate(Date.from(SENT));
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Hierbij de kaart.", "UTF-8");
        MimeBodyPart card = new MimeBodyPart();
        card.setDataHandler(new DataHandler(new ByteArrayDataSource(new byte[] {1, 2}, "application/octet-stream")));
        card.setFileName(fileName);
        message.setContent(new MimeMultipart(text, card));
        message.saveChanges();
        return message;
    }
}
