package nl.vhkgateway.domain.intake;

import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionState;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Finds committed intake decisions without their audit row ({@code INTAKE_DECISION}): the worker audits a decision
 * right after its commit, so only a crash in between leaves one (issue 13).
 */
public interface UnauditedDecisions {

    /**
     * The decisions of intake submissions that were decided (a state change from RECEIVED or SCREENED to ROUTED,
     * ACCEPTED, REFUSING or QUARANTINED) at or after {@code from} and before {@code to}, for which the audit log holds
     * fewer {@code INTAKE_DECISION} rows than the submission has decisions: the decisions after the audited ones,
     * oldest first, at most {@code limit}.
     */
    List<Decision> find(Instant from, Instant to, int limit);

    /**
     * One committed decision.
     *
     * @param ordinal    which decision of the submission this is (1 for the first; a later one after a release from
     *                   quarantine)
     * @param state      the state it decided
     * @param reasonCode the reason code of that state change
     * @param at         when it was decided
     * @param messages   how many outgoing messages the decision wrote to the outbox (written in the same transaction,
     *                   so known from the outbox itself, as the worker's audit row has it)
     */
    record Decision(SubmissionId submission, int ordinal, SubmissionState state, String reasonCode, Instant at,
                    int messages) {
        public Decision {
            Objects.requireNonNull(submission, "submission");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(reasonCode, "reasonCode");
            Objects.requireNonNull(at, "at");
            if (ordinal < 1) {
                throw new IllegalArgumentException("ordinal must be at least 1");
            }
            if (messages < 0) {
                throw new IllegalArgumentException("messages must not be negative");
            }
        }
    }
}
