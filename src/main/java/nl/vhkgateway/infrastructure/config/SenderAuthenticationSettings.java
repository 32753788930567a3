package nl.vhkgateway.infrastructure.config;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import nl.vhkgateway.application.sender.SenderAuthenticationPolicy;

/**
 * Reads {@code vhk.sender-auth.*}. Outside demo mode sender authentication cannot be switched off: the gateway does
 * not start unless every accepted submission will be authenticated. Stateless.
 */
public final class SenderAuthenticationSettings {

    private SenderAuthenticationSettings() {
    }

    /**
     * @throws IllegalArgumentException naming the key, when a value is invalid or not allowed outside demo mode
     */
    public static SenderAuthenticationPolicy read(Function<String, Optional<String>> lookup) {
        boolean demo = value(lookup, ConfigKey.DEMO).map(v -> v.equalsIgnoreCase("true")).orElse(false);
        boolean required = value(lookup, ConfigKey.SENDER_AUTH_REQUIRED).map(v -> switch (v.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(ConfigKey.SENDER_AUTH_REQUIRED.key() + " must be true or false");
        }).orElse(!demo);
        if (!required && !demo) {
            throw new IllegalArgumentException(ConfigKey.SENDER_AUTH_REQUIRED.key() + "=false would let anyone send as"
                    + " a registered participant; it is allowed only with vhk.demo=true");
        }
        SenderAuthenticationPolicy.DkimSource source = value(lookup, ConfigKey.SENDER_AUTH_DKIM_SOURCE)
                .map(v -> switch (v.toLowerCase(Locale.ROOT)) {
                    case "gateway" -> SenderAuthenticationPolicy.DkimSource.GATEWAY;
                    case "authentication-results" -> SenderAuthenticationPolicy.DkimSource.AUTHENTICATION_RESULTS;
                    default -> throw new IllegalArgumentException(ConfigKey.SENDER_AUTH_DKIM_SOURCE.key()
                            + " must be gateway or authentication-results");
                }).orElse(SenderAuthenticationPolicy.DkimSource.GATEWAY);
        if (source == SenderAuthenticationPolicy.DkimSource.AUTHENTICATION_RESULTS
                && value(lookup, ConfigKey.INTAKE_AUTHSERV_ID).isEmpty()) {
            throw new IllegalArgumentException(ConfigKey.SENDER_AUTH_DKIM_SOURCE.key() + "=authentication-results"
                    + " needs " + ConfigKey.INTAKE_AUTHSERV_ID.key() + " (the receiving server's authserv-id)");
        }
        return new SenderAuthenticationPolicy(required, source);
    }

    private static Optional<String> value(Function<String, Optional<String>> lookup, ConfigKey key) {
        return lookup.apply(key.key()).map(String::strip).filter(v -> !v.isEmpty());
    }
}
