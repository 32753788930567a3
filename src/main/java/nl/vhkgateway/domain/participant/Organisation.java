package nl.vhkgateway.domain.participant;

import nl.vhkgateway.domain.mail.MailAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * A partner organisation of the VeiligheidsTeam: a Toegang (one per municipality), Veilig Thuis, a GI or the RvdK.
 * Its vaste deelnemers ({@link Participant}) submit cards; its receiving mailbox gets handovers, encrypted for its
 * S/MIME certificate when one is registered. Created and changed only by the beheerder; deactivated rather than
 * deleted, so history keeps pointing at it. Immutable.
 */
public record Organisation(OrganisationId id, OrganisationData data) {

    public Organisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(data, "data");
    }

    public OrganisationType type() {
        return data.type();
    }

    public String name() {
        return data.name();
    }

    public Optional<String> municipality() {
        return data.municipality();
    }

    public MailAddress receivingMailbox() {
        return data.receivingMailbox();
    }

    public Optional<PemCertificate> partnerCertificate() {
        return data.partnerCertificate();
    }

    public boolean active() {
        return data.active();
    }
}
