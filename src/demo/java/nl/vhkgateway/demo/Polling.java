package nl.vhkgateway.demo;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Waiting for a condition by polling, for the demo programs and release checks (the benchmark, the crash and cluster
 * checks), each with the interval that suits what it watches. Immutable.
 */
final class Polling {

    private final Duration interval;

    Polling(Duration interval) {
        this.interval = Objects.requireNonNull(interval, "interval");
    }

    /** Whether the condition held within the timeout (checked once more at the end). */
    boolean until(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            TimeUnit.NANOSECONDS.sleep(interval.toNanos());
        }
        return condition.getAsBoolean();
    }

    /** Waits until the condition holds; throws when it did not within the timeout. */
    void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        if (!until(timeout, condition)) {
            throw new IllegalStateException("Timed out waiting for " + what);
        }
    }
}
