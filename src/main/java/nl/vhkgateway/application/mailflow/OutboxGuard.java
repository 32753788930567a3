package nl.vhkgateway.application.mailflow;

import nl.vhkgateway.domain.outbox.OutboxMessage;
import nl.vhkgateway.domain.outbox.OutgoingMessage;
import nl.vhkgateway.domain.submission.ReasonCodes;

import java.util.List;

/**
 * The last word before an outbox message is sent: {@link DispatchOutbox} asks the guard right after claiming a
 * message and right before the SMTP conversation, on every attempt. The guard answers
 * <ul>
 *   <li>{@link Verdict#send()}: send it; optionally with follow-up messages that are added to the outbox of the same
 *       submission in the transaction that records the message as SENT (e.g. the confirmation to the sender that
 *       the handover was delivered);</li>
 *   <li>{@link Verdict#cancel}: do not send it; the message becomes CANCELLED (final) with the reason code, and the
 *       replacement messages (e.g. a notice to the sender) are added to the outbox in the same transaction.</li>
 * </ul>
 * A guard that throws counts as a failed sending attempt (retry with backoff, FAILED and the submission in ERROR
 * after the last attempt): when the guard cannot decide, nothing is sent (fail closed). The guard decides by the
 * message's purpose; the intake's default {@link #ALLOW_ALL} sends everything.
 *
 * <p>Implementations must be thread-safe; they are called on the dispatching thread, outside any transaction.
 */
@FunctionalInterface
public interface OutboxGuard {

    /** Sends every message (the intake's default). */
    OutboxGuard ALLOW_ALL = (message, rawMime) -> Verdict.send();

    /**
     * @param message the claimed message (purpose, submission, recipients; its attempt count includes this attempt)
     * @param rawMime the bytes that would be sent (do not modify)
     * @return whether to send it, and what to add to the outbox
     */
    Verdict beforeSend(OutboxMessage message, byte[] rawMime);

    /**
     * The guard's answer. Immutable.
     *
     * @param allowed    true: send the message; false: cancel it
     * @param reasonCode why it was cancelled (a reason code; {@code SEND} when sent)
     * @param messages   when sent: follow-ups, added once the message is recorded as SENT; when cancelled: the
     *                   replacements, added together with the cancellation
     */
    record Verdict(boolean allowed, String reasonCode, List<OutgoingMessage> messages) {

        public Verdict {
            ReasonCodes.require(reasonCode);
            messages = List.copyOf(messages);
        }

        /** Send the message; nothing follows. */
        public static Verdict send() {
            return new Verdict(true, "SEND", List.of());
        }

        /** Send the message, then add {@code followUps} to the outbox of the same submission. */
        public static Verdict sendThen(List<OutgoingMessage> followUps) {
            return new Verdict(true, "SEND", followUps);
        }

        /** Do not send the message (CANCELLED with {@code reasonCode}); add {@code instead} to the outbox. */
        public static Verdict cancel(String reasonCode, List<OutgoingMessage> instead) {
            return new Verdict(false, reasonCode, instead);
        }
    }
}
