package nl.vhkgateway.demo;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;

/**
 * The "send a demo card" command ({@code mvn -q -Pdemo-send}): mails a Veiligheidskaart (.docx) as a vaste deelnemer
 * to the running demo's intake mailbox over SMTP 127.0.0.1:3025 and waits for the gateway's answer to <em>that</em>
 * message ({@link DemoSender}: found by In-Reply-To, headers only): accepted with its VHT number and the mailbox the
 * card arrived at (exit code 0), refused with the reasons (exit code 3), or no answer within 30 s (exit code 2). The card is {@code -Dcard=<file>}, else {@code docs/demo/voorbeeld-veiligheidskaart.docx}
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
    static final Duration WAIT = Duration.ofSeconds(30);

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

        DemoSender sender = new DemoSender(HOST, GreenMailDemoServer.DEMO_SMTP_PORT,
                GreenMailDemoServer.DEMO_IMAP_PORT, accounts, DemoSender.DEMO_MAILBOXES);
        MimeMessage message = cardMessage(sender.smtpSession(), from, INTAKE, card, "veiligheidskaart.docx");
        System.out.println("Versturen: " + source + " (" + card.length + " bytes) van " + from + " aan " + INTAKE
                + "; daarna wachten op het antwoord van de gateway op dit bericht ...");
        DemoSender.Outcome outcome = sender.sendAndAwait(message, from, WAIT);
        DemoSender.describe(outcome, from).forEach(System.out::println);
        System.exit(DemoSender.exitCode(outcome));
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

}
