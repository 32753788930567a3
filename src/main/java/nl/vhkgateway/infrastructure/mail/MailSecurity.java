package nl.vhkgateway.infrastructure.mail;

/**
 * Transport security of a mail connection. Production requires {@link #STARTTLS} or {@link #TLS}; {@link #NONE} is
 * for the local demo and tests only.
 */
public enum MailSecurity {
    /** Plain text (demo and tests only). */
    NONE,
    /** Plain connection upgraded with STARTTLS; the upgrade is required, never optional. */
    STARTTLS,
    /** TLS from the first byte (IMAPS 993, SMTPS 465). */
    TLS
}
