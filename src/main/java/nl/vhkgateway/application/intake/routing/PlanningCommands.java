package nl.vhkgateway.application.intake.routing;

import nl.vhkgateway.domain.planning.MailCommand;
import nl.vhkgateway.domain.submission.SubmissionId;

/**
 * Where the intake hands a planning keyword of the voorzitter ({@link HandleVoorzitterCommand}): the agenda applies
 * it exactly once per mail and queues the answer to the voorzitter in the outbox, tied to {@code mail} (in production
 * {@code application.agenda.PlanningByMail}). May throw (for instance while the agenda has not started): the intake
 * counts that as a failed attempt and tries again. Implementations are thread-safe.
 */
@FunctionalInterface
public interface PlanningCommands {

    /**
     * @return what happened, as a reason code (APPLIED, REFUSED, ALREADY_HANDLED)
     */
    String apply(SubmissionId mail, MailCommand command);
}
