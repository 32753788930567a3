package nl.vhkgateway.infrastructure.persistence;

/** A database operation failed (connection lost, constraint violated, ...). Unchecked; carries the SQLException. */
public class DataAccessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DataAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
