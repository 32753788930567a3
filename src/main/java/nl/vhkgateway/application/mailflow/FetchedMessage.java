package nl.vhkgateway.application.mailflow;

import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.submission.MailboxLocation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message read from the intake mailbox: its raw bytes exactly as the server holds them and the header facts the
 * adapter parsed. Holds personal data: never log it. Immutable (the array is not copied).
 *
 * @param messageId  the Message-ID header, when present
 * @param from       the first From address, when it parses
 * @param receivedAt the server's INTERNALDATE
 */
public record FetchedMessage(MailboxLocation location, byte[] rawMime, Optional<String> messageId,
                             Optional<MailAddress> from, Instant receivedAt) {

    public FetchedMessage {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(rawMime, "rawMime");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    @Override
    public String toString() {
        return "FetchedMessage[uid=" + location.uid() + ", size=" + rawMime.length + "]";
    }
}
