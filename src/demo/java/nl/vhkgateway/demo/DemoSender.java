package nl.vhkgateway.demo;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Sends one mail with a card to a gateway mailbox as a vaste deelnemer would (SMTP with login) and waits for the
 * gateway's answer to <em>that</em> message: the mail in the sender's INBOX whose {@code In-Reply-To} is its
 * Message-ID ({@link AnswerWatch}, headers only). For an accepted card it then checks that the card mail with the
 * same submission number arrived where the receipt says it went. The logic of {@code mvn -Pdemo-send} and of
 * {@link SendDemoHandover}, usable against any GreenMail (tests pass their ports). Not thread-safe.
 *
 * @param host      SMTP and IMAP host
 * @param smtpPort  SMTP port
 * @param imapPort  IMAP port
 * @param accounts  the demo accounts (passwords)
 * @param mailboxes where each role ("voorzitter", "rvdk") receives accepted cards
 */
public record DemoSender(String host, int smtpPort, int imapPort, DemoAccounts accounts,
                         Map<String, String> mailboxes) {

    /** The demo's own mailboxes of the roles named in {@code X-VHK-Doorgestuurd-Naar}. */
    public static final Map<String, String> DEMO_MAILBOXES = Map.of("voorzitter", "voorzitter@vht.test",
            "rvdk", "intake@rvdk.test");

    public DemoSender {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(accounts, "accounts");
        mailboxes = Map.copyOf(mailboxes);
    }

    /** What became of the sent message. */
    public sealed interface Outcome permits Accepted, Refused, Answered, NoAnswer {
        /** The Message-ID of the mail that was sent. */
        String messageId();

        /** Seconds from sending to the answer (or to giving up). */
        double seconds();
    }

    /** Accepted: the number, and the mailboxes where the card mail with that number has arrived. */
    public record Accepted(String messageId, double seconds, String number, List<String> arrivedAt,
                           List<String> missingAt, String subject) implements Outcome {
    }

    /** Refused: the answer's subject and the reason codes, with their Dutch description. */
    public record Refused(String messageId, double seconds, String subject, List<String> reasons,
                          List<String> dutchReasons) implements Outcome {
    }

    /** Another answer (e.g. to a handover): its subject. */
    public record Answered(String messageId, double seconds, String subject) implements Outcome {
    }

    /** No answer in time (an unknown sender gets none; or the gateway is not running). */
    public record NoAnswer(String messageId, double seconds) implements Outcome {
    }

    /**
     * Sends {@code message} (From is the sender, whose demo password logs in to SMTP and IMAP) and waits up to
     * {@code timeout} for the answer.
     */
    public Outcome sendAndAwait(MimeMessage message, String from, Duration timeout)
            throws MessagingException, InterruptedException {
        String password = accounts.passwords().getOrDefault(from, "demo");
        message.saveChanges(); // fixes the Message-ID; Transport.send would make a new one
        String messageId = message.getMessageID();
        // log in to the sender's mailbox before sending, so that a fast answer cannot be missed
        try (AnswerWatch senderInbox = new AnswerWatch(host, imapPort, from, password)) {
            long start = System.nanoTime();
            try (Transport smtp = smtpSession().getTransport("smtp")) {
                smtp.connect(host, smtpPort, from, password);
                smtp.sendMessage(message, message.getAllRecipients());
            }
            Optional<GatewayAnswer> answer = senderInbox.answerTo(messageId, timeout);
            if (answer.isEmpty()) {
                return new NoAnswer(messageId, seconds(start));
            }
            GatewayAnswer a = answer.get();
            if (a.refused()) {
                return new Refused(messageId, seconds(start), a.subject(), a.reasons(), a.dutchReasons());
            }
            if (!a.accepted() || a.number().isEmpty()) {
                return new Answered(messageId, seconds(start), a.subject());
            }
            List<String> arrived = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (String role : a.sentTo().split("\\s*,\\s*")) {
                String mailbox = mailboxes.get(role);
                if (mailbox == null) {
                    missing.add(role);
                    continue;
                }
                Duration left = timeout.minusNanos(System.nanoTime() - start);
                try (AnswerWatch card = new AnswerWatch(host, imapPort, mailbox, accounts.password(mailbox))) {
                    (card.cardMail(a.number(), left.isNegative() ? Duration.ZERO : left).isPresent() ? arrived
                            : missing).add(mailbox);
                }
            }
            return new Accepted(messageId, seconds(start), a.number(), arrived, missing, a.subject());
        }
    }

    /** An SMTP session with login for {@link #sendAndAwait}. */
    public Session smtpSession() {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", host);
        properties.setProperty("mail.smtp.port", Integer.toString(smtpPort));
        properties.setProperty("mail.smtp.auth", "true");
        properties.setProperty("mail.smtp.connectiontimeout", "5000");
        properties.setProperty("mail.smtp.timeout", "5000");
        return Session.getInstance(properties);
    }

    /** The outcome as Dutch lines for the console. */
    public static List<String> describe(Outcome outcome, String from) {
        List<String> lines = new ArrayList<>();
        String after = String.format(java.util.Locale.ROOT, "%.1f s", outcome.seconds());
        if (outcome instanceof Accepted accepted) {
            lines.add("GEACCEPTEERD na " + after + " als " + accepted.number() + ": " + from + " kreeg \""
                    + accepted.subject() + "\".");
            for (String mailbox : accepted.arrivedAt()) {
                lines.add("De gecontroleerde kaart " + accepted.number() + " is aangekomen bij " + mailbox + ".");
            }
            for (String mailbox : accepted.missingAt()) {
                lines.add("LET OP: de kaart " + accepted.number() + " is (nog) niet aangekomen bij " + mailbox + ".");
            }
        } else if (outcome instanceof Refused refused) {
            lines.add("GEWEIGERD na " + after + ": er is niets doorgestuurd; " + from + " kreeg \""
                    + refused.subject() + "\".");
            lines.add(refused.reasons().isEmpty() ? "De reden staat in het antwoord." : "Redenen:");
            for (int i = 0; i < refused.reasons().size(); i++) {
                lines.add("  - " + refused.dutchReasons().get(i) + " (" + refused.reasons().get(i) + ")");
            }
            lines.add("Lees de weigering in de mailbox van " + from + " voor waar het staat en hoe u het oplost.");
        } else if (outcome instanceof Answered answered) {
            lines.add("Antwoord na " + after + ": \"" + answered.subject() + "\".");
        } else {
            lines.add("GEEN ANTWOORD na " + after + " op " + outcome.messageId() + ". Een onbekende afzender krijgt"
                    + " geen antwoord (quarantaine, zie /api/quarantine); draait de demo (mvn -Pdemo)? Zie ook"
                    + " run/logs/payara.log.");
        }
        return lines;
    }

    /** The exit code for the console: 0 accepted (and arrived) or answered, 3 refused, 2 no answer or not arrived. */
    public static int exitCode(Outcome outcome) {
        if (outcome instanceof Accepted accepted) {
            return accepted.missingAt().isEmpty() ? 0 : 2;
        }
        if (outcome instanceof Refused) {
            return 3;
        }
        return outcome instanceof Answered ? 0 : 2;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
