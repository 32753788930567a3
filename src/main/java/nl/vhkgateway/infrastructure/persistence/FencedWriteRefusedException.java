package nl.vhkgateway.infrastructure.persistence;

import java.sql.SQLException;

/**
 * The database refused a worker's write because its instance no longer holds the role's lease with the fencing
 * token the worker carries (another instance took over, e.g. while this process was paused). The write was rolled
 * back. Never retried.
 */
public final class FencedWriteRefusedException extends SQLException {

    private static final long serialVersionUID = 1L;

    /** Not a standard SQLSTATE class on purpose: no driver or retry logic treats it as transient. */
    public static final String SQL_STATE = "VHK12";

    public FencedWriteRefusedException(String message) {
        super(message, SQL_STATE);
    }
}
