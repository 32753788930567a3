package nl.vhkgateway.application.sender;

import java.util.List;
import nl.vhkgateway.domain.participant.Participant;

/**
 * One check of a registered participant's message (active participant, Sender header, Authentication-Results,
 * S/MIME signature). Checks are independent and run in a {@link SenderVerifier}; each is small, configured at
 * construction and thread-safe.
 */
public interface SenderCheck {

    /** The reasons to refuse; empty when the message passes this check. */
    List<SenderRefusalReason> check(InboundMail mail, Participant participant);
}
