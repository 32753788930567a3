package nl.vhkgateway.domain.submission;

import nl.vhkgateway.domain.mail.MailAddress;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message as fetched from the intake mailbox, before it is stored: raw bytes plus the facts read from its
 * headers. Holds the raw message (which may contain personal data): never log it. Immutable (the byte array is
 * not copied for speed; callers must not modify it).
 *
 * @param rawMime    the message exactly as the IMAP server returned it
 * @param key        Message-ID + SHA-256
 * @param sender     the From address when it parses
 * @param receivedAt when the mail server received it (IMAP INTERNALDATE)
 * @param location   where it sits in the mailbox
 */
public record IncomingMessage(byte[] rawMime, IdempotencyKey key, Optional<MailAddress> sender, Instant receivedAt,
                              MailboxLocation location) {

    public IncomingMessage {
        Objects.requireNonNull(rawMime, "rawMime");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(location, "location");
    }

    public long size() {
        return rawMime.length;
    }

    @Override
    public String toString() {
        return "IncomingMessage[hash=" + key.contentHash().shortForm() + ", size=" + rawMime.length + ", uid=" + location.uid() + "]";
    }
}
