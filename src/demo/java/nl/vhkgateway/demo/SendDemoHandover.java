package nl.vhkgateway.demo;

import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.util.List;
import java.util.Properties;

/**
 * The "send a demo handover" command: mails a card with personal data ({@link DemoHandoverCard}, or
 * {@code -Dvhk.demo.card=<file>}) as a vaste deelnemer to the running demo's handover mailbox
 * ({@code overdracht@gateway.test}, SMTP 127.0.0.1:3025), then waits for the gateway's answer in the sender's inbox
 * and prints its subject ("Overdracht verstuurd ...", "Overdracht niet uitgevoerd"). Arguments: receiver, case,
 * consent number (may be "-"), e.g.
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=nl.vhkgateway.demo.SendDemoHandover \
 *     -Dexec.args="'Veilig Thuis West-Brabant' VHT-2026-0042 17"
 * </pre>
 * The sender is {@code -Dvhk.demo.from=<address>} (default {@code deelnemer@roosendaal.test}). Not thread-safe
 * (a program).
 */
public final class SendDemoHandover {

    private static final String HANDOVER = "overdracht@gateway.test";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private SendDemoHandover() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: SendDemoHandover <receiver> <case> [<consent number>|-]");
            System.exit(64);
        }
        String from = System.getProperty("vhk.demo.from", "deelnemer@roosendaal.test");
        String consent = args.length > 2 && !args[2].equals("-") ? args[2] : "";
        String cardFile = System.getProperty("vhk.demo.card", "");
        byte[] card = cardFile.isBlank() ? DemoHandoverCard.create(args[0], args[1], consent)
                : java.nio.file.Files.readAllBytes(java.nio.file.Path.of(cardFile));
        DemoAccounts accounts = DemoAccounts.load(DemoAccounts.DEFAULT_FILE);
        String password = accounts.passwords().getOrDefault(from, "demo");
        ImapInbox inbox = new ImapInbox(SendDemoCard.HOST, GreenMailDemoServer.DEMO_IMAP_PORT, from, password);
        int before = inbox.messages("INBOX").size();

        Properties smtp = new Properties();
        smtp.setProperty("mail.smtp.host", SendDemoCard.HOST);
        smtp.setProperty("mail.smtp.port", Integer.toString(GreenMailDemoServer.DEMO_SMTP_PORT));
        smtp.setProperty("mail.smtp.auth", "true");
        MimeMessage message = SendDemoCard.cardMessage(Session.getInstance(smtp), from, HANDOVER, card,
                "kaart-overdracht.docx");
        message.setSubject("Overdracht", "UTF-8");
        Transport.send(message, from, password);
        System.out.println("Sent a handover card from " + from + " to " + HANDOVER + "; waiting for the answer in "
                + from + " (IMAP 127.0.0.1:3143, password demo) ...");

        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<ImapInbox.MailSummary> messages = inbox.messages("INBOX");
            if (messages.size() > before) {
                System.out.println("Answer: " + messages.get(messages.size() - 1).subject());
                return;
            }
            Thread.sleep(250);
        }
        System.out.println("No answer after " + WAIT.toSeconds() + " s (an unknown sender gets none); see "
                + "run/logs/payara.log.");
        System.exit(2);
    }
}
