package nl.vhkgateway.application.sender;

import java.util.List;
import nl.vhkgateway.domain.participant.Participant;

/** Only active vaste deelnemers of active organisations may submit. Thread-safe. */
public final class ActiveParticipantCheck implements SenderCheck {

    @Override
    public List<SenderRefusalReason> check(InboundMail mail, Participant participant) {
        return participant.maySubmit() ? List.of() : List.of(SenderRefusalReason.SENDER_INACTIVE);
    }
}
