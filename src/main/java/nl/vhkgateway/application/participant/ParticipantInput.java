package nl.vhkgateway.application.participant;

/**
 * A vaste deelnemer as the beheerder typed it (REST body), before validation; any field may be null.
 *
 * @param name           the professional's name
 * @param mailAddress    the address cards are sent from
 * @param organisationId the organisation's number in the register
 * @param active         null keeps the current state (new participants are active)
 */
public record ParticipantInput(String name, String mailAddress, Long organisationId, Boolean active) {
}
