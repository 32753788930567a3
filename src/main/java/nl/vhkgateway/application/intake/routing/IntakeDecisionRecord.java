package nl.vhkgateway.application.intake.routing;

import nl.vhkgateway.application.mailflow.DecisionRecord;
import nl.vhkgateway.domain.intake.IntakeRecord;
import nl.vhkgateway.domain.intake.IntakeRecordRepository;

import java.util.Objects;
import java.util.Optional;

/**
 * The screening intake's record of a decision: the {@link IntakeRecord} (number, route, verdicts, link), stored in
 * the transaction that commits the decision, and the sender check that {@link ScreeningIntakePolicy#committed} audits
 * with the decision afterwards. Immutable.
 *
 * @param sender  how the sender was verified for this decision; empty when no sender was verified (a delivery report)
 * @param ordinal which decision of the submission this is: 1 at first, one more per release from quarantine
 */
record IntakeDecisionRecord(IntakeRecordRepository records, IntakeRecord record,
                            Optional<IntakeAudit.SenderCheck> sender, int ordinal) implements DecisionRecord {

    IntakeDecisionRecord {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(sender, "sender");
        if (ordinal < 1) {
            throw new IllegalArgumentException("ordinal must be at least 1");
        }
    }

    @Override
    public void write() {
        records.save(record);
    }
}
