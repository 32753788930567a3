package nl.vhkgateway.application.sender;

import java.util.Objects;

/**
 * Whether every accepted submission must be authenticated, and where a DKIM result comes from. Outside demo mode
 * {@code required} is always true (the configuration reader refuses anything else, so the gateway does not start).
 * Immutable.
 *
 * @param required   refuse (quarantine) a registered sender's mail that is not authenticated
 * @param dkimSource who verifies DKIM: the gateway itself, or the receiving server's Authentication-Results
 */
public record SenderAuthenticationPolicy(boolean required, DkimSource dkimSource) {

    /** Who verifies DKIM signatures. */
    public enum DkimSource {
        /** The gateway verifies the signatures itself ({@link DkimVerification}). */
        GATEWAY,
        /** The receiving mail server's {@code Authentication-Results} header (trusted by its authserv-id). */
        AUTHENTICATION_RESULTS
    }

    public SenderAuthenticationPolicy {
        Objects.requireNonNull(dkimSource, "dkimSource");
    }

    /** The demo's weaker mode: authenticated when possible, but unauthenticated mail is taken in too. */
    public static SenderAuthenticationPolicy demo() {
        return new SenderAuthenticationPolicy(false, DkimSource.GATEWAY);
    }

    /** Production with the gateway verifying DKIM. */
    public static SenderAuthenticationPolicy enforced(DkimSource source) {
        return new SenderAuthenticationPolicy(true, source);
    }
}
