package nl.vhkgateway.domain.submission;

/**
 * A state change or claim lost a race: the stored state was no longer the expected one (another thread or
 * instance moved it on). The caller re-reads and decides again; nothing was written.
 */
public class ConcurrentChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String message) {
        super(message);
    }
}
