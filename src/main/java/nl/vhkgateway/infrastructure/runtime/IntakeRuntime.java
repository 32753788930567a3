package nl.vhkgateway.infrastructure.runtime;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import nl.vhkgateway.application.intake.IntakeAdministration;
import nl.vhkgateway.application.intake.IntakeSettings;
import nl.vhkgateway.infrastructure.config.GatewayConfig;
import nl.vhkgateway.infrastructure.config.IntakeConfig;
import nl.vhkgateway.infrastructure.mail.ImapOptions;
import nl.vhkgateway.interfaces.mailbox.IntakeAssembly;
import nl.vhkgateway.interfaces.mailbox.WatcherSettings;
import nl.vhkgateway.interfaces.mailbox.WorkerStatus;

/**
 * The intake in the container: builds the {@link IntakeAssembly} from the configuration and the container's
 * DataSource, runs the mailbox watcher and the outbox dispatch loop on managed threads ({@link #start}, called by
 * {@link GatewayStartup} after the schema migration), stops them on undeploy, and gives the beheerder's REST
 * resources the {@link IntakeAdministration}. Thread-safe.
 */
@ApplicationScoped
public class IntakeRuntime {

    private static final Logger LOG = Logger.getLogger(IntakeRuntime.class.getName());
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);

    @Inject
    GatewayConfig config;

    @Inject
    DataSource dataSource;

    private IntakeAssembly intake;
    private final List<Thread> threads = new ArrayList<>();

    @PostConstruct
    void init() {
        intake = assemble(config, dataSource);
    }

    /** Builds the intake from the configuration (no connections, no threads). */
    static IntakeAssembly assemble(GatewayConfig config, DataSource dataSource) {
        IntakeConfig settings = config.intake();
        IntakeSettings retries = IntakeSettings.defaults()
                .withMaxAttempts(settings.maxAttempts())
                .withBackoff(settings.retryDelay(), settings.maxRetryDelay());
        return IntakeAssembly.builder()
                .dataSource(dataSource)
                .intakeMailbox(config.imap())
                .imapOptions(new ImapOptions(settings.processedFolder(), settings.useIdle(),
                        ImapOptions.MoveMode.AUTO))
                .smtp(config.smtp())
                .gatewayAddress(config.mailboxes().intake())
                .voorzitter(config.mailboxes().voorzitter())
                .settings(retries)
                .watcherSettings(WatcherSettings.defaults().withPollInterval(settings.pollInterval()))
                .dispatchInterval(settings.dispatchInterval())
                .build();
    }

    /** Starts the watcher and the dispatch loop on threads of {@code threadFactory} (once). */
    public synchronized void start(ThreadFactory threadFactory) {
        if (!threads.isEmpty()) {
            throw new IllegalStateException("The intake is already running");
        }
        threads.add(startThread(threadFactory, "vhk-intake-watcher", intake.watcher()));
        threads.add(startThread(threadFactory, "vhk-outbox-dispatch", intake.dispatchLoop()));
        LOG.info(() -> "Intake running: watching " + config.imap().describe() + ", sending via "
                + config.smtp().describe());
    }

    private static Thread startThread(ThreadFactory factory, String name, Runnable loop) {
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

    /** Stops both loops and waits for them (at most 15 s); safe to call more than once. */
    @PreDestroy
    public synchronized void stop() {
        if (threads.isEmpty()) {
            return;
        }
        intake.stop();
        try {
            if (!intake.awaitStopped(STOP_TIMEOUT)) {
                LOG.warning("The intake loops did not stop within " + STOP_TIMEOUT + "; interrupting them");
                threads.forEach(Thread::interrupt);
            }
        } catch (InterruptedException e) {
            threads.forEach(Thread::interrupt);
            Thread.currentThread().interrupt();
        }
        threads.clear();
        LOG.info("Intake stopped");
    }

    public IntakeAdministration administration() {
        return intake.administration();
    }

    /** Wakes both loops, e.g. after the beheerder reprocessed a submission. */
    public void wakeUp() {
        intake.watcher().wakeUp();
        intake.dispatchLoop().wakeUp();
    }

    /** @return the mailbox watcher's state (for health and the beheerder) */
    public WorkerStatus watcherStatus() {
        return intake.watcher().status();
    }

    /** @return the dispatch loop's state (for health and the beheerder) */
    public WorkerStatus dispatchStatus() {
        return intake.dispatchLoop().status();
    }
}
