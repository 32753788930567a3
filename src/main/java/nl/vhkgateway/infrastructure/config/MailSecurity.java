package nl.vhkgateway.infrastructure.config;

import java.util.Locale;
import java.util.Optional;

/**
 * How a connection to a mail server is protected. {@link #NONE} is for the local demo mail server only: the
 * configuration refuses it unless {@code vhk.demo=true}.
 */
public enum MailSecurity {
    /** TLS from the first byte (IMAPS 993, SMTPS 465). */
    SSL,
    /** Plain connection upgraded with STARTTLS; the upgrade is required, never optional. */
    STARTTLS,
    /** No encryption at all: demo only. */
    NONE;

    /** @return the security for a configuration value {@code ssl}, {@code starttls} or {@code none} */
    public static Optional<MailSecurity> parse(String value) {
        for (MailSecurity security : values()) {
            if (security.configValue().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(security);
            }
        }
        return Optional.empty();
    }

    public String configValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean encrypted() {
        return this != NONE;
    }
}
