package nl.vhkgateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Flags;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.vhkgateway.demo.DemoHandoverCard;
import nl.vhkgateway.demo.DemoSender;
import nl.vhkgateway.demo.SendDemoCard;
import nl.vhkgateway.testsupport.TestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The logic of {@code mvn -Pdemo-send} ({@link DemoSender}) against the real gateway on Payara Micro with GreenMail
 * ({@link RunningGateway}): it waits for the answer to <em>its</em> message and reports a clean card as accepted with
 * its VHT number and the mailbox it arrived at (exit code 0), a card with personal data as refused with the reasons
 * (exit code 3), and says so when no answer comes (exit code 2). Prints the measured times.
 */
class DemoSendEndToEndIT {

    private static final String INTAKE = "veiligheidsteam@gateway.test";
    private static final String HANDOVER = "overdracht@gateway.test";
    private static final String SENDER = "deelnemer@veiligthuis.test";
    private static final String VOORZITTER = "voorzitter@vht.test";
    /** The first card in a cold JVM loads the screener's word lists: allowed more time, measured and printed. */
    private static final Duration COLD = Duration.ofSeconds(30);
    private static final double WARM_LIMIT_SECONDS = 5.0;

    @RegisterExtension
    static final RunningGateway.Extension GATEWAY = new RunningGateway.Extension();

    @Test
    void aCleanCardIsReportedAcceptedWithItsNumberAndWhereItArrivedAndACardWithPersonalDataAsRefused()
            throws Exception {
        DemoSender sender = sender();
        byte[] clean = Files.readAllBytes(Path.of("docs", "demo", "voorbeeld-veiligheidskaart.docx"));

        DemoSender.Outcome first = sender.sendAndAwait(card(sender, INTAKE, clean), SENDER, COLD);
        System.out.printf("demo-send, first card after start: %s in %.2f s%n", kind(first), first.seconds());
        assertInstanceOf(DemoSender.Accepted.class, first, first.toString());

        DemoSender.Outcome outcome = sender.sendAndAwait(card(sender, INTAKE, clean), SENDER, COLD);
        System.out.printf("demo-send, clean card: %s in %.2f s%n", kind(outcome), outcome.seconds());
        DemoSender.Accepted accepted = assertInstanceOf(DemoSender.Accepted.class, outcome, outcome.toString());
        assertTrue(accepted.number().matches("VHT-\\d{4}-\\d{4,}"), accepted.number());
        assertFalse(accepted.number().equals(((DemoSender.Accepted) first).number()), "each card its own number");
        assertEquals(List.of(VOORZITTER), accepted.arrivedAt());
        assertEquals(List.of(), accepted.missingAt());
        assertEquals(0, DemoSender.exitCode(accepted));
        assertTrue(accepted.seconds() <= WARM_LIMIT_SECONDS, accepted.seconds() + " s");
        assertTrue(String.join("\n", DemoSender.describe(accepted, SENDER)).contains("GEACCEPTEERD")
                && String.join("\n", DemoSender.describe(accepted, SENDER)).contains("aangekomen bij " + VOORZITTER));
        // the voorzitter really has that card, and the receipt is the answer to the mail that was sent
        assertTrue(TestMail.folder(gateway().mail().greenMail(), VOORZITTER, "INBOX").stream()
                .anyMatch(m -> accepted.number().equals(header(m, "X-VHK-Inbrengnummer"))));
        MimeMessage receipt = answerTo(accepted.messageId());
        assertTrue(receipt.getSubject().contains(accepted.number()), receipt.getSubject());
        assertFalse(answerSeen(accepted.messageId()), "only headers were read: the answer is still unread");

        byte[] withPersonalData = Files.readAllBytes(Path.of("docs", "demo", "voorbeeld-met-persoonsgegevens.docx"));
        long cardsBefore = voorzitterCards();
        DemoSender.Outcome refusedOutcome = sender.sendAndAwait(card(sender, INTAKE, withPersonalData), SENDER, COLD);
        System.out.printf("demo-send, card with personal data: %s in %.2f s%n", kind(refusedOutcome),
                refusedOutcome.seconds());
        DemoSender.Refused refused = assertInstanceOf(DemoSender.Refused.class, refusedOutcome,
                refusedOutcome.toString());
        assertTrue(refused.reasons().contains("PERSON_NAME"), refused.reasons().toString());
        assertTrue(refused.dutchReasons().contains("naam van een persoon"), refused.dutchReasons().toString());
        assertTrue(refused.subject().startsWith("Niet doorgestuurd"), refused.subject());
        assertEquals(3, DemoSender.exitCode(refused));
        assertTrue(refused.seconds() <= WARM_LIMIT_SECONDS, refused.seconds() + " s");
        assertTrue(String.join("\n", DemoSender.describe(refused, SENDER)).contains("GEWEIGERD"));
        assertEquals(cardsBefore, voorzitterCards(), "nothing reached the voorzitter");
    }

    @Test
    void noAnswerIsReportedAsSuchNotAsArrival() throws Exception {
        DemoSender sender = sender();
        // an unknown sender is quarantined and never answered; its mailbox exists on the demo server
        String stranger = "toegang@roosendaal.test";
        DemoSender.Outcome outcome = sender.sendAndAwait(card(sender, INTAKE, stranger,
                Files.readAllBytes(Path.of("docs", "demo", "voorbeeld-veiligheidskaart.docx"))), stranger,
                Duration.ofSeconds(3));
        assertInstanceOf(DemoSender.NoAnswer.class, outcome, outcome.toString());
        assertEquals(2, DemoSender.exitCode(outcome));
        assertTrue(String.join("\n", DemoSender.describe(outcome, stranger)).contains("GEEN ANTWOORD"));
    }

    @Test
    void aRefusedHandoverIsReportedRefusedToo() throws Exception {
        DemoSender sender = sender();
        MimeMessage handover = card(sender, HANDOVER, "deelnemer@roosendaal.test", DemoHandoverCard.create("Veilig Thuis West-Brabant",
                "VHT-2026-0999", "999999"));
        handover.setSubject("Overdracht", "UTF-8");
        DemoSender.Outcome outcome = sender.sendAndAwait(handover, "deelnemer@roosendaal.test", COLD);
        System.out.printf("demo handover without valid consent: %s in %.2f s%n", kind(outcome), outcome.seconds());
        DemoSender.Refused refused = assertInstanceOf(DemoSender.Refused.class, outcome, outcome.toString());
        assertTrue(refused.subject().startsWith("Overdracht niet"), refused.subject());
        assertEquals(3, DemoSender.exitCode(refused));
    }

    private static DemoSender sender() {
        return new DemoSender(gateway().mail().host(), gateway().mail().smtpPort(), gateway().mail().imapPort(),
                gateway().accounts(), DemoSender.DEMO_MAILBOXES);
    }

    private static MimeMessage card(DemoSender sender, String to, byte[] docx) throws Exception {
        return card(sender, to, SENDER, docx);
    }

    private static MimeMessage card(DemoSender sender, String to, String from, byte[] docx) throws Exception {
        return SendDemoCard.cardMessage(sender.smtpSession(), from, to, docx, "veiligheidskaart.docx");
    }

    private static MimeMessage answerTo(String messageId) {
        return TestMail.folder(gateway().mail().greenMail(), SENDER, "INBOX").stream()
                .filter(m -> messageId.equals(header(m, "In-Reply-To"))).findFirst()
                .orElseThrow(() -> new AssertionError("no answer to " + messageId));
    }

    /** Whether the server marked the answer to {@code messageId} as \Seen (a body fetch without PEEK does). */
    private static boolean answerSeen(String messageId) throws Exception {
        var greenMail = gateway().mail().greenMail();
        var inbox = greenMail.getManagers().getImapHostManager()
                .getInbox(greenMail.getUserManager().getUserByEmail(SENDER));
        for (var stored : inbox.getNonDeletedMessages()) {
            if (messageId.equals(header(stored.getMimeMessage(), "In-Reply-To"))) {
                return stored.isSet(Flags.Flag.SEEN);
            }
        }
        throw new AssertionError("no answer to " + messageId);
    }

    private static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, null);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long voorzitterCards() {
        return TestMail.folder(gateway().mail().greenMail(), VOORZITTER, "INBOX").size();
    }

    private static String kind(DemoSender.Outcome outcome) {
        return outcome.getClass().getSimpleName();
    }

    private static RunningGateway gateway() {
        return GATEWAY.gateway();
    }
}
