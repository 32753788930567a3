package nl.vhkgateway.domain.submission;

import java.util.Objects;

/**
 * Where the original message sits on the IMAP server: mailbox account, folder, UIDVALIDITY and UID. A location is
 * only meaningful while the folder's UIDVALIDITY is unchanged (RFC 3501 §2.3.1.1). Immutable.
 */
public record MailboxLocation(String account, String folder, long uidValidity, long uid) {

    public MailboxLocation {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(folder, "folder");
        if (uidValidity <= 0 || uid <= 0) {
            throw new IllegalArgumentException("UIDVALIDITY and UID must be positive");
        }
    }
}
