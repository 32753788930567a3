package nl.vhkgateway.demo;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.search.HeaderTerm;
import jakarta.mail.search.SearchTerm;
import nl.vhkgateway.domain.mail.GatewayHeaders;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * Waits in one IMAP mailbox for one message, found by a header (the answer whose {@code In-Reply-To} is the
 * Message-ID we sent, or the card mail with a given {@code X-VHK-Inbrengnummer}), reading only headers: one open
 * connection, a server-side {@code SEARCH HEADER} every {@value #POLL_MILLIS} ms and, once found, a fetch of the
 * few header fields needed. Never downloads a message body. Demo and tests only (plain IMAP). Not thread-safe.
 */
public final class AnswerWatch implements AutoCloseable {

    static final long POLL_MILLIS = 200;

    private final Store store;
    private final Folder inbox;

    /** Logs in to {@code user}'s INBOX at {@code host:port}. */
    public AnswerWatch(String host, int port, String user, String password) throws MessagingException {
        Properties properties = new Properties();
        properties.setProperty("mail.imap.connectiontimeout", "5000");
        properties.setProperty("mail.imap.timeout", "5000");
        this.store = Session.getInstance(properties).getStore("imap");
        store.connect(host, port, user, password);
        this.inbox = store.getFolder("INBOX");
        inbox.open(Folder.READ_ONLY);
    }

    /** The gateway's answer to the message {@code messageId} ({@code In-Reply-To}), waiting up to {@code timeout}. */
    public Optional<GatewayAnswer> answerTo(String messageId, Duration timeout)
            throws MessagingException, InterruptedException {
        return await(new HeaderTerm("In-Reply-To", messageId), timeout);
    }

    /** The card mail of submission {@code number} ({@code X-VHK-Inbrengnummer}), waiting up to {@code timeout}. */
    public Optional<GatewayAnswer> cardMail(String number, Duration timeout)
            throws MessagingException, InterruptedException {
        return await(new HeaderTerm(GatewayHeaders.NUMBER, number), timeout);
    }

    private Optional<GatewayAnswer> await(SearchTerm term, Duration timeout)
            throws MessagingException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Message[] found = inbox.search(term); // server-side SEARCH HEADER: no message is downloaded
            if (found.length > 0) {
                return Optional.of(headersOf(found[found.length - 1]));
            }
            if (System.nanoTime() >= deadline) {
                return Optional.empty();
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private GatewayAnswer headersOf(Message message) throws MessagingException {
        FetchProfile headers = new FetchProfile();
        headers.add(UIDFolder.FetchProfileItem.UID);
        for (String name : new String[] {"Subject", GatewayHeaders.OUTCOME, GatewayHeaders.NUMBER,
                GatewayHeaders.SENT_TO, GatewayHeaders.REASONS}) {
            headers.add(name); // BODY.PEEK[HEADER.FIELDS (...)]
        }
        inbox.fetch(new Message[] {message}, headers);
        String subject = first(message, "Subject");
        return GatewayAnswer.of(subject == null ? "" : decode(subject), first(message, GatewayHeaders.OUTCOME),
                first(message, GatewayHeaders.NUMBER), first(message, GatewayHeaders.SENT_TO),
                first(message, GatewayHeaders.REASONS));
    }

    private static String decode(String value) {
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(value));
        } catch (java.io.UnsupportedEncodingException e) {
            return value;
        }
    }

    private static String first(Message message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public void close() throws MessagingException {
        try {
            if (inbox.isOpen()) {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }
}
