package nl.vhkgateway.application.mailflow;

import nl.vhkgateway.domain.submission.MailboxLocation;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An open connection to the intake mailbox with its INBOX selected. Used by one thread (the watcher), except
 * {@link #wakeUp()} and {@link #close()}, which another thread may call to end a wait. Not otherwise thread-safe.
 */
public interface MailboxSession extends AutoCloseable {

    /** The INBOX's UIDVALIDITY; locations with another value are stale. */
    long uidValidity();

    /** The location a UID of the INBOX has in this session. */
    MailboxLocation locationOf(long uid);

    /** UIDs of all messages now in the INBOX (not marked deleted), ascending. */
    List<Long> inboxUids();

    /** The message with this UID, or empty when it is no longer in the INBOX. */
    Optional<FetchedMessage> fetch(long uid);

    /**
     * The messages with these UIDs, fetched together where the server allows (one round trip for a batch); a UID
     * that is no longer in the INBOX is missing from the result. Default: one {@link #fetch} per UID.
     */
    default Map<Long, FetchedMessage> fetchAll(List<Long> uids) {
        Map<Long, FetchedMessage> result = new LinkedHashMap<>();
        for (long uid : uids) {
            fetch(uid).ifPresent(message -> result.put(uid, message));
        }
        return result;
    }

    /**
     * Moves the message out of the INBOX into the processed folder (created when missing). Returns false when the
     * message was no longer in the INBOX.
     */
    boolean moveToProcessed(long uid);

    /**
     * Removes the message from the INBOX for good, without a copy in the processed folder: for an original the gateway
     * may not keep (a refused card or handover). Returns false when the message was no longer in the INBOX.
     */
    boolean deleteFromInbox(long uid);

    /**
     * Moves these messages out of the INBOX into the processed folder, together where the server allows (one
     * {@code UID MOVE} with a UID set); returns the UIDs that were still in the INBOX and were moved. Default: one
     * {@link #moveToProcessed} per UID.
     */
    default Set<Long> moveAllToProcessed(List<Long> uids) {
        Set<Long> moved = new LinkedHashSet<>();
        for (long uid : uids) {
            if (moveToProcessed(uid)) {
                moved.add(uid);
            }
        }
        return moved;
    }

    /**
     * Removes these messages from the INBOX for good, without a copy (originals the gateway may not keep), together
     * where the server allows (one {@code UID STORE \\Deleted} and one {@code UID EXPUNGE} with a UID set); returns
     * the UIDs that were still in the INBOX and were deleted. Default: one {@link #deleteFromInbox} per UID.
     */
    default Set<Long> deleteAllFromInbox(List<Long> uids) {
        Set<Long> deleted = new LinkedHashSet<>();
        for (long uid : uids) {
            if (deleteFromInbox(uid)) {
                deleted.add(uid);
            }
        }
        return deleted;
    }

    /** True when {@link #awaitChange} uses IMAP IDLE (the server offers it and it is enabled), false when it polls. */
    boolean usesIdle();

    /**
     * Blocks until the INBOX may have changed or {@code maxWait} passed: IMAP IDLE when {@link #usesIdle()}, else a
     * plain wait. Returns early on {@link #wakeUp()} (also when the wake-up came just before the call). Throws
     * {@link MailboxUnavailableException} when the connection is lost.
     */
    void awaitChange(Duration maxWait) throws InterruptedException;

    /** Ends a running {@link #awaitChange} soon; callable from any thread. */
    void wakeUp();

    /** True while the connection is usable. */
    boolean isConnected();

    /** Closes the connection; callable from any thread, never throws. */
    @Override
    void close();
}
