package nl.vhkgateway.bootstrap;

import nl.vhkgateway.application.mailflow.SubmissionAdministration;
import nl.vhkgateway.application.mailflow.WatchedMailbox;
import nl.vhkgateway.application.mailflow.MailflowPipeline;
import nl.vhkgateway.application.mailflow.MailflowSettings;
import nl.vhkgateway.application.mailflow.MailSender;
import nl.vhkgateway.application.mailflow.OutboxGuard;
import nl.vhkgateway.application.mailflow.InDoubtDeliveries;
import nl.vhkgateway.application.mailflow.ProcessingObserver;
import nl.vhkgateway.application.intake.routing.ForwardToVoorzitter;
import nl.vhkgateway.application.mailflow.RoutingPolicy;
import nl.vhkgateway.application.worker.WorkerGate;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.outbox.OutboxRepository;
import nl.vhkgateway.domain.submission.SubmissionRepository;
import nl.vhkgateway.infrastructure.mail.ImapMailbox;
import nl.vhkgateway.infrastructure.mail.ImapOptions;
import nl.vhkgateway.infrastructure.mail.MailAccount;
import nl.vhkgateway.infrastructure.mail.SmtpMailSender;
import nl.vhkgateway.infrastructure.persistence.JdbcSubmissionRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcTransactions;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import nl.vhkgateway.interfaces.mailbox.MailboxWatcher;
import nl.vhkgateway.interfaces.mailbox.OutboxDispatchLoop;
import nl.vhkgateway.interfaces.mailbox.WatcherSettings;

/**
 * Composition root of one watched mailbox's mail flow (the card intake, or the handover mailbox on its own
 * channel): takes the channel's repositories from {@link Repositories} and builds the mail adapters, pipeline, watcher, dispatch loop and administration from a
 * DataSource and configuration. Does not migrate the database (run
 * {@code FlywayMigrator} first) and starts no threads: start {@link #watcher()} and {@link #dispatchLoop()} on
 * threads of your choice and stop them with {@link #stop()}.
 *
 * <pre>{@code
 * MailflowAssembly intake = MailflowAssembly.builder()
 *         .dataSource(dataSource)
 *         .intakeMailbox(new MailAccount(new MailServerSettings("127.0.0.1", 3143, MailSecurity.NONE), "veiligheidsteam@gateway.test", "demo"))
 *         .smtp(new MailAccount(new MailServerSettings("127.0.0.1", 3025, MailSecurity.NONE), "", ""))
 *         .gatewayAddress(MailAddress.of("veiligheidsteam@gateway.test"))
 *         .voorzitter(MailAddress.of("voorzitter@vht.test"))
 *         .build();
 * intake.watcher().start(managedThreadFactory);      // thread vhk-intake-watcher
 * intake.dispatchLoop().start(managedThreadFactory); // thread vhk-intake-dispatch
 * ...
 * intake.stop(); intake.awaitStopped(Duration.ofSeconds(10));
 * }</pre>
 * Thread-safe once built.
 */
public final class MailflowAssembly {

    private final SubmissionRepository submissions;
    private final OutboxRepository outbox;
    private final MailflowPipeline pipeline;
    private final SubmissionAdministration administration;
    private final MailboxWatcher watcher;
    private final OutboxDispatchLoop dispatchLoop;
    private final MailSender sender;
    private final WatchedMailbox mailbox;

    private MailflowAssembly(Builder b) {
        Repositories repositories = b.repositories.orElseGet(
                () -> new Repositories(Objects.requireNonNull(b.dataSource, "dataSource"), b.clock));
        Objects.requireNonNull(b.gatewayAddress, "gatewayAddress");
        JdbcTransactions jdbc = repositories.transactions();
        this.submissions = repositories.submissions(b.channel);
        this.outbox = repositories.outbox(b.channel);
        this.mailbox = b.mailbox.orElseGet(() -> new ImapMailbox(
                Objects.requireNonNull(b.intakeAccount, "intakeMailbox"), b.imapOptions));
        this.sender = b.sender.orElseGet(() -> new SmtpMailSender(Objects.requireNonNull(b.smtpAccount, "smtp")));
        RoutingPolicy routing = b.routing.orElseGet(() -> new ForwardToVoorzitter(b.gatewayAddress,
                Objects.requireNonNull(b.voorzitter, "voorzitter"), b.clock));
        this.pipeline = MailflowPipeline.builder()
                .submissions(submissions).outbox(outbox).unitOfWork(jdbc)
                .routing(routing).sender(sender)
                .settings(b.settings).clock(b.clock).observer(b.observer).guard(b.guard).inDoubt(b.inDoubt)
                .build();
        this.administration = new SubmissionAdministration(submissions, outbox, jdbc, b.clock);
        String loopPrefix = "vhk-" + b.channel.toLowerCase(java.util.Locale.ROOT);
        this.watcher = new MailboxWatcher(loopPrefix + "-watcher", mailbox, pipeline, b.watcherSettings, b.clock,
                b.gate);
        this.dispatchLoop = new OutboxDispatchLoop(loopPrefix + "-dispatch", pipeline, b.dispatchInterval, b.clock,
                b.gate);
    }

    public static Builder builder() {
        return new Builder();
    }

    public MailboxWatcher watcher() {
        return watcher;
    }

    public OutboxDispatchLoop dispatchLoop() {
        return dispatchLoop;
    }

    public SubmissionAdministration administration() {
        return administration;
    }

    public MailflowPipeline pipeline() {
        return pipeline;
    }

    public SubmissionRepository submissions() {
        return submissions;
    }

    public OutboxRepository outbox() {
        return outbox;
    }

    public MailSender sender() {
        return sender;
    }

    public WatchedMailbox mailbox() {
        return mailbox;
    }

    /** Asks the watcher and the dispatch loop to stop. */
    public void stop() {
        watcher.stop();
        dispatchLoop.stop();
    }

    /** Waits for both loops to end; true when both did within the timeout. */
    public boolean awaitStopped(Duration timeout) throws InterruptedException {
        return watcher.awaitStopped(timeout) & dispatchLoop.awaitStopped(timeout);
    }

    /** Collects configuration; {@link #build()} validates it. Not thread-safe. */
    public static final class Builder {
        private DataSource dataSource;
        private Optional<Repositories> repositories = Optional.empty();
        private MailAccount intakeAccount;
        private ImapOptions imapOptions = ImapOptions.defaults();
        private MailAccount smtpAccount;
        private MailAddress gatewayAddress;
        private MailAddress voorzitter;
        private MailflowSettings settings = MailflowSettings.defaults();
        private WatcherSettings watcherSettings = WatcherSettings.defaults();
        private Duration dispatchInterval = Duration.ofSeconds(15);
        private Optional<RoutingPolicy> routing = Optional.empty();
        private Optional<MailSender> sender = Optional.empty();
        private Optional<WatchedMailbox> mailbox = Optional.empty();
        private ProcessingObserver observer = ProcessingObserver.NONE;
        private Clock clock = Clock.systemUTC();
        private String channel = JdbcSubmissionRepository.INTAKE_CHANNEL;
        private OutboxGuard guard = OutboxGuard.ALLOW_ALL;
        private WorkerGate gate = WorkerGate.ALWAYS;
        private InDoubtDeliveries inDoubt = InDoubtDeliveries.unprobed();

        private Builder() {
        }

        /** The database, when no shared {@link #repositories} are given (tests: repositories of its own). */
        public Builder dataSource(DataSource value) { this.dataSource = value; return this; }
        /** The application's shared repositories (one set for every assembly; wins over {@link #dataSource}). */
        public Builder repositories(Repositories value) { this.repositories = Optional.of(value); return this; }
        /** The intake mailbox login (IMAP). */
        public Builder intakeMailbox(MailAccount value) { this.intakeAccount = value; return this; }
        public Builder imapOptions(ImapOptions value) { this.imapOptions = Objects.requireNonNull(value); return this; }
        /** The SMTP server for outgoing messages (empty user: no authentication). */
        public Builder smtp(MailAccount value) { this.smtpAccount = value; return this; }
        /** The gateway's own address: From and envelope sender of what it sends. */
        public Builder gatewayAddress(MailAddress value) { this.gatewayAddress = value; return this; }
        /** Where the default routing ({@link ForwardToVoorzitter}) sends submissions. */
        public Builder voorzitter(MailAddress value) { this.voorzitter = value; return this; }
        public Builder settings(MailflowSettings value) { this.settings = Objects.requireNonNull(value); return this; }
        public Builder watcherSettings(WatcherSettings value) { this.watcherSettings = Objects.requireNonNull(value); return this; }
        /** How often the retry loop runs (default 15 s). */
        public Builder dispatchInterval(Duration value) { this.dispatchInterval = Objects.requireNonNull(value); return this; }
        /** Replaces the default routing (screening intake, issue 4). */
        public Builder routing(RoutingPolicy value) { this.routing = Optional.of(value); return this; }
        /** Replaces the SMTP sender (tests). */
        public Builder sender(MailSender value) { this.sender = Optional.of(value); return this; }
        /** Replaces the IMAP mailbox (tests). */
        public Builder mailbox(WatchedMailbox value) { this.mailbox = Optional.of(value); return this; }
        public Builder observer(ProcessingObserver value) { this.observer = Objects.requireNonNull(value); return this; }
        public Builder clock(Clock value) { this.clock = Objects.requireNonNull(value); return this; }
        /**
         * The channel this pipeline works for (default {@code INTAKE}): a second watched mailbox, such as the handover
         * mailbox, gets its own channel so that each pipeline sees only its own submissions and outbox messages.
         */
        public Builder channel(String value) { this.channel = JdbcSubmissionRepository.requireChannel(value); return this; }
        /** Consulted right before every send of this channel's outbox (default {@link OutboxGuard#ALLOW_ALL}). */
        public Builder guard(OutboxGuard value) { this.guard = Objects.requireNonNull(value); return this; }

        /** Asked by the watcher and the dispatch loop before every round (default {@link WorkerGate#ALWAYS}). */
        public Builder gate(WorkerGate value) { this.gate = Objects.requireNonNull(value); return this; }

        /** Decides about messages in doubt before they are sent again (issue 12; default: no probe, always resend). */
        public Builder inDoubt(InDoubtDeliveries value) { this.inDoubt = Objects.requireNonNull(value); return this; }

        public MailflowAssembly build() {
            return new MailflowAssembly(this);
        }
    }
}
