package nl.vhkgateway.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.util.Objects;

/**
 * A local mail server (GreenMail: SMTP and IMAP, no TLS, bound to 127.0.0.1) with the demo accounts; the login of
 * each account is its address. Used by the demo launcher on the fixed ports 3025/3143 and by the end-to-end tests on
 * free ports ({@code 0}). GreenMail's REST API is not started (it would take port 8080). Not thread-safe: start and
 * stop from one thread.
 */
public final class GreenMailDemoServer implements AutoCloseable {

    public static final int DEMO_SMTP_PORT = 3025;
    public static final int DEMO_IMAP_PORT = 3143;
    private static final String HOST = "127.0.0.1";

    private final DemoAccounts accounts;
    private final int requestedSmtpPort;
    private final int requestedImapPort;
    private GreenMail greenMail;

    /**
     * @param accounts the accounts to create
     * @param smtpPort SMTP port, 0 for a free one
     * @param imapPort IMAP port, 0 for a free one
     */
    public GreenMailDemoServer(DemoAccounts accounts, int smtpPort, int imapPort) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.requestedSmtpPort = smtpPort;
        this.requestedImapPort = imapPort;
    }

    /** Starts SMTP and IMAP and creates the accounts; returns when both accept connections. */
    public GreenMailDemoServer start() {
        ServerSetup smtp = new ServerSetup(requestedSmtpPort, HOST, ServerSetup.PROTOCOL_SMTP);
        ServerSetup imap = new ServerSetup(requestedImapPort, HOST, ServerSetup.PROTOCOL_IMAP);
        if (requestedSmtpPort == 0) {
            smtp = smtp.dynamicPort();
        }
        if (requestedImapPort == 0) {
            imap = imap.dynamicPort();
        }
        greenMail = new GreenMail(new ServerSetup[] {smtp.verbose(false), imap.verbose(false)});
        greenMail.start();
        accounts.passwords().forEach((address, password) -> greenMail.setUser(address, address, password));
        return this;
    }

    public String host() {
        return HOST;
    }

    public int smtpPort() {
        return running().getSmtp().getPort();
    }

    public int imapPort() {
        return running().getImap().getPort();
    }

    /** @return the running GreenMail, for tests that inspect mailboxes directly */
    public GreenMail greenMail() {
        return running();
    }

    private GreenMail running() {
        if (greenMail == null) {
            throw new IllegalStateException("GreenMail is not started");
        }
        return greenMail;
    }

    /** Stops both servers; mailbox contents are lost. */
    @Override
    public void close() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }
}
