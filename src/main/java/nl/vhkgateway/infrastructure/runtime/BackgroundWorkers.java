package nl.vhkgateway.infrastructure.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the gateway's background loops each on its own thread (in the container from the ManagedThreadFactory, so
 * that they have the application's context) and stops them cleanly: {@link StoppableTask#stop()}, interrupt, wait.
 * A loop that ends by an unexpected exception is logged. Thread-safe.
 */
public final class BackgroundWorkers implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(BackgroundWorkers.class.getName());

    private final ThreadFactory threadFactory;
    private final Duration stopTimeout;
    private final List<Running> running = new ArrayList<>();

    public BackgroundWorkers(ThreadFactory threadFactory, Duration stopTimeout) {
        this.threadFactory = Objects.requireNonNull(threadFactory, "threadFactory");
        this.stopTimeout = Objects.requireNonNull(stopTimeout, "stopTimeout");
    }

    /** Starts {@code task} on a new thread named {@code vhk-<name>}. */
    public synchronized void start(String name, StoppableTask task) {
        Thread thread = threadFactory.newThread(() -> {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                LOG.log(Level.SEVERE, "Background task " + name + " ended unexpectedly", e);
                throw e;
            }
        });
        thread.setName("vhk-" + name);
        running.add(new Running(name, task, thread));
        thread.start();
        LOG.info(() -> "Started background task " + name);
    }

    /** Stops every task (in reverse start order) and waits for each up to the stop timeout. */
    @Override
    public synchronized void close() {
        for (int i = running.size() - 1; i >= 0; i--) {
            Running worker = running.get(i);
            worker.task().stop();
            worker.thread().interrupt();
            try {
                worker.thread().join(stopTimeout.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (worker.thread().isAlive()) {
                LOG.warning(() -> "Background task " + worker.name() + " did not stop within " + stopTimeout);
            } else {
                LOG.info(() -> "Stopped background task " + worker.name());
            }
        }
        running.clear();
    }

    private record Running(String name, StoppableTask task, Thread thread) {
    }
}
