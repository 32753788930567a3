package nl.vhkgateway.application.handover;

import nl.vhkgateway.domain.consent.CaseReference;
import nl.vhkgateway.domain.consent.ConsentId;
import nl.vhkgateway.domain.consent.Purpose;

import java.util.Objects;
import java.util.Optional;

/**
 * What the sender of a handover asked for, read from the card's cover fields (or the subject): the receiving
 * partner as written, the consent number when quoted, the purpose and the case. Holds the receiver text as typed:
 * never log it. Immutable.
 *
 * @param receiver      the receiving partner as written ("Veilig Thuis West-Brabant", "Veilig Thuis")
 * @param quotedConsent the toestemmingsnummer, when the sender named one
 * @param purpose       what the card is shared for (OVERDRACHT unless stated otherwise)
 * @param caseReference the case: submission number or case pseudonym
 */
public record HandoverInstructions(String receiver, Optional<ConsentId> quotedConsent, Purpose purpose,
                                   CaseReference caseReference) {

    public HandoverInstructions {
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(quotedConsent, "quotedConsent");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(caseReference, "caseReference");
    }

    @Override
    public String toString() {
        return "HandoverInstructions[consent=" + quotedConsent.map(ConsentId::toString).orElse("-") + ", purpose="
                + purpose + ", case=" + caseReference + "]";
    }
}
