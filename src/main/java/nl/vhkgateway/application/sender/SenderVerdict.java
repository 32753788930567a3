package nl.vhkgateway.application.sender;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Objects;
import nl.vhkgateway.domain.participant.Participant;

/**
 * Who sent an incoming message, and whether the gateway takes it in. One of four outcomes:
 * <ul>
 *   <li>{@link Accepted}: an active vaste deelnemer, every check passed; screen {@link Accepted#content()};</li>
 *   <li>{@link Refused}: a registered participant, but a check failed; answer the participant's registered address
 *       with the reasons, keep nothing of the message;</li>
 *   <li>{@link UnknownSender}: not a registered participant (or no single readable From): quarantine, notify the
 *       beheerder, <b>never answer</b> (no backscatter);</li>
 *   <li>{@link AutomatedMessage}: an auto-reply, bounce or other machine-made message: quarantine without an answer
 *       (RFC 3834: never answer an automatic message, or two robots answer each other for ever).</li>
 * </ul>
 */
public sealed interface SenderVerdict {

    /** The four outcomes, for switching and audit. */
    enum Kind {
        ACCEPTED, REFUSED, UNKNOWN_SENDER, AUTOMATED_MESSAGE
    }

    Kind kind();

    /** Stable reason codes for audit (empty when accepted). */
    List<String> reasonCodes();

    /**
     * Taken in.
     *
     * @param participant the active vaste deelnemer who sent it
     * @param content     what to screen: the original message, or, for an S/MIME-signed one, a message with the
     *                    original headers and the signed content unwrapped (so the real card is screened)
     * @param signature   how the message was signed
     */
    record Accepted(Participant participant, MimeMessage content, SignatureForm signature) implements SenderVerdict {

        public Accepted {
            Objects.requireNonNull(participant, "participant");
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(signature, "signature");
        }

        @Override
        public Kind kind() {
            return Kind.ACCEPTED;
        }

        @Override
        public List<String> reasonCodes() {
            return List.of();
        }
    }

    /**
     * A registered participant's message that fails a check.
     *
     * @param participant the participant (answer its registered address, not Reply-To)
     * @param reasons     every failed check, at least one
     */
    record Refused(Participant participant, List<SenderRefusalReason> reasons) implements SenderVerdict {

        public Refused {
            Objects.requireNonNull(participant, "participant");
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a refusal has a reason");
            }
        }

        @Override
        public Kind kind() {
            return Kind.REFUSED;
        }

        @Override
        public List<String> reasonCodes() {
            return reasons.stream().map(Enum::name).toList();
        }
    }

    /**
     * Not from a registered participant.
     *
     * @param reason         why
     * @param claimedAddress the From address as written (for the beheerder only; may be empty when unreadable),
     *                       stripped of line breaks and cut to 254 characters
     */
    record UnknownSender(UnknownSenderReason reason, String claimedAddress) implements SenderVerdict {

        public UnknownSender {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(claimedAddress, "claimedAddress");
            claimedAddress = claimedAddress.replaceAll("[\\p{Cntrl}]", " ").strip();
            if (claimedAddress.length() > 254) {
                claimedAddress = claimedAddress.substring(0, 254);
            }
        }

        @Override
        public Kind kind() {
            return Kind.UNKNOWN_SENDER;
        }

        @Override
        public List<String> reasonCodes() {
            return List.of(reason.name());
        }
    }

    /**
     * A machine-made message (auto-reply, delivery report, bulk mail).
     *
     * @param indicator which header showed it, e.g. "Auto-Submitted: auto-replied"
     */
    record AutomatedMessage(String indicator) implements SenderVerdict {

        public AutomatedMessage {
            Objects.requireNonNull(indicator, "indicator");
        }

        @Override
        public Kind kind() {
            return Kind.AUTOMATED_MESSAGE;
        }

        @Override
        public List<String> reasonCodes() {
            return List.of("AUTOMATED_MESSAGE");
        }
    }
}
