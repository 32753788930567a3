package nl.vhkgateway.application.mailflow;

/**
 * Told when processing passes a {@link ProcessingPoint}. Production uses {@link #NONE}; crash tests inject one that
 * stops the process at a chosen point. Implementations must be thread-safe; they are called on the processing
 * thread, outside any database transaction.
 */
@FunctionalInterface
public interface ProcessingObserver {

    ProcessingObserver NONE = point -> {
    };

    void reached(ProcessingPoint point);
}
