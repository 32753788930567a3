package nl.vhkgateway.infrastructure.mail;

import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.StoreClosedException;
import jakarta.mail.event.MessageCountAdapter;
import jakarta.mail.event.MessageCountEvent;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import nl.vhkgateway.application.mailflow.FetchedMessage;
import nl.vhkgateway.application.mailflow.MailboxSession;
import nl.vhkgateway.application.mailflow.MailboxUnavailableException;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.submission.MailboxLocation;
import org.eclipse.angus.mail.iap.ConnectionException;
import org.eclipse.angus.mail.iap.ProtocolException;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.IMAPProtocol;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One IMAP connection with the INBOX selected (see {@link MailboxSession} for the threading contract). Messages are
 * read with {@code BODY.PEEK[]} so their bytes, and so their SHA-256, are exactly what the server stores, and the
 * \Seen flag is left alone. Every command is addressed by UID ({@link UidCommands}). Waiting uses IMAP IDLE when offered and enabled; a UID SEARCH from a helper thread ends the
 * IDLE at the deadline or on {@link #wakeUp()}.
 *
 * <p><b>Only the INBOX's own connection is used after the session opened.</b> Angus Mail keeps a second, "store"
 * connection for store-level commands (capabilities, LIST, CREATE, NOOP in {@code Store.isConnected()}). That one
 * sits unused while the INBOX connection works and IDLEs, and servers (GreenMail, and every server or NAT with an
 * idle timeout) drop it. When Angus next touched it and found it dead, it force-closed every open folder, including
 * the healthy INBOX, and {@code IMAPFolder.doCommand} then silently ran our UID commands on the store connection,
 * where no mailbox is selected: "NO UID failed. Command not valid in this state" on the first pass after a quiet
 * spell (issue 13). So capabilities and the processed folder are resolved once at open, liveness is judged by the
 * INBOX connection only, and every command checks that it runs on the INBOX's connection
 * ({@link #command(String, IMAPFolder.ProtocolCommand)}), failing as "connection lost" instead of falling back.
 */
final class ImapMailboxSession implements MailboxSession {

    private static final Logger LOG = Logger.getLogger(ImapMailboxSession.class.getName());
    private static final long WATCHDOG_MILLIS = 250;

    private final Session session;
    private final Store store;
    private final IMAPFolder inbox;
    private final String account;
    private final ImapOptions options;
    private final long uidValidity;
    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    private final Object pollLock = new Object();
    private final ScheduledExecutorService waker;
    private final IMAPProtocol inboxProtocol;
    private final boolean idleOffered;
    private final boolean moveOffered;
    private final String processedFolder;
    private volatile boolean closed;
    /** True while {@link #idle} runs: only then does a wake-up need a command to end it. */
    private volatile boolean idling;
    private volatile long highestListedUid;

    ImapMailboxSession(Session session, Store store, IMAPFolder inbox, String account, ImapOptions options)
            throws MessagingException {
        this.session = session;
        this.store = store;
        this.inbox = inbox;
        this.account = account;
        this.options = options;
        this.uidValidity = inbox.getUIDValidity();
        this.inboxProtocol = (IMAPProtocol) inbox.doCommand(protocol -> protocol);
        this.idleOffered = inboxProtocol.hasCapability("IDLE");
        this.moveOffered = inboxProtocol.hasCapability("MOVE");
        this.processedFolder = ensureFolder(store, options.processedFolder());
        expungeLeftFlaggedDeleted();
        this.waker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "vhk-imap-waker");
            thread.setDaemon(true);
            return thread;
        });
        // A server may report a new message just before confirming the IDLE (GreenMail does); Angus then updates
        // the folder but keeps idling. Its "messages added" event wakes the watcher in that case too.
        inbox.addMessageCountListener(new MessageCountAdapter() {
            @Override
            public void messagesAdded(MessageCountEvent event) {
                wakeUp();
            }
        });
    }

    /**
     * Expunges what an earlier session flagged \\Deleted but could not expunge because its connection was lost in
     * between (a refused original being deleted, or an original already copied to the processed folder): the listing
     * skips flagged messages, so without this a refused original would stay on the server for good. Only the gateway
     * works in the intake INBOX; a message someone else flagged \\Deleted is one they wanted gone as well. Best effort:
     * a failure is logged and the session opens anyway (the next session tries again; a lost connection shows in the
     * first pass).
     */
    private void expungeLeftFlaggedDeleted() {
        try {
            @SuppressWarnings("unchecked")
            List<Long> flagged = (List<Long>) command("expunging", protocol -> {
                List<Long> uids = UidCommands.searchDeleted(protocol);
                if (!uids.isEmpty()) {
                    UidCommands.expunge(protocol, UidCommands.uidSet(uids));
                }
                return uids;
            });
            if (!flagged.isEmpty()) {
                LOG.info(() -> flagged.size() + " message(s) flagged \\Deleted by an interrupted session expunged from the INBOX");
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Expunging messages left flagged \\Deleted failed; the next session tries again: "
                    + e.getClass().getSimpleName());
        }
    }

    @Override
    public long uidValidity() {
        return uidValidity;
    }

    @Override
    public MailboxLocation locationOf(long uid) {
        return new MailboxLocation(account, inbox.getFullName(), uidValidity, uid);
    }

    @Override
    public List<Long> inboxUids() {
        try {
            @SuppressWarnings("unchecked")
            List<Long> uids = (List<Long>) command("listing", UidCommands::searchNotDeleted);
            if (!uids.isEmpty()) {
                highestListedUid = Math.max(highestListedUid, uids.get(uids.size() - 1));
            }
            return uids;
        } catch (MessagingException | RuntimeException e) {
            throw unavailable("listing the INBOX", e);
        }
    }

    @Override
    public Optional<FetchedMessage> fetch(long uid) {
        try {
            Optional<?> raw = (Optional<?>) command("fetching", protocol -> UidCommands.fetch(protocol, uid));
            if (raw.isEmpty()) {
                return Optional.empty();
            }
            UidCommands.RawMessage message = (UidCommands.RawMessage) raw.get();
            MimeMessage parsed = new MimeMessage(session, new ByteArrayInputStream(message.bytes()));
            return Optional.of(new FetchedMessage(locationOf(uid), message.bytes(),
                    Optional.ofNullable(parsed.getHeader("Message-ID", null)), firstFrom(parsed),
                    message.internalDate().orElseGet(Instant::now)));
        } catch (MessagingException | RuntimeException e) {
            throw failure("fetching uid " + uid, e);
        }
    }

    @Override
    public java.util.Map<Long, FetchedMessage> fetchAll(List<Long> uids) {
        try {
            @SuppressWarnings("unchecked")
            java.util.Map<Long, UidCommands.RawMessage> raw = (java.util.Map<Long, UidCommands.RawMessage>)
                    command("fetching", protocol -> UidCommands.fetchAll(protocol, uids));
            java.util.Map<Long, FetchedMessage> result = new java.util.LinkedHashMap<>();
            for (var entry : raw.entrySet()) {
                result.put(entry.getKey(), toFetched(entry.getKey(), entry.getValue()));
            }
            return result;
        } catch (MessagingException | RuntimeException e) {
            throw failure("fetching " + uids.size() + " messages", e);
        }
    }

    private FetchedMessage toFetched(long uid, UidCommands.RawMessage message) throws MessagingException {
        MimeMessage parsed = new MimeMessage(session, new ByteArrayInputStream(message.bytes()));
        return new FetchedMessage(locationOf(uid), message.bytes(),
                Optional.ofNullable(parsed.getHeader("Message-ID", null)), firstFrom(parsed),
                message.internalDate().orElseGet(Instant::now));
    }

    private static Optional<MailAddress> firstFrom(MimeMessage message) {
        try {
            return Optional.ofNullable(message.getFrom()).flatMap(from -> Arrays.stream(from).findFirst())
                    .filter(InternetAddress.class::isInstance)
                    .map(address -> ((InternetAddress) address).getAddress())
                    .filter(MailAddress::isValid)
                    .map(MailAddress::of);
        } catch (MessagingException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean moveToProcessed(long uid) {
        try {
            String target = processedFolder;
            boolean useMove = options.moveMode() == ImapOptions.MoveMode.AUTO && moveOffered;
            return (Boolean) command("moving", protocol -> {
                if (!UidCommands.exists(protocol, uid)) {
                    return false;
                }
                if (useMove) {
                    UidCommands.move(protocol, uid, target);
                } else {
                    UidCommands.copy(protocol, uid, target);
                    UidCommands.flagDeleted(protocol, uid);
                    UidCommands.expunge(protocol, uid);
                }
                return true;
            });
        } catch (MessagingException | RuntimeException e) {
            throw failure("moving uid " + uid + " to " + options.processedFolder(), e);
        }
    }

    @Override
    public boolean deleteFromInbox(long uid) {
        try {
            return (Boolean) command("deleting", protocol -> {
                if (!UidCommands.exists(protocol, uid)) {
                    return false;
                }
                UidCommands.flagDeleted(protocol, uid);
                UidCommands.expunge(protocol, uid);
                return true;
            });
        } catch (MessagingException | RuntimeException e) {
            throw failure("deleting uid " + uid + " from the INBOX", e);
        }
    }

    /**
     * One {@code UID SEARCH} for the UIDs still present, then one {@code UID MOVE} (or COPY, STORE \\Deleted and
     * UID EXPUNGE) for all of them: two round trips for a whole batch of delivered originals instead of two per
     * message (issue 13).
     */
    @Override
    public Set<Long> moveAllToProcessed(List<Long> uids) {
        if (uids.isEmpty()) {
            return Set.of();
        }
        try {
            String target = processedFolder;
            boolean useMove = options.moveMode() == ImapOptions.MoveMode.AUTO && moveOffered;
            return onPresent("moving", uids, (protocol, set) -> {
                if (useMove) {
                    UidCommands.move(protocol, set, target);
                } else {
                    UidCommands.copy(protocol, set, target);
                    UidCommands.flagDeleted(protocol, set);
                    UidCommands.expunge(protocol, set);
                }
            });
        } catch (MessagingException | RuntimeException e) {
            throw failure("moving " + uids.size() + " messages to " + options.processedFolder(), e);
        }
    }

    /**
     * One {@code UID SEARCH} for the UIDs still present, then one {@code UID STORE \\Deleted} and one
     * {@code UID EXPUNGE} (EXPUNGE without UIDPLUS) for all of them: three round trips for all the refused and
     * discarded originals of a batch instead of three per message (issue 13).
     */
    @Override
    public Set<Long> deleteAllFromInbox(List<Long> uids) {
        if (uids.isEmpty()) {
            return Set.of();
        }
        try {
            return onPresent("deleting", uids, (protocol, set) -> {
                UidCommands.flagDeleted(protocol, set);
                UidCommands.expunge(protocol, set);
            });
        } catch (MessagingException | RuntimeException e) {
            throw failure("deleting " + uids.size() + " messages from the INBOX", e);
        }
    }

    /** What to do with the UID set of the messages still present. */
    @FunctionalInterface
    private interface UidSetAction {
        void run(IMAPProtocol protocol, String uidSet) throws ProtocolException;
    }

    /**
     * One {@code UID SEARCH} for those of {@code uids} still in the INBOX, then {@code action} on all of them at once
     * (nothing when none is left); returns the UIDs acted on.
     */
    @SuppressWarnings("unchecked")
    private Set<Long> onPresent(String what, List<Long> uids, UidSetAction action) throws MessagingException {
        return (Set<Long>) command(what, protocol -> {
            Set<Long> present = UidCommands.existing(protocol, uids);
            if (!present.isEmpty()) {
                action.run(protocol, UidCommands.uidSet(present));
            }
            return present;
        });
    }

    /** Creates the folder when missing (at open, while the store connection is fresh); returns its full name. */
    private static String ensureFolder(Store store, String name) throws MessagingException {
        IMAPFolder folder = (IMAPFolder) store.getFolder(name);
        if (!folder.exists() && !folder.create(Folder.HOLDS_MESSAGES)) {
            throw new MessagingException("Cannot create folder " + name);
        }
        return folder.getFullName();
    }

    /**
     * Runs {@code command} on the INBOX's own connection. When Angus has closed the folder, {@code doCommand} would
     * run it on the store connection instead, where no mailbox is selected; that is refused here as a lost connection.
     */
    private Object command(String what, IMAPFolder.ProtocolCommand command) throws MessagingException {
        return inbox.doCommand(protocol -> {
            if (protocol != inboxProtocol) {
                // a plain protocol failure: Angus must not treat it as the death of this (store) connection
                throw new ProtocolException("the INBOX connection was closed before " + what);
            }
            return command.doCommand(protocol);
        });
    }

    @Override
    public boolean usesIdle() {
        return options.useIdle() && idleOffered;
    }

    @Override
    public void awaitChange(Duration maxWait) throws InterruptedException {
        if (wakeRequested.getAndSet(false)) {
            return;
        }
        if (usesIdle()) {
            idle(maxWait);
        } else {
            poll(maxWait);
        }
    }

    /**
     * IDLE until the server reports a change, the deadline passes or a wake-up is requested. A watchdog on the
     * helper thread checks four times a second and ends the IDLE with a UID SEARCH, so a wake-up that raced with the
     * start of the IDLE is still honoured within a quarter second.
     */
    private void idle(Duration maxWait) {
        if (arrivedSinceListing()) {
            return;
        }
        long deadline = System.nanoTime() + maxWait.toNanos();
        ScheduledFuture<?> watchdog = waker.scheduleWithFixedDelay(() -> {
            if (wakeRequested.get() || System.nanoTime() - deadline >= 0) {
                abortIdle();
            }
        }, WATCHDOG_MILLIS, WATCHDOG_MILLIS, TimeUnit.MILLISECONDS);
        idling = true;
        try {
            if (!wakeRequested.get()) { // one that came before idling was set got no command; the watchdog covers the rest
                inbox.idle(true);
            }
        } catch (MessagingException | RuntimeException e) {
            if (!closed) {
                throw unavailable("waiting in IDLE", e);
            }
        } finally {
            idling = false;
            watchdog.cancel(false);
            wakeRequested.set(false);
        }
    }

    /**
     * A message that arrived after the last listing but before the IDLE started is not announced during the IDLE
     * by every server; look for it first.
     */
    private boolean arrivedSinceListing() {
        try {
            long highest = highestListedUid;
            return (Boolean) command("checking for new messages", protocol -> UidCommands.hasUidAbove(protocol, highest));
        } catch (MessagingException | RuntimeException e) {
            throw unavailable("checking for new messages", e);
        }
    }

    private void poll(Duration maxWait) throws InterruptedException {
        long deadline = System.nanoTime() + maxWait.toNanos();
        synchronized (pollLock) {
            long remaining;
            while (!wakeRequested.get() && !closed && (remaining = deadline - System.nanoTime()) > 0) {
                TimeUnit.NANOSECONDS.timedWait(pollLock, remaining);
            }
        }
        wakeRequested.set(false);
    }

    @Override
    public void wakeUp() {
        wakeRequested.set(true);
        synchronized (pollLock) {
            pollLock.notifyAll();
        }
        // Only an IDLE needs a command to end it. Sent while the watcher works, the command would only hold the
        // connection's lock and cost a round trip (seen in the benchmark's profile: the watcher blocked on it).
        if (!closed && idling) {
            try {
                waker.execute(this::abortIdle);
            } catch (java.util.concurrent.RejectedExecutionException ignored) {
                // closing
            }
        }
    }

    /**
     * Any command on the folder from another thread makes Angus send DONE, which ends a running IDLE. The command is a
     * {@code UID SEARCH} rather than a NOOP: a NOOP makes GreenMail report pending expunges, and when a new message
     * arrives at that moment it fails the whole connection ("Need to do this properly..." in
     * {@code ImapSessionFolder.getExpunged}); UID commands report no expunges (RFC 3501 7.4.1), so they cannot.
     */
    private void abortIdle() {
        try {
            long highest = highestListedUid;
            command("ending IDLE", protocol -> UidCommands.hasUidAbove(protocol, highest));
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.FINE, "Command to end IDLE failed", e);
        }
    }

    @Override
    public boolean isConnected() {
        return !closed && inbox.isOpen();
    }

    @Override
    public void close() {
        closed = true;
        synchronized (pollLock) {
            pollLock.notifyAll();
        }
        waker.shutdownNow();
        try {
            if (inbox.isOpen()) {
                inbox.close(false);
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.FINE, "Closing the INBOX failed", e);
        }
        try {
            store.close();
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.FINE, "Closing the IMAP connection failed", e);
        }
    }

    /** Connection-level trouble ends the session; anything else concerns one message only. */
    private RuntimeException failure(String what, Exception e) {
        if (closed || e instanceof FolderClosedException || e instanceof StoreClosedException
                || e.getCause() instanceof ConnectionException || !isConnected()) {
            return unavailable(what, e);
        }
        return new IllegalStateException("IMAP error while " + what + ": " + e.getMessage(), e);
    }

    private MailboxUnavailableException unavailable(String what, Exception e) {
        return new MailboxUnavailableException("IMAP connection lost while " + what + ": " + e.getMessage(), e);
    }
}
