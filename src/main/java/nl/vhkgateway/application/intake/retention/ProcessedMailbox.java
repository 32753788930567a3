package nl.vhkgateway.application.intake.retention;

import java.time.Instant;
import java.util.Collection;

/**
 * The folder of the intake mailbox where handled originals go ("Verwerkt"), as far as retention is concerned: the
 * originals on the mail server are raw mail too. Implementations are thread-safe and open their own connection per
 * call; a mail server that cannot be reached throws (the next retention pass tries again).
 */
public interface ProcessedMailbox {

    /** Removes originals the mail server received before {@code cutoff} (by whole days); returns how many. */
    int removeReceivedBefore(Instant cutoff);

    /** Removes the originals with these Message-IDs; returns how many. */
    int removeByMessageId(Collection<String> messageIds);
}
