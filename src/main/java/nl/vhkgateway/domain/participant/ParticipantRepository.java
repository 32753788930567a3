package nl.vhkgateway.domain.participant;

import nl.vhkgateway.domain.mail.MailAddress;
import java.util.List;
import java.util.Optional;

/** Stores vaste deelnemers and their REST API password hash. Implementations are thread-safe. */
public interface ParticipantRepository {

    /** Every participant, active or not, ordered by mail address. */
    List<Participant> findAll();

    List<Participant> findByOrganisation(OrganisationId organisationId);

    Optional<Participant> findById(ParticipantId id);

    /** The participant registered with this address (addresses are compared case-insensitively). */
    Optional<Participant> findByMailAddress(MailAddress mailAddress);

    /**
     * @throws DuplicateRegistrationException when the mail address is taken
     * @throws UnknownOrganisationException   when the organisation does not exist
     */
    Participant add(ParticipantData data);

    /**
     * @return the updated participant, or empty when it does not exist
     * @throws DuplicateRegistrationException when the new mail address is taken by another participant
     * @throws UnknownOrganisationException   when the organisation does not exist
     */
    Optional<Participant> update(ParticipantId id, ParticipantData data);

    /** The encoded PBKDF2 hash of the participant's REST API password, when one is set. */
    Optional<String> findApiPasswordHash(ParticipantId id);

    /**
     * Sets or (with empty) removes the REST API password hash.
     *
     * @return false when the participant does not exist
     */
    boolean setApiPasswordHash(ParticipantId id, Optional<String> encodedHash);
}
