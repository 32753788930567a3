package nl.vhkgateway.domain.participant;

import nl.vhkgateway.domain.mail.MailAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * What the beheerder registers about a partner organisation: everything but its identity.
 *
 * @param type               Toegang, Veilig Thuis, GI or RvdK
 * @param name               the organisation's name, e.g. "Toegang gemeente Roosendaal"
 * @param municipality       the municipality a Toegang works for (required for {@link OrganisationType#TOEGANG})
 * @param receivingMailbox   where handovers (cards with personal data, given consent) for this partner are delivered
 * @param partnerCertificate the partner's S/MIME certificate: when present, handovers are encrypted for it
 * @param active             an inactive organisation receives nothing and its participants cannot submit
 */
public record OrganisationData(OrganisationType type,
                               String name,
                               Optional<String> municipality,
                               MailAddress receivingMailbox,
                               Optional<PemCertificate> partnerCertificate,
                               boolean active) {

    public OrganisationData {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(receivingMailbox, "receivingMailbox");
        Objects.requireNonNull(partnerCertificate, "partnerCertificate");
    }

    public OrganisationData withActive(boolean newActive) {
        return new OrganisationData(type, name, municipality, receivingMailbox, partnerCertificate, newActive);
    }

    public OrganisationData withPartnerCertificate(Optional<PemCertificate> certificate) {
        return new OrganisationData(type, name, municipality, receivingMailbox, certificate, active);
    }
}
