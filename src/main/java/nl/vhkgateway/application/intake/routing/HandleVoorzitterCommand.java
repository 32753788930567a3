package nl.vhkgateway.application.intake.routing;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import nl.vhkgateway.application.mailflow.RoutingDecision;
import nl.vhkgateway.application.sender.SenderIdentification;
import nl.vhkgateway.application.sender.SenderVerifier;
import nl.vhkgateway.domain.intake.IntakeRecord;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.planning.MailCommand;
import nl.vhkgateway.domain.planning.MailCommandParser;
import nl.vhkgateway.domain.submission.SubmissionState;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The intake's routing step for the voorzitter's planning keywords (docs/agenda.md "Mail keywords"), run before
 * sender verification, so that the voorzitter (who is no registered participant) is not refused as an unknown
 * sender. It only acts on a mail whose one From address is the voorzitter's ({@code vhk.mailbox.voorzitter}) and
 * whose subject starts with a keyword ({@link MailCommandParser}); anything else goes on through the intake as
 * before. Such a mail:
 * <ul>
 *   <li>not authenticated ({@link SenderVerifier#authenticateAddress}: DKIM as for vaste deelnemers without a
 *       certificate; machine-made mail never counts) is {@link Outcome.NotAuthenticated}: the caller quarantines it
 *       as a possibly forged sender (nothing is planned, nothing is answered);</li>
 *   <li>authenticated is applied through {@link PlanningCommands} (once per mail; the answer to the voorzitter is
 *       queued there) and becomes ROUTED without messages of its own: the pipeline records it DELIVERED once the
 *       answer is sent and then moves the original out of the INBOX, like every handled intake mail.</li>
 * </ul>
 * Thread-safe.
 */
public final class HandleVoorzitterCommand {

    /** The reason code of a handled planning keyword. */
    public static final String REASON = "VOORZITTER_COMMAND";
    /** The sender verdict recorded for the voorzitter's authenticated mail. */
    public static final String VERDICT = "VOORZITTER";

    private static final int MAX_BODY_LINE = MailCommandParser.MAX_REASON_LENGTH + 1;

    private final MailAddress voorzitter;
    private final SenderVerifier verifier;
    private final Optional<PlanningCommands> planning;
    private final MailCommandParser parser = new MailCommandParser();

    /** @param planning where keywords are applied; empty: the step is off (keyword mail goes through the intake as before) */
    public HandleVoorzitterCommand(MailAddress voorzitter, SenderVerifier verifier, Optional<PlanningCommands> planning) {
        this.voorzitter = Objects.requireNonNull(voorzitter, "voorzitter");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.planning = Objects.requireNonNull(planning, "planning");
    }

    /** What this step made of a voorzitter's keyword mail. */
    public sealed interface Outcome {
    }

    /**
     * Applied (or answered with an error).
     *
     * @param routed         the decision for the pipeline and the intake record
     * @param authentication how the voorzitter was authenticated (audit code)
     */
    public record Handled(Routed routed, String authentication) implements Outcome {
    }

    /** The From is the voorzitter's and the subject a keyword, but the mail is not authenticated. */
    public record NotAuthenticated(String claimedAddress) implements Outcome {
    }

    /** Empty when the mail is no keyword mail from the voorzitter's address: the intake goes on as before. */
    public Optional<Outcome> decide(IntakeContext intake) {
        if (planning.isEmpty()) {
            return Optional.empty();
        }
        Optional<MailAddress> from = SenderIdentification.singleFromAddress(intake.original());
        if (from.isEmpty() || !from.get().value().equalsIgnoreCase(voorzitter.value())) {
            return Optional.empty();
        }
        Optional<MailCommand> command = parser.parse(intake.subject(), firstBodyLine(intake.original()));
        if (command.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> authentication = verifier.authenticateAddress(intake.original(),
                intake.submission().receivedAt(), voorzitter);
        if (authentication.isEmpty()) {
            return Optional.of(new NotAuthenticated(voorzitter.value()));
        }
        String result = planning.get().apply(intake.submission().id(), command.get());
        RoutingDecision decision = new RoutingDecision(SubmissionState.ROUTED, REASON, List.of());
        IntakeRecord record = new IntakeRecord(intake.submission().id(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(VERDICT), Optional.empty(),
                List.of("MAIL_COMMAND_" + command.get().keyword().name(), authentication.get(),
                        "PLANNING_" + result),
                0, 0, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        return Optional.of(new Handled(new Routed(decision, record), authentication.get()));
    }

    /** The first non-empty line of the first text/plain part that is not quoted ("> ..."), cut to a bounded length. */
    static Optional<String> firstBodyLine(Part message) {
        try {
            Optional<String> text = plainText(message, 0);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            for (String line : text.get().split("\\R")) {
                String stripped = line.strip();
                if (!stripped.isEmpty() && !stripped.startsWith(">")) {
                    return Optional.of(stripped.length() > MAX_BODY_LINE ? stripped.substring(0, MAX_BODY_LINE)
                            : stripped);
                }
            }
            return Optional.empty();
        } catch (MessagingException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> plainText(Part part, int depth) throws MessagingException, IOException {
        if (depth > 5) {
            return Optional.empty();
        }
        if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            Object content = part.getContent();
            return content instanceof String s ? Optional.of(s) : Optional.empty();
        }
        if (part.isMimeType("multipart/*")) {
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    Optional<String> found = plainText(child, depth + 1);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }
}
