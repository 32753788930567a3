package nl.vhkgateway.domain.planning;

/** A planned case changed between reading and writing it (someone else decided first). */
public final class ConcurrentPlanningException extends RuntimeException {

    public ConcurrentPlanningException(String message) {
        super(message);
    }
}
