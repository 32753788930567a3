package nl.vhkgateway.application.sender;

import java.util.Optional;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.participant.Participant;

/**
 * Looks a sender up in the participant register, active or not ({@code ParticipantRegistry::findByMailAddress}).
 */
@FunctionalInterface
public interface ParticipantLookup {

    Optional<Participant> findByMailAddress(MailAddress address);
}
