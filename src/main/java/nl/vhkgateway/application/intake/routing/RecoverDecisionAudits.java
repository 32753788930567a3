package nl.vhkgateway.application.intake.routing;

import nl.vhkgateway.domain.intake.IntakeRecord;
import nl.vhkgateway.domain.intake.IntakeRecordRepository;
import nl.vhkgateway.domain.intake.UnauditedDecisions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * Audits committed intake decisions whose audit row a crash lost (issue 13): the worker appends the decision to the
 * audit log right after its commit, so a crash (or a lost database connection) in between leaves a decided
 * submission without its {@code INTAKE_DECISION} row. Called from the dispatch loop ({@link
 * ScreeningIntakePolicy#catchUp}); looks at most once per {@code interval}: the first time (after a start or a
 * takeover of the intake) at the decisions of the last {@code lookBack}, later at those since the previous look
 * minus an overlap. Decisions younger than {@code grace} are left to their worker. Each recovered row is appended
 * only when the decision is still unaudited, checked under the audit chain's lock ({@link
 * IntakeAudit#recovered}), so a worker that audits late, or another instance recovering at the same time, never
 * makes it twice. Thread-safe (one look at a time).
 */
final class RecoverDecisionAudits {

    private static final Logger LOG = Logger.getLogger(RecoverDecisionAudits.class.getName());
    static final Duration INTERVAL = Duration.ofSeconds(60);
    static final Duration GRACE = Duration.ofSeconds(30);
    static final Duration LOOK_BACK = Duration.ofDays(7);
    private static final Duration OVERLAP = Duration.ofMinutes(10);
    private static final int BATCH = 200;

    private final UnauditedDecisions unaudited;
    private final IntakeRecordRepository records;
    private final IntakeAudit audit;
    private final Clock clock;
    private Instant nextLook = Instant.MIN;
    private Instant lookedUntil = Instant.MIN;

    RecoverDecisionAudits(UnauditedDecisions unaudited, IntakeRecordRepository records, IntakeAudit audit,
                          Clock clock) {
        this.unaudited = Objects.requireNonNull(unaudited, "unaudited");
        this.records = Objects.requireNonNull(records, "records");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Looks when due; returns how many decisions it audited now. */
    synchronized int recoverDue() {
        Instant now = clock.instant();
        if (now.isBefore(nextLook)) {
            return 0;
        }
        nextLook = now.plus(INTERVAL); // also after a failure: not again on every tick of the dispatch loop
        Instant to = now.minus(GRACE);
        Instant from = lookedUntil.equals(Instant.MIN) ? now.minus(LOOK_BACK) : lookedUntil.minus(OVERLAP);
        int recovered = 0;
        List<UnauditedDecisions.Decision> found = unaudited.find(from, to, BATCH);
        for (UnauditedDecisions.Decision decision : found) {
            IntakeRecord record = records.find(decision.submission())
                    .orElseGet(() -> IntakeRecord.empty(decision.submission()));
            if (audit.recovered(decision, record)) {
                recovered++;
            }
        }
        if (recovered > 0) {
            int count = recovered;
            LOG.warning(() -> "Audited " + count + " committed intake decision(s) whose audit row was lost"
                    + " (recovered=true)");
        }
        if (found.size() < BATCH) {
            lookedUntil = to;
        } else {
            nextLook = now; // more to do, from the same start on the next call
        }
        return recovered;
    }
}
