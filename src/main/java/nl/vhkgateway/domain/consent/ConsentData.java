package nl.vhkgateway.domain.consent;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * The facts of one consent as the betrokkenen gave it, modelled on the Dutch consent service Mitz: for which case,
 * who consented (roles, no names), the age group of the youth the case is about, which organisation may share the
 * card, with whom, for what, how and when it was given, who recorded it, and the period it is valid
 * ({@code validFrom} inclusive, {@code validUntil} exclusive). Times are kept to the millisecond. Immutable.
 *
 * @param caseReference  submission number or case pseudonym
 * @param consenters     who consented (at least one)
 * @param youthAgeGroup  age group of the (oldest) youth the case is about; decides whether the youth's own consent
 *                       is required by the {@link ConsentPolicy}
 * @param sender         the organisation that may share the card
 * @param recipient      the organisation (or type) that may receive it
 * @param purpose        what for
 * @param howGiven       how consent was given, free text ("mondeling tijdens huisbezoek"); never logged
 * @param givenAt        when it was given
 * @param validFrom      first moment it authorises a handover
 * @param validUntil     first moment it no longer does
 * @param recordedBy     mail address of the participant (or beheerder) who recorded it
 * @param recordedAt     when it was recorded
 */
public record ConsentData(CaseReference caseReference,
                          List<Consenter> consenters,
                          AgeGroup youthAgeGroup,
                          OrganisationRef sender,
                          ConsentRecipient recipient,
                          Purpose purpose,
                          String howGiven,
                          Instant givenAt,
                          Instant validFrom,
                          Instant validUntil,
                          String recordedBy,
                          Instant recordedAt) {

    public ConsentData {
        Objects.requireNonNull(caseReference, "caseReference");
        consenters = List.copyOf(consenters);
        if (consenters.isEmpty()) {
            throw new IllegalArgumentException("a consent has at least one consenter");
        }
        Objects.requireNonNull(youthAgeGroup, "youthAgeGroup");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(purpose, "purpose");
        howGiven = ConsentText.require(howGiven, "howGiven");
        givenAt = millis(givenAt, "givenAt");
        validFrom = millis(validFrom, "validFrom");
        validUntil = millis(validUntil, "validUntil");
        recordedAt = millis(recordedAt, "recordedAt");
        if (!validFrom.isBefore(validUntil)) {
            throw new IllegalArgumentException("validFrom must be before validUntil");
        }
        if (givenAt.isAfter(recordedAt)) {
            throw new IllegalArgumentException("consent cannot be given after it was recorded");
        }
        if (recordedBy == null || recordedBy.isBlank()) {
            throw new IllegalArgumentException("recordedBy is empty");
        }
    }

    /** Without the free text {@code howGiven}, which might name someone: safe for logs. */
    @Override
    public String toString() {
        return "ConsentData[case=" + caseReference + ", consenters=" + consenters + ", youth=" + youthAgeGroup
                + ", sender=" + sender + ", recipient=" + recipient + ", purpose=" + purpose + ", valid=" + validFrom
                + "/" + validUntil + ", recordedBy=" + recordedBy + "]";
    }

    static Instant millis(Instant instant, String field) {
        return Objects.requireNonNull(instant, field).truncatedTo(ChronoUnit.MILLIS);
    }
}
