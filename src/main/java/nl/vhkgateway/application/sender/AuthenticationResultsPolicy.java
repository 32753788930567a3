package nl.vhkgateway.application.sender;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which {@code Authentication-Results} headers the gateway trusts: only those written by the receiving mail server,
 * recognised by its authserv-id (configuration {@code vhk.intake.authserv-id}, e.g. "mx.gateway.example.nl").
 * The receiving server must remove headers with its own authserv-id from incoming mail (RFC 8601 §5), otherwise a
 * sender could forge them; headers with other authserv-ids are ignored. With {@code required}, a message without a
 * trusted header is refused. Without an authserv-id the check is off (the demo mail server writes no such headers).
 * Immutable.
 *
 * @param authservId the receiving server's authserv-id, lower case; empty disables the check
 * @param required   refuse messages that carry no header from the receiving server
 */
public record AuthenticationResultsPolicy(Optional<String> authservId, boolean required) {

    private static final Pattern AUTHSERV_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-_]{0,252}");

    public AuthenticationResultsPolicy {
        Objects.requireNonNull(authservId, "authservId");
        if (authservId.isPresent() && !AUTHSERV_ID.matcher(authservId.get()).matches()) {
            throw new IllegalArgumentException("vhk.intake.authserv-id is not a valid authserv-id (a host name): '"
                    + authservId.get() + "'");
        }
        authservId = authservId.map(id -> id.toLowerCase(Locale.ROOT));
        if (required && authservId.isEmpty()) {
            throw new IllegalArgumentException("requiring Authentication-Results needs vhk.intake.authserv-id");
        }
    }

    /** No Authentication-Results check (the demo). */
    public static AuthenticationResultsPolicy disabled() {
        return new AuthenticationResultsPolicy(Optional.empty(), false);
    }

    /**
     * @param authservId the receiving server's authserv-id
     * @param required   refuse messages without a header from it
     */
    public static AuthenticationResultsPolicy trusting(String authservId, boolean required) {
        return new AuthenticationResultsPolicy(Optional.of(authservId), required);
    }

    public boolean enabled() {
        return authservId.isPresent();
    }
}
