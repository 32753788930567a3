package nl.vhkgateway.infrastructure.mail;

import java.util.Objects;

/**
 * How the intake mailbox is used. Immutable.
 *
 * @param processedFolder where handled originals go (created when missing); default {@code Verwerkt}
 * @param useIdle         use IMAP IDLE when the server offers it (else poll)
 * @param moveMode        how originals are moved
 */
public record ImapOptions(String processedFolder, boolean useIdle, MoveMode moveMode) {

    /** How a message leaves the INBOX. */
    public enum MoveMode {
        /** UID MOVE (RFC 6851) when the server offers it, else copy + flag \Deleted + expunge. */
        AUTO,
        /** Always copy + flag \Deleted + expunge (for servers whose MOVE misbehaves). */
        COPY_AND_DELETE
    }

    public ImapOptions {
        Objects.requireNonNull(processedFolder, "processedFolder");
        if (processedFolder.isBlank() || processedFolder.equalsIgnoreCase("INBOX")) {
            throw new IllegalArgumentException("The processed folder must be a folder other than INBOX");
        }
        Objects.requireNonNull(moveMode, "moveMode");
    }

    /** {@code Verwerkt}, IDLE when offered, MOVE when offered. */
    public static ImapOptions defaults() {
        return new ImapOptions("Verwerkt", true, MoveMode.AUTO);
    }

    public ImapOptions withUseIdle(boolean value) {
        return new ImapOptions(processedFolder, value, moveMode);
    }

    public ImapOptions withMoveMode(MoveMode value) {
        return new ImapOptions(processedFolder, useIdle, value);
    }
}
