package nl.vhkgateway.infrastructure.persistence;

/** The database could not be reached or refused a statement. The message names the operation, never data. */
public class PersistenceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PersistenceException(String operation, Throwable cause) {
        super(operation + " failed", cause);
    }
}
