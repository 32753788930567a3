package nl.vhkgateway.infrastructure.mail;

import java.util.Objects;

/**
 * A login on a mail server: the server settings, user name and password. An empty user means no authentication
 * (SMTP relay in the demo). {@link #toString()} masks the password. Immutable.
 */
public record MailAccount(MailServerSettings server, String user, String password) {

    public MailAccount {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!user.isEmpty() && password.isEmpty()) {
            throw new IllegalArgumentException("Mail account " + user + " on " + server + " has no password");
        }
    }

    /** True when the account logs in (a user name is set). */
    public boolean authenticates() {
        return !user.isEmpty();
    }

    /** {@code user@host:port (SECURITY)}, never the password. */
    public String describe() {
        return (user.isEmpty() ? "(anonymous)" : user) + " on " + server;
    }

    @Override
    public String toString() {
        return "MailAccount[server=" + server + ", user=" + user + ", password=" + (password.isEmpty() ? "" : "*****") + "]";
    }
}
