package nl.vhkgateway.domain.participant;

import nl.vhkgateway.domain.mail.MailAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * What the beheerder registers about a vaste deelnemer: everything but its identity and API credential.
 *
 * @param name               the professional's name (a professional, never a family member)
 * @param mailAddress        the address cards are sent from; unique in the register, case-insensitive
 * @param organisationId     the organisation the participant represents
 * @param signingCertificate when present, every submission must carry a valid S/MIME signature by this certificate
 * @param active             only active participants of an active organisation may submit or use the API
 */
public record ParticipantData(String name,
                              MailAddress mailAddress,
                              OrganisationId organisationId,
                              Optional<PemCertificate> signingCertificate,
                              boolean active) {

    public ParticipantData {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mailAddress, "mailAddress");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(signingCertificate, "signingCertificate");
    }

    public ParticipantData withActive(boolean newActive) {
        return new ParticipantData(name, mailAddress, organisationId, signingCertificate, newActive);
    }

    public ParticipantData withSigningCertificate(Optional<PemCertificate> certificate) {
        return new ParticipantData(name, mailAddress, organisationId, certificate, active);
    }
}
