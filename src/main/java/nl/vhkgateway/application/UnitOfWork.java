package nl.vhkgateway.application;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction: all repository calls made by the work on the same thread join it; it
 * commits when the work returns and rolls back when it throws. A nested call joins the outer transaction.
 * Implementations are thread-safe (one transaction per thread).
 */
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
