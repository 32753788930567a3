package nl.vhkgateway.infrastructure.mail;

import org.eclipse.angus.mail.iap.Argument;
import org.eclipse.angus.mail.iap.ProtocolException;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.protocol.BASE64MailboxEncoder;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.IMAPProtocol;
import org.eclipse.angus.mail.imap.protocol.IMAPResponse;
import org.eclipse.angus.mail.imap.protocol.INTERNALDATE;
import org.eclipse.angus.mail.imap.protocol.UID;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * IMAP commands addressed by UID only (RFC 3501 UID FETCH/SEARCH/COPY/STORE, RFC 6851 UID MOVE, RFC 4315 UID
 * EXPUNGE). Sequence numbers shift whenever a message is expunged, and a stale one would fetch or move the wrong
 * message; UIDs do not. Untagged responses are passed on to the folder so its view stays in sync. Run inside
 * {@code IMAPFolder.doCommand}. Stateless.
 */
final class UidCommands {

    /** The raw bytes and INTERNALDATE of one message. */
    record RawMessage(byte[] bytes, Optional<Instant> internalDate) {
    }

    private UidCommands() {
    }

    /** UIDs of the messages in the selected folder that are not flagged \Deleted, ascending. */
    static List<Long> searchNotDeleted(IMAPProtocol protocol) throws ProtocolException {
        return search(protocol, "NOT DELETED");
    }

    /** UIDs of the messages in the selected folder that are flagged \Deleted but not expunged yet, ascending. */
    static List<Long> searchDeleted(IMAPProtocol protocol) throws ProtocolException {
        return search(protocol, "DELETED");
    }

    private static List<Long> search(IMAPProtocol protocol, String criterion) throws ProtocolException {
        Response[] responses = protocol.command("UID SEARCH " + criterion, null);
        List<Long> uids = new ArrayList<>();
        for (int i = 0; i < responses.length - 1; i++) {
            if (responses[i] instanceof IMAPResponse response && response.keyEquals("SEARCH")) {
                long uid;
                while ((uid = response.readLong()) != -1) {
                    uids.add(uid);
                }
                responses[i] = null;
            }
        }
        finish(protocol, responses);
        uids.sort(null);
        return uids;
    }

    /** The message with this UID ({@code BODY.PEEK[]}: exact bytes, \Seen untouched), or empty when it is gone. */
    static Optional<RawMessage> fetch(IMAPProtocol protocol, long uid) throws ProtocolException {
        Response[] responses = protocol.command("UID FETCH " + uid + " (UID INTERNALDATE BODY.PEEK[])", null);
        Optional<RawMessage> result = Optional.empty();
        for (int i = 0; i < responses.length - 1; i++) {
            if (responses[i] instanceof FetchResponse fetch) {
                UID id = fetch.getItem(UID.class);
                BODY body = fetch.getItem(BODY.class);
                if (id != null && id.uid == uid && body != null && body.getByteArray() != null) {
                    INTERNALDATE date = fetch.getItem(INTERNALDATE.class);
                    result = Optional.of(new RawMessage(body.getByteArray().getNewBytes(),
                            Optional.ofNullable(date).map(d -> d.getDate().toInstant())));
                }
            }
        }
        finish(protocol, responses);
        return result;
    }

    /**
     * The messages with these UIDs in one {@code UID FETCH} (a UID set), keyed by UID; UIDs no longer present are
     * missing from the result.
     */
    static java.util.Map<Long, RawMessage> fetchAll(IMAPProtocol protocol, List<Long> uids) throws ProtocolException {
        java.util.Map<Long, RawMessage> result = new java.util.LinkedHashMap<>();
        if (uids.isEmpty()) {
            return result;
        }
        StringBuilder set = new StringBuilder();
        for (Long uid : uids) {
            set.append(set.length() == 0 ? "" : ",").append(uid);
        }
        java.util.Set<Long> wanted = new java.util.HashSet<>(uids);
        Response[] responses = protocol.command("UID FETCH " + set + " (UID INTERNALDATE BODY.PEEK[])", null);
        for (int i = 0; i < responses.length - 1; i++) {
            if (responses[i] instanceof FetchResponse fetch) {
                UID id = fetch.getItem(UID.class);
                BODY body = fetch.getItem(BODY.class);
                if (id != null && wanted.contains(id.uid) && body != null && body.getByteArray() != null) {
                    INTERNALDATE date = fetch.getItem(INTERNALDATE.class);
                    result.put(id.uid, new RawMessage(body.getByteArray().getNewBytes(),
                            Optional.ofNullable(date).map(d -> d.getDate().toInstant())));
                }
            }
        }
        finish(protocol, responses);
        return result;
    }

    /** True when the selected folder holds a message with a UID above {@code uid} (one that arrived after it). */
    static boolean hasUidAbove(IMAPProtocol protocol, long uid) throws ProtocolException {
        Response[] responses = protocol.command("UID SEARCH UID " + (uid + 1) + ":*", null);
        boolean found = false;
        for (int i = 0; i < responses.length - 1; i++) {
            if (responses[i] instanceof IMAPResponse response && response.keyEquals("SEARCH")) {
                long value;
                while ((value = response.readLong()) != -1) {
                    found |= value > uid; // "n:*" also matches the highest UID when that is below n
                }
                responses[i] = null;
            }
        }
        finish(protocol, responses);
        return found;
    }

    /** True when a message with this UID is in the selected folder and not flagged \Deleted. */
    static boolean exists(IMAPProtocol protocol, long uid) throws ProtocolException {
        Response[] responses = protocol.command("UID SEARCH UID " + uid + " NOT DELETED", null);
        boolean found = false;
        for (int i = 0; i < responses.length - 1; i++) {
            if (responses[i] instanceof IMAPResponse response && response.keyEquals("SEARCH")) {
                long value;
                while ((value = response.readLong()) != -1) {
                    found |= value == uid;
                }
                responses[i] = null;
            }
        }
        finish(protocol, responses);
        return found;
    }

    /** The UIDs of this list that are in the selected folder and not flagged \\Deleted (one {@code UID SEARCH}). */
    static java.util.Set<Long> existing(IMAPProtocol protocol, List<Long> uids) throws ProtocolException {
        java.util.Set<Long> found = new java.util.LinkedHashSet<>();
        if (uids.isEmpty()) {
            return found;
        }
        java.util.Set<Long> wanted = new java.util.HashSet<>(uids);
        Response[] responses = protocol.command("UID SEARCH UID " + uidSet(uids) + " NOT DELETED", null);
        for (int i = 0; i < responses.length - 1; i++) {
            if (responses[i] instanceof IMAPResponse response && response.keyEquals("SEARCH")) {
                long value;
                while ((value = response.readLong()) != -1) {
                    if (wanted.contains(value)) {
                        found.add(value);
                    }
                }
                responses[i] = null;
            }
        }
        finish(protocol, responses);
        return found;
    }

    /** A UID set ({@code 3,5,7}) in the list's order. */
    static String uidSet(java.util.Collection<Long> uids) {
        StringBuilder set = new StringBuilder();
        for (Long uid : uids) {
            set.append(set.length() == 0 ? "" : ",").append(uid);
        }
        return set.toString();
    }

    /** {@code UID MOVE} of a UID set ({@link #uidSet}). */
    static void move(IMAPProtocol protocol, String uidSet, String folder) throws ProtocolException {
        finish(protocol, protocol.command("UID MOVE " + uidSet, mailbox(folder)));
    }

    static void copy(IMAPProtocol protocol, String uidSet, String folder) throws ProtocolException {
        finish(protocol, protocol.command("UID COPY " + uidSet, mailbox(folder)));
    }

    static void flagDeleted(IMAPProtocol protocol, String uidSet) throws ProtocolException {
        finish(protocol, protocol.command("UID STORE " + uidSet + " +FLAGS.SILENT (\\Deleted)", null));
    }

    /** UID EXPUNGE of a UID set when the server has UIDPLUS, else EXPUNGE (all \\Deleted messages). */
    static void expunge(IMAPProtocol protocol, String uidSet) throws ProtocolException {
        String command = protocol.hasCapability("UIDPLUS") ? "UID EXPUNGE " + uidSet : "EXPUNGE";
        finish(protocol, protocol.command(command, null));
    }

    static void move(IMAPProtocol protocol, long uid, String folder) throws ProtocolException {
        finish(protocol, protocol.command("UID MOVE " + uid, mailbox(folder)));
    }

    static void copy(IMAPProtocol protocol, long uid, String folder) throws ProtocolException {
        finish(protocol, protocol.command("UID COPY " + uid, mailbox(folder)));
    }

    static void flagDeleted(IMAPProtocol protocol, long uid) throws ProtocolException {
        finish(protocol, protocol.command("UID STORE " + uid + " +FLAGS.SILENT (\\Deleted)", null));
    }

    /** UID EXPUNGE when the server has UIDPLUS (only this message), else EXPUNGE (all \Deleted messages). */
    static void expunge(IMAPProtocol protocol, long uid) throws ProtocolException {
        String command = protocol.hasCapability("UIDPLUS") ? "UID EXPUNGE " + uid : "EXPUNGE";
        finish(protocol, protocol.command(command, null));
    }

    private static Argument mailbox(String folder) {
        Argument argument = new Argument();
        argument.writeString(BASE64MailboxEncoder.encode(folder));
        return argument;
    }

    private static void finish(IMAPProtocol protocol, Response[] responses) throws ProtocolException {
        Response last = responses[responses.length - 1];
        protocol.notifyResponseHandlers(responses);
        protocol.handleResult(last);
    }
}
