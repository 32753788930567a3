package nl.vhkgateway.demo;

import jakarta.mail.internet.MimeMessage;

import java.time.Duration;

/**
 * The "send a demo handover" command: mails a card with personal data ({@link DemoHandoverCard}, or
 * {@code -Dvhk.demo.card=<file>}) as a vaste deelnemer to the running demo's handover mailbox
 * ({@code overdracht@gateway.test}, SMTP 127.0.0.1:3025), then waits for the gateway's answer to that message
 * ({@link DemoSender}: In-Reply-To, headers only) and prints its subject ("Overdracht verstuurd ...", exit code 0;
 * "Overdracht niet uitgevoerd", exit code 3; no answer, exit code 2). Arguments: receiver, case,
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
        DemoSender sender = new DemoSender(SendDemoCard.HOST, GreenMailDemoServer.DEMO_SMTP_PORT,
                GreenMailDemoServer.DEMO_IMAP_PORT, accounts, DemoSender.DEMO_MAILBOXES);
        MimeMessage message = SendDemoCard.cardMessage(sender.smtpSession(), from, HANDOVER, card,
                "kaart-overdracht.docx");
        message.setSubject("Overdracht", "UTF-8");
        System.out.println("Overdracht versturen van " + from + " aan " + HANDOVER
                + "; daarna wachten op het antwoord van de gateway ...");
        DemoSender.Outcome outcome = sender.sendAndAwait(message, from, WAIT);
        DemoSender.describe(outcome, from).forEach(System.out::println);
        System.exit(DemoSender.exitCode(outcome));
    }
}
