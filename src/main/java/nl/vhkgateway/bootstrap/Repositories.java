package nl.vhkgateway.bootstrap;

import nl.vhkgateway.domain.outbox.OutboxClaimant;
import nl.vhkgateway.infrastructure.persistence.FencingDataSource;
import nl.vhkgateway.infrastructure.persistence.JdbcContentRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcDeliveryReportRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcIntakeRecordRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcOrganisationRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcOutboxRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcParticipantRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcPlanningRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcSenderAuthenticationChoices;
import nl.vhkgateway.infrastructure.persistence.JdbcSubmissionNumberAllocator;
import nl.vhkgateway.infrastructure.persistence.JdbcSubmissionRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcTermRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcTransactions;
import nl.vhkgateway.infrastructure.persistence.JdbcVhtSubmissionLookup;
import nl.vhkgateway.infrastructure.persistence.JdbcWorkFigures;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every JDBC repository of the gateway, each built once on one DataSource and one {@link JdbcTransactions}: the
 * place where the assemblies and producers get their repositories (in the container the one instance of
 * {@link RepositoriesProducer}).
 *
 * <p>One {@code JdbcTransactions} for all: its transaction is bound to the calling thread, so a repository call
 * inside {@link JdbcTransactions#inTransaction} joins that transaction whichever service started it. That is the
 * behaviour the services had with their own instances, because no transaction body calls into another service's
 * repositories: the mail flow runs routing policies, outbox guards and follow-ups outside its transactions
 * ({@code RoutingPolicy}, {@code OutboxGuard}), and the other use cases (quarantine, retention, administration,
 * agenda) use only their own repositories inside a transaction. Repositories that take the DataSource (participants,
 * intake records, ...) open their own connections, as before.
 *
 * <p>Repositories per channel (submissions, outbox) are built once per channel. Thread-safe.
 */
public final class Repositories {

    private final DataSource dataSource;
    private final Clock clock;
    private final JdbcTransactions transactions;
    private final Map<String, JdbcSubmissionRepository> submissions = new ConcurrentHashMap<>();
    private final Map<String, JdbcOutboxRepository> outboxes = new ConcurrentHashMap<>();
    private final JdbcContentRepository content;
    private final JdbcDeliveryReportRepository deliveryReports;
    private final JdbcIntakeRecordRepository intakeRecords;
    private final JdbcPlanningRepository planning;
    private final JdbcTermRepository terms;
    private final JdbcParticipantRepository participants;
    private final JdbcOrganisationRepository organisations;
    private final JdbcSubmissionNumberAllocator submissionNumbers;
    private final JdbcVhtSubmissionLookup vhtSubmissions;
    private final JdbcSenderAuthenticationChoices senderAuthenticationChoices;
    private final JdbcWorkFigures workFigures;

    public Repositories(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.transactions = new JdbcTransactions(dataSource);
        this.content = new JdbcContentRepository(transactions);
        this.deliveryReports = new JdbcDeliveryReportRepository(transactions);
        this.intakeRecords = new JdbcIntakeRecordRepository(transactions, dataSource, clock);
        this.planning = new JdbcPlanningRepository(transactions);
        this.terms = new JdbcTermRepository(transactions);
        this.participants = new JdbcParticipantRepository(dataSource, clock);
        this.organisations = new JdbcOrganisationRepository(dataSource, clock);
        this.submissionNumbers = new JdbcSubmissionNumberAllocator(dataSource);
        this.vhtSubmissions = new JdbcVhtSubmissionLookup(dataSource);
        this.senderAuthenticationChoices = new JdbcSenderAuthenticationChoices(dataSource, clock);
        this.workFigures = new JdbcWorkFigures(dataSource);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Clock clock() {
        return clock;
    }

    /** The one unit of work of every JDBC repository here. */
    public JdbcTransactions transactions() {
        return transactions;
    }

    /** The submissions of {@code channel} (e.g. {@link JdbcSubmissionRepository#INTAKE_CHANNEL}). */
    public JdbcSubmissionRepository submissions(String channel) {
        return submissions.computeIfAbsent(JdbcSubmissionRepository.requireChannel(channel),
                c -> new JdbcSubmissionRepository(transactions, c));
    }

    /** The outbox of {@code channel}. */
    public JdbcOutboxRepository outbox(String channel) {
        return outboxes.computeIfAbsent(JdbcSubmissionRepository.requireChannel(channel),
                c -> new JdbcOutboxRepository(transactions, c, claimant()));
    }

    /** A fenced data source (a cluster member, also a single instance) records the leadership of each claim. */
    private OutboxClaimant claimant() {
        return dataSource instanceof FencingDataSource fencing ? fencing.claimant() : OutboxClaimant.NONE;
    }

    public JdbcContentRepository content() {
        return content;
    }

    public JdbcDeliveryReportRepository deliveryReports() {
        return deliveryReports;
    }

    public JdbcIntakeRecordRepository intakeRecords() {
        return intakeRecords;
    }

    public JdbcPlanningRepository planning() {
        return planning;
    }

    public JdbcTermRepository terms() {
        return terms;
    }

    public JdbcParticipantRepository participants() {
        return participants;
    }

    public JdbcOrganisationRepository organisations() {
        return organisations;
    }

    public JdbcSubmissionNumberAllocator submissionNumbers() {
        return submissionNumbers;
    }

    public JdbcVhtSubmissionLookup vhtSubmissions() {
        return vhtSubmissions;
    }

    public JdbcSenderAuthenticationChoices senderAuthenticationChoices() {
        return senderAuthenticationChoices;
    }

    public JdbcWorkFigures workFigures() {
        return workFigures;
    }
}
