package nl.vhkgateway.application.participant;

/**
 * An organisation as the beheerder typed it (REST body), before validation; any field may be null.
 *
 * @param type             "TOEGANG", "VEILIG_THUIS", "GI" or "RVDK" (case-insensitive; "Veilig Thuis" works too)
 * @param name             the organisation's name
 * @param municipality     the municipality (required for a Toegang)
 * @param receivingMailbox the mailbox that receives handovers
 * @param active           null keeps the current state (new organisations are active)
 */
public record OrganisationInput(String type, String name, String municipality, String receivingMailbox,
                                Boolean active) {
}
