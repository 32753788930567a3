package nl.vhkgateway.bootstrap;

import nl.vhkgateway.application.handover.DeliveryTransport;
import nl.vhkgateway.application.handover.HandoverAuthorisation;
import nl.vhkgateway.application.intake.retention.PurgeRefusedContent;
import nl.vhkgateway.application.intake.routing.IntakeAudit;
import nl.vhkgateway.application.handover.HandoverMail;
import nl.vhkgateway.application.handover.HandoverMailComposer;
import nl.vhkgateway.application.handover.HandoverOutboxGuard;
import nl.vhkgateway.application.handover.HandoverPolicy;
import nl.vhkgateway.application.handover.HandoverReception;
import nl.vhkgateway.application.handover.PartnerDirectory;
import nl.vhkgateway.application.handover.PartnerEncryption;
import nl.vhkgateway.application.handover.VhtSubmissionLookup;
import nl.vhkgateway.application.mailflow.WatchedMailbox;
import nl.vhkgateway.application.mailflow.MailflowSettings;
import nl.vhkgateway.application.mailflow.MailSender;
import nl.vhkgateway.application.mailflow.ProcessingObserver;
import nl.vhkgateway.application.sender.SenderVerifier;
import nl.vhkgateway.application.worker.WorkerGate;
import nl.vhkgateway.domain.audit.AuditLog;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.infrastructure.docx.DocxCardReader;
import nl.vhkgateway.infrastructure.docx.DocxDocumentInspector;
import nl.vhkgateway.infrastructure.docx.DocxLimits;
import nl.vhkgateway.infrastructure.docx.DocxSanitiser;
import nl.vhkgateway.infrastructure.mail.ImapOptions;
import nl.vhkgateway.infrastructure.mail.MailAccount;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import nl.vhkgateway.interfaces.mailbox.WatcherSettings;

/**
 * Composition root of the handover mailbox ({@code overdracht@}): the generic mail flow (crash-safe store, outbox,
 * watcher, dispatch loop; {@link MailflowAssembly}) on its own channel {@value HandoverMail#CHANNEL}, with
 * {@link HandoverPolicy} as routing and {@link HandoverOutboxGuard} rechecking consent before every delivery.
 * Builds no threads and migrates nothing: run {@code FlywayMigrator} first, then start {@code mailflow().watcher()}
 * and {@code mailflow().dispatchLoop()} on threads of your choice.
 *
 * <pre>{@code
 * MailflowAssembly handover = HandoverAssembly.builder()
 *         .dataSource(ds).handoverMailbox(imapAccount).smtp(smtpAccount)
 *         .gatewayAddress(MailAddress.of("overdracht@gateway.test"))
 *         .senderVerifier(verifier).partners(() -> registry.organisations())
 *         .vhtSubmissions(new JdbcVhtSubmissionLookup(ds))
 *         .authorisation(authorisation).auditLog(auditLog)
 *         .encryption(new SmimePartnerEncryption(new SmimeEncryptor()))
 *         .transport(new DeliveryTransport(true, smtpUsesTls))
 *         .build().mailflow();
 * }</pre>
 * Thread-safe once built.
 */
public final class HandoverAssembly {

    private final MailflowAssembly intake;

    private HandoverAssembly(Builder b) {
        Repositories repositories = b.repositories.orElseGet(
                () -> new Repositories(Objects.requireNonNull(b.dataSource, "dataSource"), b.clock));
        MailAddress gatewayAddress = Objects.requireNonNull(b.gatewayAddress, "gatewayAddress");
        HandoverAuthorisation authorisation = Objects.requireNonNull(b.authorisation, "authorisation");
        AuditLog auditLog = Objects.requireNonNull(b.auditLog, "auditLog");
        HandoverReception reception = new HandoverReception(
                Objects.requireNonNull(b.senderVerifier, "senderVerifier"),
                new DocxDocumentInspector(b.docxLimits), new DocxCardReader(b.docxLimits),
                Objects.requireNonNull(b.partners, "partners"),
                Objects.requireNonNull(b.vhtSubmissions, "vhtSubmissions"),
                b.docxLimits.maxFileBytes());
        HandoverMailComposer composer = new HandoverMailComposer(gatewayAddress,
                Objects.requireNonNull(b.encryption, "encryption"), b.clock);
        HandoverPolicy policy = new HandoverPolicy(reception, authorisation, new DocxSanitiser(b.docxLimits), composer,
                Objects.requireNonNull(b.transport, "transport"), auditLog, b.clock,
                new PurgeRefusedContent(repositories.content(), new IntakeAudit(auditLog), b.clock)::purge);
        HandoverOutboxGuard guard = new HandoverOutboxGuard(
                repositories.submissions(HandoverMail.CHANNEL),
                reception, authorisation, composer, auditLog, b.clock, b.transport);
        MailflowAssembly.Builder intakeBuilder = MailflowAssembly.builder()
                .repositories(repositories)
                .channel(HandoverMail.CHANNEL)
                .routing(policy)
                .guard(b.guardWrapper.apply(guard))
                .gatewayAddress(gatewayAddress)
                .imapOptions(b.imapOptions)
                .settings(b.settings)
                .watcherSettings(b.watcherSettings)
                .dispatchInterval(b.dispatchInterval)
                .observer(b.observer)
                .gate(b.gate)
                .inDoubt(b.inDoubt)
                .clock(b.clock);
        b.handoverAccount.ifPresent(intakeBuilder::intakeMailbox);
        b.smtpAccount.ifPresent(intakeBuilder::smtp);
        b.sender.ifPresent(intakeBuilder::sender);
        b.mailbox.ifPresent(intakeBuilder::mailbox);
        this.intake = intakeBuilder.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The pipeline, watcher, dispatch loop and administration of the handover mailbox. */
    public MailflowAssembly mailflow() {
        return intake;
    }

    /** Collects the collaborators; {@link #build()} validates them. Not thread-safe. */
    public static final class Builder {
        private DataSource dataSource;
        private Optional<Repositories> repositories = Optional.empty();
        private Optional<MailAccount> handoverAccount = Optional.empty();
        private Optional<MailAccount> smtpAccount = Optional.empty();
        private Optional<MailSender> sender = Optional.empty();
        private Optional<WatchedMailbox> mailbox = Optional.empty();
        private MailAddress gatewayAddress;
        private SenderVerifier senderVerifier;
        private PartnerDirectory partners;
        private VhtSubmissionLookup vhtSubmissions;
        private HandoverAuthorisation authorisation;
        private AuditLog auditLog;
        private PartnerEncryption encryption;
        private DeliveryTransport transport;
        private DocxLimits docxLimits = DocxLimits.defaults();
        private ImapOptions imapOptions = ImapOptions.defaults();
        private MailflowSettings settings = MailflowSettings.defaults();
        private WatcherSettings watcherSettings = WatcherSettings.defaults();
        private Duration dispatchInterval = Duration.ofSeconds(15);
        private ProcessingObserver observer = ProcessingObserver.NONE;
        private Clock clock = Clock.systemUTC();
        private WorkerGate gate = WorkerGate.ALWAYS;
        private nl.vhkgateway.application.mailflow.InDoubtDeliveries inDoubt =
                nl.vhkgateway.application.mailflow.InDoubtDeliveries.unprobed();
        private java.util.function.UnaryOperator<nl.vhkgateway.application.mailflow.OutboxGuard> guardWrapper =
                java.util.function.UnaryOperator.identity();

        private Builder() {
        }

        /** The database, when no shared {@link #repositories} are given (tests: repositories of its own). */
        public Builder dataSource(DataSource value) { this.dataSource = value; return this; }
        /** The application's shared repositories (wins over {@link #dataSource}). */
        public Builder repositories(Repositories value) { this.repositories = Optional.of(value); return this; }
        /** The handover mailbox login (IMAP). */
        public Builder handoverMailbox(MailAccount value) { this.handoverAccount = Optional.of(value); return this; }
        /** The SMTP server for outgoing messages. */
        public Builder smtp(MailAccount value) { this.smtpAccount = Optional.of(value); return this; }
        /** Replaces the SMTP sender (tests). */
        public Builder sender(MailSender value) { this.sender = Optional.of(value); return this; }
        /** Replaces the IMAP mailbox (tests). */
        public Builder mailbox(WatchedMailbox value) { this.mailbox = Optional.of(value); return this; }
        /** The handover mailbox address: From and envelope sender of what the flow sends. */
        public Builder gatewayAddress(MailAddress value) { this.gatewayAddress = value; return this; }
        public Builder senderVerifier(SenderVerifier value) { this.senderVerifier = value; return this; }
        public Builder partners(PartnerDirectory value) { this.partners = value; return this; }
        public Builder vhtSubmissions(VhtSubmissionLookup value) { this.vhtSubmissions = value; return this; }
        public Builder authorisation(HandoverAuthorisation value) { this.authorisation = value; return this; }
        /** The application's one audit log (the one the authorisation writes to). */
        public Builder auditLog(AuditLog value) { this.auditLog = value; return this; }
        public Builder encryption(PartnerEncryption value) { this.encryption = value; return this; }
        public Builder transport(DeliveryTransport value) { this.transport = value; return this; }
        public Builder docxLimits(DocxLimits value) { this.docxLimits = Objects.requireNonNull(value); return this; }
        public Builder imapOptions(ImapOptions value) { this.imapOptions = Objects.requireNonNull(value); return this; }
        public Builder settings(MailflowSettings value) { this.settings = Objects.requireNonNull(value); return this; }
        public Builder watcherSettings(WatcherSettings value) { this.watcherSettings = Objects.requireNonNull(value); return this; }
        public Builder dispatchInterval(Duration value) { this.dispatchInterval = Objects.requireNonNull(value); return this; }
        public Builder observer(ProcessingObserver value) { this.observer = Objects.requireNonNull(value); return this; }
        public Builder clock(Clock value) { this.clock = Objects.requireNonNull(value); return this; }

        /** Asked by the watcher and the dispatch loop before every round (default {@link WorkerGate#ALWAYS}). */
        public Builder gate(WorkerGate value) { this.gate = Objects.requireNonNull(value); return this; }
        /** Wraps the handover's outbox guard, e.g. with the leadership check before every send (default: none). */
        public Builder guardWrapper(java.util.function.UnaryOperator<nl.vhkgateway.application.mailflow.OutboxGuard> value) {
            this.guardWrapper = Objects.requireNonNull(value);
            return this;
        }

        /** Decides about handover mails in doubt before they are sent again (issue 12; default: no probe). */
        public Builder inDoubt(nl.vhkgateway.application.mailflow.InDoubtDeliveries value) {
            this.inDoubt = Objects.requireNonNull(value);
            return this;
        }

        public HandoverAssembly build() {
            return new HandoverAssembly(this);
        }
    }
}
