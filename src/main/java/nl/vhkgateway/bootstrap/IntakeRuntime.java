package nl.vhkgateway.bootstrap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Logger;

import javax.sql.DataSource;

import nl.vhkgateway.application.intake.overview.SubmissionOverview;
import nl.vhkgateway.application.metrics.DurationHistogram;
import nl.vhkgateway.application.mailflow.SubmissionAdministration;
import nl.vhkgateway.application.intake.quarantine.QuarantineAdministration;
import nl.vhkgateway.application.intake.routing.Addresses;
import nl.vhkgateway.application.mailflow.RoutingPolicy;
import nl.vhkgateway.application.sender.SenderVerifier;
import nl.vhkgateway.application.screening.MailScreeningService;
import nl.vhkgateway.application.worker.WorkerGate;
import nl.vhkgateway.application.leadership.LeaderOnlyOutboxGuard;
import nl.vhkgateway.application.leadership.Leadership;
import nl.vhkgateway.application.leadership.LeadershipRole;
import nl.vhkgateway.application.mailflow.OutboxGuard;
import nl.vhkgateway.application.mailflow.InDoubtDeliveries;
import nl.vhkgateway.application.worker.WorkerLoop;
import nl.vhkgateway.domain.audit.AuditLog;
import nl.vhkgateway.application.mailflow.MailflowSettings;
import nl.vhkgateway.infrastructure.config.GatewayConfig;
import nl.vhkgateway.infrastructure.config.IntakeConfig;
import nl.vhkgateway.infrastructure.mail.ImapOptions;
import nl.vhkgateway.infrastructure.mail.ImapProcessedFolder;
import nl.vhkgateway.interfaces.mailbox.WatcherSettings;
import nl.vhkgateway.interfaces.mailbox.WorkerStatus;

/**
 * The intake in the container: builds the {@link MailflowAssembly} from the configuration and the container's
 * DataSource with the screening intake ({@link ScreeningIntakeAssembly}: sender verification, screening, routing
 * to the voorzitter / RvdK, answers, quarantine, retention) as its routing, runs the mailbox watcher, the outbox
 * dispatch loop and the retention job ({@link WorkerLoop}s, registered in {@link WorkerLoops}) on managed threads ({@link #start}, called by {@link GatewayStartup} after the
 * schema migration), stops them on undeploy, and gives the beheerder's REST resources the
 * {@link SubmissionAdministration} and the {@link QuarantineAdministration}. Thread-safe.
 */
@ApplicationScoped
public class IntakeRuntime {

    private static final Logger LOG = Logger.getLogger(IntakeRuntime.class.getName());
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);
    /** The first retention pass after start-up (catches up on what fell due while the gateway was down). */
    private static final Duration RETENTION_FIRST_RUN = Duration.ofMinutes(1);

    @Inject
    GatewayConfig config;

    @Inject
    SenderVerifier senderVerifier;

    @Inject
    MailScreeningService mailScreening;

    @Inject
    AuditLog auditLog;

    @Inject
    Repositories repositories;

    @Inject
    WorkerGate gate;

    @Inject
    WorkerLoops loops;

    @Inject
    Leadership leadership;

    @Inject
    InDoubtDeliveries inDoubt;

    @Inject
    AgendaRuntime agenda;

    private ScreeningIntakeAssembly screening;
    private MailflowAssembly intake;
    private WorkerLoop retentionJob;
    private final List<Thread> threads = new ArrayList<>();

    @PostConstruct
    void init() {
        ScreeningIntakeAssembly.Builder builder = ScreeningIntakeAssembly.builder()
                .repositories(repositories)
                .senderVerifier(senderVerifier)
                .screening(mailScreening)
                .auditLog(auditLog)
                .addresses(new Addresses(config.mailboxes().intake(), config.mailboxes().voorzitter(),
                        config.mailboxes().rvdk(), config.mailboxes().beheer()))
                .retention(config.retention())
                .blankCard(PublicConsoleAddress.fromConfiguration().map(PublicConsoleAddress::blankCard))
                .processedMailbox(new ImapProcessedFolder(config.imap(), config.intake().processedFolder()))
                // the voorzitter's planning keywords (issue 10); until the agenda has started such a mail fails and
                // is tried again
                .planningCommands((mail, command) -> agenda.planningByMail().handle(mail, command).name());
        // retention cleans the processed folder of every watched mailbox, the handover mailbox's too
        config.handoverImap().ifPresent(handover -> builder.processedMailbox(
                new ImapProcessedFolder(handover, config.intake().processedFolder())));
        screening = builder.build();
        intake = assemble(config, repositories, screening.policy(), gate,
                new LeaderOnlyOutboxGuard(leadership, LeadershipRole.INTAKE, OutboxGuard.ALLOW_ALL), inDoubt);
        retentionJob = WorkerLoop.builder("vhk-retention", context -> screening.retention().purgeDue())
                .firstRoundAfter(RETENTION_FIRST_RUN)
                .pause(config.retention().interval())
                .retryAfter(config.retention().interval())
                .failureLabel("Retention pass failed")
                .gate(gate)
                .logger(LOG)
                .build();
    }

    /** Builds the intake from the configuration with the screening intake as its routing (no connections, no threads). */
    static MailflowAssembly assemble(GatewayConfig config, DataSource dataSource, RoutingPolicy routing) {
        return assemble(config, new Repositories(dataSource, java.time.Clock.systemUTC()), routing, WorkerGate.ALWAYS,
                OutboxGuard.ALLOW_ALL, InDoubtDeliveries.unprobed());
    }

    private static MailflowAssembly assemble(GatewayConfig config, Repositories repositories, RoutingPolicy routing,
                                             WorkerGate gate, OutboxGuard guard, InDoubtDeliveries inDoubt) {
        IntakeConfig settings = config.intake();
        MailflowSettings defaults = MailflowSettings.defaults();
        MailflowSettings retries = new MailflowSettings(settings.maxAttempts(), settings.retryDelay(),
                settings.maxRetryDelay(), defaults.sendingLease(), defaults.batchSize(), settings.maxMessageBytes());
        return MailflowAssembly.builder()
                .repositories(repositories)
                .intakeMailbox(config.imap())
                .imapOptions(new ImapOptions(settings.processedFolder(), settings.useIdle(),
                        ImapOptions.MoveMode.AUTO))
                .smtp(config.smtp())
                .gatewayAddress(config.mailboxes().intake())
                .voorzitter(config.mailboxes().voorzitter())
                .settings(retries)
                .watcherSettings(WatcherSettings.defaults().withPollInterval(settings.pollInterval()).withWorkers(settings.workers()))
                .dispatchInterval(settings.dispatchInterval())
                .routing(routing)
                .gate(gate)
                .guard(guard)
                .inDoubt(inDoubt)
                .build();
    }

    /** Starts the watcher and the dispatch loop on threads of {@code threadFactory} (once). */
    public synchronized void start(ThreadFactory threadFactory) {
        if (!threads.isEmpty()) {
            throw new IllegalStateException("The intake is already running");
        }
        // every thread of the intake's workers (and of the retention job) writes under its role's fencing check
        ThreadFactory intakeThreads = RoleThreads.of(threadFactory, LeadershipRole.INTAKE);
        intake.watcher().workerThreads(intakeThreads);
        threads.add(intake.watcher().start(intakeThreads));
        threads.add(intake.dispatchLoop().start(intakeThreads));
        threads.add(retentionJob.start(RoleThreads.of(threadFactory, LeadershipRole.JOBS)));
        loops.register(retentionJob.name(), retentionJob::state);
        loops.register(intake.watcher().state().name(), intake.watcher()::state);
        loops.register(intake.dispatchLoop().state().name(), intake.dispatchLoop()::state);
        LOG.info(() -> "Intake running: watching " + config.imap().describe() + ", sending via "
                + config.smtp().describe());
    }

    /** Stops both loops and the retention job and waits for them (at most 15 s); safe to call more than once. */
    @PreDestroy
    public synchronized void stop() {
        if (threads.isEmpty()) {
            return;
        }
        retentionJob.stop();
        intake.stop();
        try {
            if (!(intake.awaitStopped(STOP_TIMEOUT) & retentionJob.awaitStopped(STOP_TIMEOUT))) {
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

    public SubmissionAdministration administration() {
        return intake.administration();
    }

    /** The beheerder's quarantine (list, show, release, delete). */
    public QuarantineAdministration quarantine() {
        return screening.quarantine();
    }

    /** The beheerder's overview of submissions (search by state / submission number, with verdicts). */
    public SubmissionOverview overview() {
        return screening.overview();
    }

    /** How long screening took per card since the start (for the metrics). */
    public DurationHistogram screeningTimes() {
        return screening.policy().screeningTimes();
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
