package nl.vhkgateway.application.screening;

import java.time.Duration;

/**
 * A point in time after which screening stops. Checked between steps and between text segments, so that a slow
 * file ends in a TIMEOUT report instead of holding a thread. Not shared between threads.
 */
final class Deadline {

    private final long endNanos;

    private Deadline(long endNanos) {
        this.endNanos = endNanos;
    }

    static Deadline after(Duration duration) {
        return new Deadline(System.nanoTime() + duration.toNanos());
    }

    long remainingNanos() {
        return endNanos - System.nanoTime();
    }

    /** @throws Expired when the deadline has passed or the thread was interrupted (cancelled after a timeout) */
    void check() {
        if (remainingNanos() <= 0 || Thread.currentThread().isInterrupted()) {
            throw new Expired();
        }
    }

    /** Screening ran out of time. Carries no message or stack trace: it is control flow. */
    static final class Expired extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Expired() {
            super(null, null, false, false);
        }
    }
}
