package nl.vhkgateway.application.handover;

import nl.vhkgateway.domain.consent.ConsentId;
import nl.vhkgateway.domain.consent.OrganisationRef;
import nl.vhkgateway.domain.handover.HandoverRequest;
import nl.vhkgateway.domain.participant.Organisation;
import nl.vhkgateway.domain.participant.Participant;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the gateway made of a mail on the handover mailbox, before the consent check ({@link HandoverReception}):
 * set aside without an answer, refused with a reason for the sender, or a complete handover request. Holds the
 * card (in {@link Ready}): never log it.
 */
public sealed interface Reception {

    /**
     * Not from a registered participant, or machine-made: quarantine, never answer (no backscatter).
     *
     * @param reasonCode why (UNKNOWN_SENDER reason, AUTOMATED_MESSAGE, MALFORMED_MAIL)
     */
    record Quarantined(String reasonCode) implements Reception {
        public Quarantined {
            Objects.requireNonNull(reasonCode, "reasonCode");
        }
    }

    /**
     * From a registered participant, but not a handover the gateway can check: tell the participant exactly why.
     *
     * @param participant the participant (answer its registered address)
     * @param problem     what is wrong
     * @param details     Dutch lines that make it concrete (failed sender checks, document problems, the partners
     *                    to choose from); never text from the message
     */
    record Refused(Participant participant, HandoverProblem problem, List<String> details) implements Reception {
        public Refused {
            Objects.requireNonNull(participant, "participant");
            Objects.requireNonNull(problem, "problem");
            details = List.copyOf(details);
        }
    }

    /**
     * A complete handover: who sends it, to which registered partner, what for, for which case, with the card.
     *
     * @param participant         the active vaste deelnemer who sent it
     * @param receiver            the receiving partner (active, with its receiving mailbox and certificate)
     * @param instructions        purpose, case and quoted consent as read from the card or subject
     * @param vhtSubmissionExists whether the case was brought into the VeiligheidsTeam
     * @param card                the card as attached (not yet sanitised)
     */
    record Ready(Participant participant, Organisation receiver, HandoverInstructions instructions,
                 boolean vhtSubmissionExists, CardAttachment card) implements Reception {

        public Ready {
            Objects.requireNonNull(participant, "participant");
            Objects.requireNonNull(receiver, "receiver");
            Objects.requireNonNull(instructions, "instructions");
            Objects.requireNonNull(card, "card");
        }

        /** The sending organisation. */
        public Organisation sender() {
            return participant.organisation();
        }

        /** The request to check at {@code moment}. */
        public HandoverRequest requestAt(Instant moment) {
            return new HandoverRequest(participant.mailAddress().value(),
                    new OrganisationRef(sender().id().value(), sender().type()),
                    new OrganisationRef(receiver.id().value(), receiver.type()),
                    instructions.purpose(), instructions.caseReference(), moment, vhtSubmissionExists,
                    instructions.quotedConsent());
        }

        /** The consent number the sender quoted, if any. */
        public Optional<ConsentId> quotedConsent() {
            return instructions.quotedConsent();
        }

        @Override
        public String toString() {
            return "Ready[" + instructions + ", receiver=" + receiver.id() + ", card=" + card + "]";
        }
    }
}
