package nl.vhkgateway.application.sender;

/**
 * How the gateway establishes that a participant's mail really comes from that participant; chosen per organisation
 * by the beheerder ({@code PUT /api/organisations/{id}/sender-authentication}). See
 * deploy/sender-authentication.md.
 */
public enum SenderAuthenticationMethod {
    /** An S/MIME signature made with the participant's registered signing certificate. */
    SMIME,
    /** A valid DKIM signature of the From domain (or a parent/subdomain of it: relaxed alignment, RFC 7489). */
    DKIM
}
