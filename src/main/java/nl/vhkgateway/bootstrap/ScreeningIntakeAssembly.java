package nl.vhkgateway.bootstrap;

import nl.vhkgateway.application.intake.quarantine.DiscardQuarantined;
import nl.vhkgateway.application.intake.overview.SubmissionOverview;
import nl.vhkgateway.application.intake.quarantine.QuarantineAdministration;
import nl.vhkgateway.application.intake.retention.ContentRetention;
import nl.vhkgateway.application.intake.retention.ProcessedMailbox;
import nl.vhkgateway.application.intake.retention.RetentionSettings;
import nl.vhkgateway.application.intake.routing.Addresses;
import nl.vhkgateway.application.intake.routing.IntakeAudit;
import nl.vhkgateway.application.intake.routing.PlanningCommands;
import nl.vhkgateway.application.intake.routing.ScreeningIntakePolicy;
import nl.vhkgateway.application.sender.SenderVerifier;
import nl.vhkgateway.application.screening.MailScreeningService;
import nl.vhkgateway.domain.audit.AuditLog;
import nl.vhkgateway.domain.intake.IntakeRecordRepository;
import nl.vhkgateway.domain.planning.MeetingPlanner;
import nl.vhkgateway.infrastructure.persistence.JdbcContentRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcSubmissionRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcTransactions;
import nl.vhkgateway.infrastructure.persistence.JdbcUnauditedDecisions;

import javax.sql.DataSource;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Composition root of the screening intake (issue 4): the {@link ScreeningIntakePolicy} to plug into
 * {@link MailflowAssembly.Builder#routing}, the beheerder's {@link QuarantineAdministration} and the
 * {@link ContentRetention} job, on one DataSource and the shared {@link AuditLog}. Starts nothing.
 *
 * <pre>{@code
 * ScreeningIntakeAssembly screening = ScreeningIntakeAssembly.builder()
 *         .dataSource(ds).senderVerifier(verifier).screening(mailScreening).auditLog(auditLog)
 *         .addresses(new Addresses(gateway, voorzitter, rvdk, beheer))
 *         .retention(RetentionSettings.defaults()).build();
 * MailflowAssembly intake = MailflowAssembly.builder()...routing(screening.policy()).build();
 * }</pre>
 * Thread-safe once built.
 */
public final class ScreeningIntakeAssembly {

    private final ScreeningIntakePolicy policy;
    private final QuarantineAdministration quarantine;
    private final SubmissionOverview overview;
    private final ContentRetention retention;
    private final IntakeRecordRepository records;

    private ScreeningIntakeAssembly(Builder b) {
        Clock clock = Objects.requireNonNull(b.clock, "clock");
        Repositories repositories = b.repositories.orElseGet(
                () -> new Repositories(Objects.requireNonNull(b.dataSource, "dataSource"), clock));
        JdbcTransactions jdbc = repositories.transactions();
        JdbcSubmissionRepository submissions = repositories.submissions(JdbcSubmissionRepository.INTAKE_CHANNEL);
        JdbcContentRepository content = repositories.content();
        this.records = repositories.intakeRecords();
        IntakeAudit audit = new IntakeAudit(Objects.requireNonNull(b.auditLog, "auditLog"));
        this.retention = new ContentRetention(content, new DiscardQuarantined(submissions, content, jdbc, clock), audit,
                Objects.requireNonNull(b.retentionSettings, "retention"), b.processedMailboxes, clock);
        this.quarantine = new QuarantineAdministration(submissions, records, content, jdbc, audit, clock);
        this.overview = new SubmissionOverview(submissions, records);
        ScreeningIntakePolicy.Builder policyBuilder = ScreeningIntakePolicy.builder()
                .senderVerifier(b.senderVerifier)
                .screening(b.screening)
                .addresses(b.addresses)
                .records(records)
                .submissions(submissions)
                .audit(audit)
                .retention(retention)
                .deliveryReports(repositories.deliveryReports())
                .unauditedDecisions(new JdbcUnauditedDecisions(repositories.dataSource()))
                .planner(b.planner)
                .blankCard(b.blankCard)
                .clock(clock);
        b.planningCommands.ifPresent(policyBuilder::planningCommands);
        this.policy = policyBuilder.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public ScreeningIntakePolicy policy() {
        return policy;
    }

    public QuarantineAdministration quarantine() {
        return quarantine;
    }

    /** The beheerder's overview of submissions with their intake records. */
    public SubmissionOverview overview() {
        return overview;
    }

    public ContentRetention retention() {
        return retention;
    }

    public IntakeRecordRepository records() {
        return records;
    }

    /** Collects the configuration; {@link #build()} validates it. Not thread-safe. */
    public static final class Builder {
        private Optional<URI> blankCard = Optional.empty();
        private DataSource dataSource;
        private Optional<Repositories> repositories = Optional.empty();
        private SenderVerifier senderVerifier;
        private MailScreeningService screening;
        private AuditLog auditLog;
        private Addresses addresses;
        private RetentionSettings retentionSettings = RetentionSettings.defaults();
        private final List<ProcessedMailbox> processedMailboxes = new ArrayList<>();
        private MeetingPlanner planner = new MeetingPlanner();
        private Clock clock = Clock.systemUTC();
        private Optional<PlanningCommands> planningCommands = Optional.empty();

        private Builder() {
        }

        /** The database, when no shared {@link #repositories} are given (tests: repositories of its own). */
        public Builder dataSource(DataSource value) { this.dataSource = value; return this; }
        /** The application's shared repositories (wins over {@link #dataSource}). */
        public Builder repositories(Repositories value) { this.repositories = Optional.of(value); return this; }
        public Builder senderVerifier(SenderVerifier value) { this.senderVerifier = value; return this; }
        public Builder screening(MailScreeningService value) { this.screening = value; return this; }
        public Builder auditLog(AuditLog value) { this.auditLog = value; return this; }
        public Builder addresses(Addresses value) { this.addresses = value; return this; }
        public Builder retention(RetentionSettings value) { this.retentionSettings = value; return this; }
        /** The intake mailbox's processed folder, so that retention removes the originals there too. */
        /** A processed folder whose originals retention removes; call once per watched mailbox. */
        public Builder processedMailbox(ProcessedMailbox value) { this.processedMailboxes.add(value); return this; }
        public Builder planner(MeetingPlanner value) { this.planner = value; return this; }
        public Builder clock(Clock value) { this.clock = value; return this; }
        /** Where the voorzitter's planning keywords are applied (issue 10); default: not recognised. */
        public Builder planningCommands(PlanningCommands value) {
            this.planningCommands = Optional.of(value);
            return this;
        }

        /** Where a refused sender downloads a blank Veiligheidskaart (see {@link PublicConsoleAddress}). */
        public Builder blankCard(Optional<URI> value) {
            this.blankCard = Objects.requireNonNull(value, "blankCard");
            return this;
        }

        public ScreeningIntakeAssembly build() {
            return new ScreeningIntakeAssembly(this);
        }
    }
}
