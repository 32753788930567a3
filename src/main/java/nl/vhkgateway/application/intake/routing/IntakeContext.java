package nl.vhkgateway.application.intake.routing;

import jakarta.mail.internet.MimeMessage;
import nl.vhkgateway.domain.intake.IntakeRoute;
import nl.vhkgateway.domain.submission.Submission;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One decision about one submission: the stored submission, the original message as received, its subject, the
 * route the subject asks for, and the decision round (0 at first; +1 per release from quarantine, so that the
 * messages of a later round get new Message-IDs). Holds the message: never log it. Not thread-safe (one per
 * decision).
 *
 * @param submission the stored submission
 * @param original   the message exactly as received (parsed from the raw bytes)
 * @param subject    its decoded subject ("" when none)
 * @param route      VHT, or RVDK when the subject asks for the RvdK route
 * @param round      how often the submission was released from quarantine before this decision
 */
public record IntakeContext(Submission submission, MimeMessage original, String subject, IntakeRoute route, int round) {

    /** A Message-ID we may repeat in In-Reply-To: one angle-bracketed token, no spaces or line breaks. */
    private static final Pattern SAFE_MESSAGE_ID = Pattern.compile("<[\\x21-\\x3b\\x3d\\x3f-\\x7e]{1,250}>");

    public IntakeContext {
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(route, "route");
        if (round < 0) {
            throw new IllegalArgumentException("round must not be negative");
        }
    }

    /** The original's Message-ID for In-Reply-To, when it had a usable one of its own. */
    public Optional<String> originalMessageId() {
        if (submission.key().syntheticMessageId()) {
            return Optional.empty();
        }
        String id = submission.key().messageId().strip();
        return SAFE_MESSAGE_ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }

    /** How the beheerder finds the submission: "inzending 42". */
    public String reference() {
        return "inzending " + submission.id();
    }
}
