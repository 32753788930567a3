package nl.vhkgateway.application.consent;

import nl.vhkgateway.domain.consent.AgeGroup;
import nl.vhkgateway.domain.consent.CaseReference;
import nl.vhkgateway.domain.consent.Consenter;
import nl.vhkgateway.domain.consent.Purpose;
import nl.vhkgateway.domain.participant.OrganisationType;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A consent as a caller submits it, before the register resolves organisations and stamps who recorded it.
 * Immutable.
 *
 * @param caseReference           the case
 * @param consenters              who consented
 * @param youthAgeGroup           age group of the (oldest) youth the case is about
 * @param senderOrganisationId    the sharing organisation; a deelnemer may leave it out (own organisation), the
 *                                beheerder must give it
 * @param recipientOrganisationId the receiving organisation, when one is named
 * @param recipientType           the receiving organisation type, when no organisation is named (or to confirm it)
 * @param purpose                 what for
 * @param howGiven                how it was given ("mondeling tijdens huisbezoek")
 * @param givenAt                 when it was given
 * @param validFrom               start of validity; {@code givenAt} when empty
 * @param validUntil              end of validity (exclusive)
 */
public record ConsentRegistration(CaseReference caseReference,
                                  List<Consenter> consenters,
                                  AgeGroup youthAgeGroup,
                                  Optional<Long> senderOrganisationId,
                                  Optional<Long> recipientOrganisationId,
                                  Optional<OrganisationType> recipientType,
                                  Purpose purpose,
                                  String howGiven,
                                  Instant givenAt,
                                  Optional<Instant> validFrom,
                                  Instant validUntil) {

    public ConsentRegistration {
        Objects.requireNonNull(caseReference, "caseReference");
        consenters = List.copyOf(consenters);
        Objects.requireNonNull(youthAgeGroup, "youthAgeGroup");
        Objects.requireNonNull(senderOrganisationId, "senderOrganisationId");
        Objects.requireNonNull(recipientOrganisationId, "recipientOrganisationId");
        Objects.requireNonNull(recipientType, "recipientType");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(howGiven, "howGiven");
        Objects.requireNonNull(givenAt, "givenAt");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
    }

    /** The same registration with another {@code howGiven} (its normalised, stored form). */
    public ConsentRegistration withHowGiven(String stored) {
        return new ConsentRegistration(caseReference, consenters, youthAgeGroup, senderOrganisationId,
                recipientOrganisationId, recipientType, purpose, stored, givenAt, validFrom, validUntil);
    }
}
