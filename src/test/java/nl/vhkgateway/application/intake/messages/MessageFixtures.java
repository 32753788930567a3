package nl.vhkgateway.application.intake.messages;

import java.util.Optional;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.participant.Organisation;
import nl.vhkgateway.domain.participant.OrganisationData;
import nl.vhkgateway.domain.participant.OrganisationId;
import nl.vhkgateway.domain.participant.OrganisationType;
import nl.vhkgateway.domain.participant.Participant;
import nl.vhkgateway.domain.participant.ParticipantData;
import nl.vhkgateway.domain.participant.ParticipantId;

/** The demo participant of Toegang Roosendaal, as domain objects. */
final class MessageFixtures {

    private MessageFixtures() {
    }

    static Participant roosendaal() {
        Organisation organisation = new Organisation(new OrganisationId(3), new OrganisationData(
                OrganisationType.TOEGANG, "Toegang gemeente Roosendaal", Optional.of("Roosendaal"),
                MailAddress.of("toegang@roosendaal.test"), Optional.empty(), true));
        return new Participant(new ParticipantId(7), new ParticipantData("Vaste deelnemer Toegang Roosendaal",
                MailAddress.of("deelnemer@roosendaal.test"), organisation.id(), Optional.empty(), true),
                organisation, false);
    }
}
