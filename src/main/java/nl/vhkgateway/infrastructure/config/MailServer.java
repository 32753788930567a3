package nl.vhkgateway.infrastructure.config;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Where and how to reach one mail server (IMAP or SMTP) with one login. Builds the Jakarta Mail session properties
 * so that every component connects the same way: TLS as configured (server identity checked), bounded timeouts.
 * Immutable and thread-safe; {@link #toString()} hides the password.
 *
 * @param host     host name of the server
 * @param port     TCP port
 * @param security how the connection is protected
 * @param user     login name; empty for an SMTP server without authentication
 * @param password password of the login; empty only when {@code user} is empty
 * @param timeout  bound for connecting, reading and writing
 */
public record MailServer(String host, int port, MailSecurity security, Optional<String> user,
                         Optional<Secret> password, Duration timeout) {

    public MailServer {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** @return the same server with another login (e.g. a second mailbox on the same IMAP server) */
    public MailServer withLogin(String otherUser, Secret otherPassword) {
        return new MailServer(host, port, security, Optional.of(otherUser), Optional.of(otherPassword), timeout);
    }

    /** @return the same server and login with another timeout (e.g. the shorter one of a health check) */
    public MailServer withTimeout(Duration otherTimeout) {
        return new MailServer(host, port, security, user, password, otherTimeout);
    }

    /**
     * Session properties for the protocol {@code imap} or {@code smtp} (never {@code imaps}/{@code smtps}: TLS is
     * switched on by property, so that callers always use the plain protocol name).
     */
    public Properties sessionProperties(String protocol) {
        if (!protocol.equals("imap") && !protocol.equals("smtp")) {
            throw new IllegalArgumentException("protocol must be imap or smtp: " + protocol);
        }
        String prefix = "mail." + protocol + ".";
        String millis = Long.toString(timeout.toMillis());
        Properties properties = new Properties();
        properties.setProperty(prefix + "host", host);
        properties.setProperty(prefix + "port", Integer.toString(port));
        properties.setProperty(prefix + "connectiontimeout", millis);
        properties.setProperty(prefix + "timeout", millis);
        properties.setProperty(prefix + "writetimeout", millis);
        switch (security) {
            case SSL -> {
                properties.setProperty(prefix + "ssl.enable", "true");
                properties.setProperty(prefix + "ssl.checkserveridentity", "true");
            }
            case STARTTLS -> {
                properties.setProperty(prefix + "starttls.enable", "true");
                properties.setProperty(prefix + "starttls.required", "true");
                properties.setProperty(prefix + "ssl.checkserveridentity", "true");
            }
            case NONE -> {
                // demo only: guarded by the configuration reader
            }
        }
        if (protocol.equals("imap")) {
            properties.setProperty("mail.store.protocol", "imap");
        } else {
            properties.setProperty("mail.transport.protocol", "smtp");
            properties.setProperty(prefix + "auth", Boolean.toString(user.isPresent()));
        }
        user.ifPresent(login -> properties.setProperty(prefix + "user", login));
        return properties;
    }

    /** @return a description for logs: host, port and security, never the login */
    public String describe() {
        return host + ":" + port + " (" + security.configValue() + ")";
    }
}
