package nl.vhkgateway.domain.submission;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * What makes a received message the same message again: its Message-ID plus the SHA-256 of its raw bytes. A
 * message fetched twice (after a crash, or delivered twice unchanged) has the same key and is stored once; a
 * different message that reuses a Message-ID has another hash and is a new submission.
 *
 * <p>A message without a Message-ID gets a synthetic one derived from the hash
 * ({@code <sha256-HEX@no-message-id.invalid>}), flagged {@link #syntheticMessageId()}. Immutable.
 */
public record IdempotencyKey(String messageId, boolean syntheticMessageId, ContentHash contentHash) {

    public static final int MAX_MESSAGE_ID_LENGTH = 998;

    public IdempotencyKey {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(contentHash, "contentHash");
        if (messageId.isBlank() || messageId.length() > MAX_MESSAGE_ID_LENGTH) {
            throw new IllegalArgumentException("Message-ID empty or longer than " + MAX_MESSAGE_ID_LENGTH);
        }
    }

    /** The key of a message with the given Message-ID header (when present and usable) and raw bytes. */
    public static IdempotencyKey of(Optional<String> messageIdHeader, byte[] rawMime) {
        ContentHash hash = ContentHash.of(rawMime);
        Optional<String> usable = messageIdHeader.map(String::strip)
                .filter(id -> !id.isEmpty() && id.length() <= MAX_MESSAGE_ID_LENGTH);
        return usable.map(id -> new IdempotencyKey(id, false, hash))
                .orElseGet(() -> new IdempotencyKey("<sha256-" + hash.hex() + "@no-message-id.invalid>", true, hash));
    }

    /** SHA-256 (hex) of the Message-ID: a fixed-length column for the unique index (Message-IDs may be 998 chars). */
    public String messageIdDigest() {
        return ContentHash.of(messageId.getBytes(StandardCharsets.UTF_8)).hex();
    }
}
