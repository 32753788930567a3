package nl.vhkgateway.domain.participant;

import nl.vhkgateway.domain.mail.MailAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * A vaste deelnemer: the fixed participant through whom an organisation's professionals submit Veiligheidskaarten
 * to the VeiligheidsTeam. The gateway accepts submissions only from active participants of active organisations
 * ({@link #maySubmit()}); when a signing certificate is registered, only S/MIME-signed ones. A participant may
 * also hold a password for the REST API (kept apart, see {@link ParticipantRepository#findApiPasswordHash}).
 * Registered, changed and deactivated by the beheerder, never deleted. Immutable; carries its organisation as read.
 *
 * @param id             identity in the register
 * @param data           the registered details
 * @param organisation   the organisation ({@code data.organisationId()} equals {@code organisation.id()})
 * @param hasApiPassword whether a REST API password is set
 */
public record Participant(ParticipantId id, ParticipantData data, Organisation organisation, boolean hasApiPassword) {

    public Participant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(organisation, "organisation");
        if (!organisation.id().equals(data.organisationId())) {
            throw new IllegalArgumentException("participant data and organisation disagree");
        }
    }

    public String name() {
        return data.name();
    }

    public MailAddress mailAddress() {
        return data.mailAddress();
    }

    public Optional<PemCertificate> signingCertificate() {
        return data.signingCertificate();
    }

    public boolean active() {
        return data.active();
    }

    /** True when this participant may submit cards and use the API: itself and its organisation are active. */
    public boolean maySubmit() {
        return data.active() && organisation.active();
    }

    @Override
    public String toString() {
        return "Participant[" + id + ", organisation " + organisation.id() + (maySubmit() ? "" : ", inactive") + "]";
    }
}
