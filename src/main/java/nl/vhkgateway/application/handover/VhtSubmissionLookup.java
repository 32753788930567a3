package nl.vhkgateway.application.handover;

import nl.vhkgateway.domain.consent.CaseReference;

/**
 * Whether the case was brought into the VeiligheidsTeam: some directions (GI -> Toegang at the end of a measure,
 * the intervention talk) are permitted only then. Implementations are thread-safe.
 */
@FunctionalInterface
public interface VhtSubmissionLookup {

    /** True when the gateway issued this case reference as a submission number of the VeiligheidsTeam. */
    boolean existsFor(CaseReference caseReference);
}
