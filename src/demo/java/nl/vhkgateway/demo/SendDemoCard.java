package nl.vhkgateway.demo;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * The "send a demo card" command ({@code mvn -q -Pdemo-send}): mails a Veiligheidskaart (.docx) as a vaste deelnemer
 * to the running demo's intake mailbox over SMTP 127.0.0.1:3025, then watches the voorzitter's IMAP inbox and says
 * when the card has arrived. The card is {@code -Dcard=<file>}, else {@code docs/demo/voorbeeld-veiligheidskaart.docx}
 * when present, else a generated clean card ({@link DemoCard}). The sender is {@code -Dfrom=<address>} (default
 * {@code deelnemer@roosendaal.test}).
 *
 * <p>Not thread-safe (a program).
 */
public final class SendDemoCard {

    static final String HOST = "127.0.0.1";
    static final String INTAKE = "veiligheidsteam@gateway.test";
    static final String VOORZITTER = "voorzitter@vht.test";
    static final Path EXAMPLE_CARD = Path.of("docs", "demo", "voorbeeld-veiligheidskaart.docx");
    static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private SendDemoCard() {
    }

    public static void main(String[] args) throws Exception {
        String cardOption = args.length > 0 ? args[0] : System.getProperty("vhk.demo.card", "");
        String from = System.getProperty("vhk.demo.from", "deelnemer@roosendaal.test");
        DemoAccounts accounts = DemoAccounts.load(DemoAccounts.DEFAULT_FILE);

        byte[] card;
        String source;
        if (!cardOption.isBlank()) {
            card = Files.readAllBytes(Path.of(cardOption));
            source = cardOption;
        } else if (Files.isRegularFile(EXAMPLE_CARD)) {
            card = Files.readAllBytes(EXAMPLE_CARD);
            source = EXAMPLE_CARD.toString();
        } else {
            card = DemoCard.create();
            source = "generated demo card";
        }

        int before = inboxCount(VOORZITTER, accounts.password(VOORZITTER));
        String senderPassword = accounts.passwords().getOrDefault(from, "demo");
        int answersBefore = answers(from, senderPassword).size();
        MimeMessage message = cardMessage(Session.getInstance(smtpProperties()), from, INTAKE, card,
                "veiligheidskaart.docx");
        Transport.send(message, from, senderPassword);
        System.out.println("Sent " + source + " (" + card.length + " bytes) from " + from + " to " + INTAKE
                + ", Message-ID " + message.getMessageID());
        System.out.println("Waiting for it in the IMAP inbox of " + VOORZITTER + " (127.0.0.1:3143, password demo) ...");

        long start = System.nanoTime();
        long deadline = start + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (inboxCount(VOORZITTER, accounts.password(VOORZITTER)) > before) {
                System.out.printf("Arrived at %s after %.1f s.%n", VOORZITTER, (System.nanoTime() - start) / 1e9);
                printAnswer(from, senderPassword, answersBefore, deadline);
                return;
            }
            List<ImapInbox.MailSummary> answers = answers(from, senderPassword);
            if (answers.size() > answersBefore && answers.get(answers.size() - 1).subject().startsWith("Niet doorgestuurd")) {
                System.out.printf("Refused after %.1f s: nothing went to %s; %s got \"%s\" (read it over IMAP).%n",
                        (System.nanoTime() - start) / 1e9, VOORZITTER, from, answers.get(answers.size() - 1).subject());
                System.exit(3);
            }
            Thread.sleep(250);
        }
        System.out.println("Not in the voorzitter's inbox after " + WAIT.toSeconds() + " s. A refused card gets an "
                + "answer in the sender's inbox (" + from + "); see also run/logs/payara.log.");
        System.exit(2);
    }

    /** @return a message as a vaste deelnemer would send it: a short Dutch text and the card as attachment */
    public static MimeMessage cardMessage(Session session, String from, String to, byte[] docx, String fileName)
            throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject("Veiligheidskaart ter bespreking", "UTF-8");
        message.setSentDate(new Date());

        MimeBodyPart text = new MimeBodyPart();
        text.setText("Beste VeiligheidsTeam,\n\nHierbij de veiligheidskaart ter bespreking.\n\n"
                + "Met vriendelijke groet,\nVaste deelnemer\n", "UTF-8");
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(docx, DOCX_TYPE)));
        attachment.setFileName(fileName);
        attachment.setDisposition(MimeBodyPart.ATTACHMENT);

        MimeMultipart multipart = new MimeMultipart();
        multipart.addBodyPart(text);
        multipart.addBodyPart(attachment);
        message.setContent(multipart);
        message.saveChanges();
        return message;
    }

    private static Properties smtpProperties() {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", HOST);
        properties.setProperty("mail.smtp.port", Integer.toString(GreenMailDemoServer.DEMO_SMTP_PORT));
        properties.setProperty("mail.smtp.auth", "true");
        properties.setProperty("mail.smtp.connectiontimeout", "5000");
        properties.setProperty("mail.smtp.timeout", "5000");
        return properties;
    }

    /** Prints the answer the sender got (the receipt), waiting for it a little. */
    private static void printAnswer(String from, String password, int before, long deadline)
            throws InterruptedException {
        while (System.nanoTime() < deadline) {
            List<ImapInbox.MailSummary> answers = answers(from, password);
            if (answers.size() > before) {
                System.out.println(from + " got \"" + answers.get(answers.size() - 1).subject() + "\".");
                return;
            }
            Thread.sleep(250);
        }
    }

    /** The sender's inbox; empty when the sender has no mailbox on the demo server (e.g. an unknown sender). */
    private static List<ImapInbox.MailSummary> answers(String address, String password) {
        try {
            return new ImapInbox(HOST, GreenMailDemoServer.DEMO_IMAP_PORT, address, password).messages("INBOX");
        } catch (MessagingException | IOException e) {
            return List.of();
        }
    }

    private static int inboxCount(String address, String password) throws MessagingException, IOException {
        return new ImapInbox(HOST, GreenMailDemoServer.DEMO_IMAP_PORT, address, password).messages("INBOX").size();
    }
}
