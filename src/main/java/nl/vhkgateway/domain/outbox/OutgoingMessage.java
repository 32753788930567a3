package nl.vhkgateway.domain.outbox;

import nl.vhkgateway.domain.mail.MailAddress;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A complete message to send, as a routing step produces it: a purpose code (FORWARD_VOORZITTER, RECEIPT, ...),
 * the deterministic Message-ID it carries, envelope sender and recipients, and the finished MIME bytes. Built
 * once; a retry sends exactly these bytes again. Holds message content: never log it. Immutable (the byte array
 * is not copied; callers must not modify it).
 */
public record OutgoingMessage(String purpose, String messageId, MailAddress envelopeFrom, List<MailAddress> recipients,
                              byte[] rawMime) {

    private static final Pattern PURPOSE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s@]+@[^<>\\s@]+>");

    public OutgoingMessage {
        if (purpose == null || !PURPOSE.matcher(purpose).matches()) {
            throw new IllegalArgumentException("Purpose must look like FORWARD_VOORZITTER: " + purpose);
        }
        if (messageId == null || messageId.length() > 255 || !MESSAGE_ID.matcher(messageId).matches()) {
            throw new IllegalArgumentException("Message-ID must look like <left@right> and be at most 255 chars");
        }
        Objects.requireNonNull(envelopeFrom, "envelopeFrom");
        recipients = List.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("An outgoing message needs at least one recipient");
        }
        Objects.requireNonNull(rawMime, "rawMime");
    }

    @Override
    public String toString() {
        return "OutgoingMessage[" + purpose + ", " + messageId + ", to=" + recipients + ", size=" + rawMime.length + "]";
    }
}
