package nl.vhkgateway.domain.handover;

import nl.vhkgateway.domain.consent.CaseReference;
import nl.vhkgateway.domain.consent.ConsentId;
import nl.vhkgateway.domain.consent.OrganisationRef;
import nl.vhkgateway.domain.consent.Purpose;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to share a card with personal data with another partner, as the gateway knows it when it checks:
 * which participant of which organisation sends it, which organisation receives it, what for, for which case, at
 * what moment, whether the case was brought into the VeiligheidsTeam, and the consent number the sender quoted, if
 * any. Holds no card content. Immutable.
 *
 * @param senderParticipant   mail address of the vaste deelnemer who sends it (the actor in the audit log)
 * @param sender              the sending participant's organisation
 * @param receiver            the receiving partner organisation
 * @param purpose             what the card is shared for
 * @param caseReference       the case (submission number or pseudonym)
 * @param moment              when the check is made
 * @param vhtSubmissionExists whether a submission to the VeiligheidsTeam exists for this case
 * @param quotedConsent       the toestemmingsnummer the sender named; empty to let the register find one
 */
public record HandoverRequest(String senderParticipant,
                              OrganisationRef sender,
                              OrganisationRef receiver,
                              Purpose purpose,
                              CaseReference caseReference,
                              Instant moment,
                              boolean vhtSubmissionExists,
                              Optional<ConsentId> quotedConsent) {

    public HandoverRequest {
        Objects.requireNonNull(senderParticipant, "senderParticipant");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(moment, "moment");
        Objects.requireNonNull(quotedConsent, "quotedConsent");
    }

    /** The same request checked again at another moment (right before delivery), for the consent granted then. */
    public HandoverRequest recheckAt(Instant newMoment, ConsentId grantedConsent) {
        return new HandoverRequest(senderParticipant, sender, receiver, purpose, caseReference, newMoment,
                vhtSubmissionExists, Optional.of(grantedConsent));
    }
}
