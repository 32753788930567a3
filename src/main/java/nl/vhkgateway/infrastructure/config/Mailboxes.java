package nl.vhkgateway.infrastructure.config;

import java.util.Objects;

import nl.vhkgateway.domain.mail.MailAddress;

/**
 * The mail addresses the gateway works with. Immutable and thread-safe.
 *
 * @param intake     where vaste deelnemers send cards for the VeiligheidsTeam (the watched mailbox)
 * @param handover   where vaste deelnemers send handovers between partners (with personal data, on consent)
 * @param voorzitter the chair of the VeiligheidsTeam, who receives screened cards
 * @param beheer     the functional administrator (beheerder), who is told about quarantine and errors
 * @param rvdk       the intake mailbox of the Raad voor de Kinderbescherming
 */
public record Mailboxes(MailAddress intake, MailAddress handover, MailAddress voorzitter, MailAddress beheer,
                        MailAddress rvdk) {

    public Mailboxes {
        Objects.requireNonNull(intake, "intake");
        Objects.requireNonNull(handover, "handover");
        Objects.requireNonNull(voorzitter, "voorzitter");
        Objects.requireNonNull(beheer, "beheer");
        Objects.requireNonNull(rvdk, "rvdk");
    }
}
