package nl.vhkgateway.infrastructure.persistence;

/** A database operation failed (unchecked wrapper around {@link java.sql.SQLException}). */
public class PersistenceException extends RuntimeException {

    public PersistenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
