package nl.vhkgateway.domain.handover;

import nl.vhkgateway.domain.consent.Purpose;
import nl.vhkgateway.domain.participant.OrganisationType;

import java.util.Objects;

/**
 * One permitted direction for one purpose, with the condition that the case was brought into the VeiligheidsTeam
 * first where the source documents demand it, and where in those documents it comes from. Immutable.
 */
public record PermittedRoute(OrganisationType from,
                             OrganisationType to,
                             Purpose purpose,
                             boolean requiresVhtSubmission,
                             String basis) {

    public PermittedRoute {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(basis, "basis");
    }

    static PermittedRoute route(OrganisationType from, OrganisationType to, Purpose purpose, String basis) {
        return new PermittedRoute(from, to, purpose, false, basis);
    }

    PermittedRoute onlyAfterVhtSubmission() {
        return new PermittedRoute(from, to, purpose, true, basis);
    }

    boolean connects(OrganisationType sender, OrganisationType receiver, Purpose requested) {
        return from == sender && to == receiver && purpose == requested;
    }

    /** "GI naar Toegang". */
    public String direction() {
        return Organisations.shortName(from) + " naar " + Organisations.shortName(to);
    }
}
