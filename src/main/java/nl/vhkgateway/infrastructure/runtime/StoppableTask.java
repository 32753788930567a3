package nl.vhkgateway.infrastructure.runtime;

/**
 * A long-running loop for a background thread (mailbox watcher, outbox dispatcher): {@link #run()} works until
 * {@link #stop()} is called or the thread is interrupted. Implementations make {@code stop()} safe to call from
 * another thread.
 */
public interface StoppableTask extends Runnable {

    /** Asks the loop to end soon; returns at once. */
    void stop();
}
