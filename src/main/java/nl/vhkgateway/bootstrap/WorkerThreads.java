package nl.vhkgateway.bootstrap;

import java.util.concurrent.ThreadFactory;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Starts a named thread for a long-running worker loop and logs its unexpected end. Stateless. */
final class WorkerThreads {

    private static final Logger LOG = Logger.getLogger(WorkerThreads.class.getName());

    private WorkerThreads() {
    }

    static Thread start(ThreadFactory factory, String name, Runnable loop) {
        Thread thread = factory.newThread(() -> {
            try {
                loop.run();
            } catch (RuntimeException | Error e) {
                LOG.log(Level.SEVERE, name + " ended unexpectedly", e);
                throw e;
            }
        });
        thread.setName(name);
        thread.start();
        return thread;
    }
}
