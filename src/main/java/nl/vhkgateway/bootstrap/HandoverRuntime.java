package nl.vhkgateway.bootstrap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.vhkgateway.application.handover.DeliveryTransport;
import nl.vhkgateway.application.handover.HandoverAuthorisation;
import nl.vhkgateway.application.mailflow.MailflowSettings;
import nl.vhkgateway.application.sender.SenderVerifier;
import nl.vhkgateway.application.participant.ParticipantRegistry;
import nl.vhkgateway.application.worker.WorkerGate;
import nl.vhkgateway.application.leadership.LeaderOnlyOutboxGuard;
import nl.vhkgateway.application.leadership.Leadership;
import nl.vhkgateway.application.mailflow.InDoubtDeliveries;
import nl.vhkgateway.application.leadership.LeadershipRole;
import nl.vhkgateway.domain.audit.AuditLog;
import nl.vhkgateway.infrastructure.config.GatewayConfig;
import nl.vhkgateway.infrastructure.config.IntakeConfig;
import nl.vhkgateway.infrastructure.crypto.SmimeEncryptor;
import nl.vhkgateway.infrastructure.crypto.SmimePartnerEncryption;
import nl.vhkgateway.infrastructure.mail.ImapOptions;
import nl.vhkgateway.infrastructure.mail.MailAccount;
import nl.vhkgateway.infrastructure.mail.MailSecurity;
import nl.vhkgateway.interfaces.mailbox.WatcherSettings;
import nl.vhkgateway.interfaces.mailbox.WorkerStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Logger;

/**
 * The handover mailbox in the container: when {@code vhk.imap.handover.user} is configured, builds the
 * {@link HandoverAssembly} (its own pipeline channel, the consent check on receipt and again before delivery) from
 * the configuration and the application's beans, and runs its mailbox watcher and outbox dispatch loop on managed
 * threads ({@link #start}, called by {@link GatewayStartup} after the schema migration and the register seeding).
 * Without a handover mailbox nothing runs and mail to it stays where it is. Retry and watch settings follow the
 * intake's ({@code vhk.intake.*}).
 *
 * <p>Reads {@code vhk.handover.require-tls-without-smime} (default true: a partner without S/MIME certificate gets
 * a card only when the SMTP connection is TLS) and the S/MIME algorithms ({@code vhk.smime.*}); the
 * {@code GatewayConfigReader} validates them at start-up. Thread-safe.
 */
@ApplicationScoped
public class HandoverRuntime {

    private static final Logger LOG = Logger.getLogger(HandoverRuntime.class.getName());
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);

    @Inject
    GatewayConfig config;

    @Inject
    Repositories repositories;

    @Inject
    ParticipantRegistry registry;

    @Inject
    SenderVerifier senderVerifier;

    @Inject
    HandoverAuthorisation authorisation;

    @Inject
    AuditLog auditLog;

    @Inject
    WorkerGate gate;

    @Inject
    WorkerLoops loops;

    @Inject
    Leadership leadership;

    @Inject
    InDoubtDeliveries inDoubt;

    @Inject
    @ConfigProperty(name = "vhk.handover.require-tls-without-smime", defaultValue = "true")
    boolean requireTlsWithoutSmime;

    @Inject
    @ConfigProperty(name = "vhk.smime.content-encryption", defaultValue = "AES256_CBC")
    String contentEncryption;

    @Inject
    @ConfigProperty(name = "vhk.smime.key-transport", defaultValue = "RSA_PKCS1")
    String keyTransport;

    private Optional<MailflowAssembly> handover = Optional.empty();
    private final List<Thread> threads = new ArrayList<>();

    @PostConstruct
    void init() {
        handover = config.handoverImap().map(this::assemble);
    }

    private MailflowAssembly assemble(MailAccount handoverMailbox) {
        IntakeConfig settings = config.intake();
        boolean smtpUsesTls = config.smtp().server().security() != MailSecurity.NONE;
        return HandoverAssembly.builder()
                .repositories(repositories)
                .handoverMailbox(handoverMailbox)
                .imapOptions(new ImapOptions(settings.processedFolder(), settings.useIdle(), ImapOptions.MoveMode.AUTO))
                .smtp(config.smtp())
                .gatewayAddress(config.mailboxes().handover())
                .senderVerifier(senderVerifier)
                .partners(registry::organisations)
                .vhtSubmissions(repositories.vhtSubmissions())
                .authorisation(authorisation)
                .auditLog(auditLog)
                .encryption(new SmimePartnerEncryption(SmimeEncryptor.fromConfig(contentEncryption, keyTransport)))
                .transport(new DeliveryTransport(requireTlsWithoutSmime, smtpUsesTls))
                .settings(MailflowSettings.defaults().withMaxAttempts(settings.maxAttempts())
                        .withBackoff(settings.retryDelay(), settings.maxRetryDelay()))
                .watcherSettings(WatcherSettings.defaults().withPollInterval(settings.pollInterval()))
                .dispatchInterval(settings.dispatchInterval())
                .gate(gate)
                .guardWrapper(guard -> new LeaderOnlyOutboxGuard(leadership, LeadershipRole.HANDOVER, guard))
                .inDoubt(inDoubt)
                .build()
                .mailflow();
    }

    /** Starts the handover watcher and dispatch loop on threads of {@code threadFactory} (once; none when off). */
    public synchronized void start(ThreadFactory threadFactory) {
        if (handover.isEmpty()) {
            LOG.info("No handover mailbox configured (vhk.imap.handover.user): handovers are off");
            return;
        }
        if (!threads.isEmpty()) {
            throw new IllegalStateException("The handover mailbox is already watched");
        }
        MailflowAssembly flow = handover.get();
        ThreadFactory handoverThreads = RoleThreads.of(threadFactory, LeadershipRole.HANDOVER);
        threads.add(flow.watcher().start(handoverThreads));
        threads.add(flow.dispatchLoop().start(handoverThreads));
        loops.register(flow.watcher().state().name(), flow.watcher()::state);
        loops.register(flow.dispatchLoop().state().name(), flow.dispatchLoop()::state);
        LOG.info(() -> "Handovers running: watching " + config.handoverImap().orElseThrow().describe()
                + (requireTlsWithoutSmime ? "" : "; cards to partners without certificate may go without TLS"));
    }

    /** Stops both loops and waits for them (at most 15 s); safe to call more than once. */
    @PreDestroy
    public synchronized void stop() {
        if (threads.isEmpty() || handover.isEmpty()) {
            return;
        }
        handover.get().stop();
        try {
            if (!handover.get().awaitStopped(STOP_TIMEOUT)) {
                LOG.warning("The handover loops did not stop within " + STOP_TIMEOUT + "; interrupting them");
                threads.forEach(Thread::interrupt);
            }
        } catch (InterruptedException e) {
            threads.forEach(Thread::interrupt);
            Thread.currentThread().interrupt();
        }
        threads.clear();
        LOG.info("Handovers stopped");
    }

    /** The watcher's state, when handovers are on (for health and the beheerder). */
    public Optional<WorkerStatus> watcherStatus() {
        return handover.map(h -> h.watcher().status());
    }

    /** The dispatch loop's state, when handovers are on. */
    public Optional<WorkerStatus> dispatchStatus() {
        return handover.map(h -> h.dispatchLoop().status());
    }
}
