package nl.vhkgateway.infrastructure.config;

import java.util.Objects;

/**
 * A configured secret (a password). Its {@link #toString()} never shows the value, so that a secret cannot end up in
 * a log line or an exception message by accident. Immutable and thread-safe.
 */
public final class Secret {

    private final String value;

    public Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    /** @return the secret itself; hand it only to the component that needs it (a mail or database login). */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && secret.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "******";
    }
}
