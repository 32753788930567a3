package nl.vhkgateway.infrastructure.mail;

import java.time.Duration;
import java.util.Objects;

/**
 * Where a mail server is and how to talk to it. Validated at construction (fail fast on bad configuration).
 * Immutable.
 *
 * @param connectTimeout timeout for opening the connection
 * @param readTimeout    timeout for a reply (IMAP IDLE is not affected: it is renewed by the watcher)
 */
public record MailServerSettings(String host, int port, MailSecurity security, Duration connectTimeout, Duration readTimeout) {

    public MailServerSettings {
        Objects.requireNonNull(host, "host");
        if (host.isBlank() || host.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("Mail server host must be a host name or address, was '" + host + "'");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("Mail server port must be 1..65535, was " + port);
        }
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("Mail server timeouts must be positive");
        }
    }

    /** Host, port and security with 10 s connect and 30 s read timeouts. */
    public MailServerSettings(String host, int port, MailSecurity security) {
        this(host, port, security, Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    @Override
    public String toString() {
        return host + ":" + port + " (" + security + ")";
    }
}
