package nl.vhkgateway.application.intake.routing;

import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.participant.Participant;

import java.util.Objects;

/**
 * The addresses the screening intake works with. Validated at construction: the gateway must not send to itself
 * (mail loop). Immutable.
 *
 * @param gateway    the intake mailbox: From of everything the gateway sends
 * @param voorzitter receives accepted cards with their summary
 * @param rvdk       the RvdK intake mailbox (RvdK route)
 * @param beheer     the beheerder: notices about quarantine; the contact named in receipts
 */
public record Addresses(MailAddress gateway, MailAddress voorzitter, MailAddress rvdk, MailAddress beheer) {

    public Addresses {
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(voorzitter, "voorzitter");
        Objects.requireNonNull(rvdk, "rvdk");
        Objects.requireNonNull(beheer, "beheer");
        for (MailAddress other : new MailAddress[] {voorzitter, rvdk, beheer}) {
            if (other.equals(gateway)) {
                throw new IllegalArgumentException("The voorzitter, RvdK and beheer addresses must differ from the"
                        + " gateway's own address (mail loop)");
            }
        }
    }

    /** The registered address of a participant. */
    static MailAddress of(Participant participant) {
        return participant.mailAddress();
    }
}
