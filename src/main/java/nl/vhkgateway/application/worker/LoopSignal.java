package nl.vhkgateway.application.worker;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Wait / wake / stop for a worker loop. Thread-safe. */
final class LoopSignal {

    private boolean stopped;
    private boolean woken;

    /** Waits up to {@code timeout} or until woken or stopped; returns false when stopped. */
    synchronized boolean await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long remaining;
        while (!stopped && !woken && (remaining = deadline - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.timedWait(this, remaining);
        }
        woken = false;
        return !stopped;
    }

    synchronized void wake() {
        woken = true;
        notifyAll();
    }

    synchronized void stop() {
        stopped = true;
        notifyAll();
    }

    synchronized boolean isStopped() {
        return stopped;
    }
}
