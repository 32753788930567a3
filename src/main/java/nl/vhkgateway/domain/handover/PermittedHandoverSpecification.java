package nl.vhkgateway.domain.handover;

import nl.vhkgateway.domain.consent.Purpose;
import nl.vhkgateway.domain.participant.OrganisationType;

import java.util.List;
import java.util.Optional;

import static nl.vhkgateway.domain.consent.Purpose.INTERVENTIEGESPREK;
import static nl.vhkgateway.domain.consent.Purpose.OVERDRACHT;
import static nl.vhkgateway.domain.consent.Purpose.TOETSING_AFSLUITING_MAATREGEL;
import static nl.vhkgateway.domain.handover.PermittedRoute.route;
import static nl.vhkgateway.domain.participant.OrganisationType.GI;
import static nl.vhkgateway.domain.participant.OrganisationType.RVDK;
import static nl.vhkgateway.domain.participant.OrganisationType.TOEGANG;
import static nl.vhkgateway.domain.participant.OrganisationType.VEILIG_THUIS;

/**
 * The directions in which a card with personal data may travel between partners (domain.md rule 5; seed 000
 * "Overdracht tussen netwerkpartners", seed 001 "Interventiegesprek met de RvdK" and §5 "Warme overdracht aan de
 * toegang"). One table, read top to bottom; everything not in it is refused. Consent is a separate question
 * ({@code HandoverAuthorisation}): this rule only says whether the direction is allowed at all. Stateless,
 * thread-safe.
 */
public final class PermittedHandoverSpecification {

    private static final String HANDOVER = "000 Overdracht tussen netwerkpartners";
    private static final String TALK = "001 Interventiegesprek met de RvdK: kaart naar alle deelnemers van het gesprek";
    private static final String END_OF_MEASURE = "001 §5 Warme overdracht aan de toegang, altijd via het VHT";

    private static final List<PermittedRoute> ROUTES = List.of(
            // Handovers between partners (seed 000).
            route(TOEGANG, VEILIG_THUIS, OVERDRACHT, HANDOVER),
            route(VEILIG_THUIS, TOEGANG, OVERDRACHT, HANDOVER),
            route(TOEGANG, RVDK, OVERDRACHT, HANDOVER),
            route(VEILIG_THUIS, RVDK, OVERDRACHT, HANDOVER),
            route(RVDK, GI, OVERDRACHT, HANDOVER),
            // End of a measure: the GI hands the case back to the Toegang, always after bringing it into the VHT
            // (001 §5 step 2): for the closing talk with the new casusregisseur (steps 4-5) and the handover itself
            // (step 6).
            route(GI, TOEGANG, TOETSING_AFSLUITING_MAATREGEL, END_OF_MEASURE).onlyAfterVhtSubmission(),
            route(GI, TOEGANG, OVERDRACHT, END_OF_MEASURE).onlyAfterVhtSubmission(),
            // Intervention talk with the RvdK, advised by the VHT: the inbrenger (Toegang or Veilig Thuis, the
            // voluntary framework) sends the final card to the RvdK and the other partners at the table.
            route(TOEGANG, RVDK, INTERVENTIEGESPREK, TALK).onlyAfterVhtSubmission(),
            route(TOEGANG, GI, INTERVENTIEGESPREK, TALK).onlyAfterVhtSubmission(),
            route(TOEGANG, VEILIG_THUIS, INTERVENTIEGESPREK, TALK).onlyAfterVhtSubmission(),
            route(VEILIG_THUIS, RVDK, INTERVENTIEGESPREK, TALK).onlyAfterVhtSubmission(),
            route(VEILIG_THUIS, GI, INTERVENTIEGESPREK, TALK).onlyAfterVhtSubmission(),
            route(VEILIG_THUIS, TOEGANG, INTERVENTIEGESPREK, TALK).onlyAfterVhtSubmission());

    /** True when the request follows a permitted route and meets its VHT condition. */
    public boolean isSatisfiedBy(HandoverRequest request) {
        return ROUTES.stream().anyMatch(route -> route.connects(request.sender().type(), request.receiver().type(),
                request.purpose()) && (!route.requiresVhtSubmission() || request.vhtSubmissionExists()));
    }

    /** Why the request is not permitted; empty when {@link #isSatisfiedBy} holds. */
    public Optional<HandoverRefusal> whyNot(HandoverRequest request) {
        if (isSatisfiedBy(request)) {
            return Optional.empty();
        }
        OrganisationType from = request.sender().type();
        OrganisationType to = request.receiver().type();
        Optional<PermittedRoute> route = routeFor(from, to, request.purpose());
        if (route.isPresent()) {
            return Optional.of(new HandoverRefusal(RefusalReason.VHT_SUBMISSION_MISSING,
                    vhtSubmissionMissing(route.get(), request)));
        }
        return whyNotDirection(from, to, request.purpose());
    }

    /** Why the direction is never permitted for the purpose; empty when a route exists (whatever its condition). */
    public Optional<HandoverRefusal> whyNotDirection(OrganisationType from, OrganisationType to, Purpose purpose) {
        if (routeFor(from, to, purpose).isPresent()) {
            return Optional.empty();
        }
        String direction = Organisations.shortName(from) + " naar " + Organisations.shortName(to);
        boolean otherPurpose = ROUTES.stream().anyMatch(r -> r.from() == from && r.to() == to);
        return Optional.of(new HandoverRefusal(RefusalReason.DIRECTION_NOT_PERMITTED, otherPurpose
                ? "deze richting is niet toegestaan voor " + purpose.label() + ": " + direction
                : "deze richting is niet toegestaan: " + direction));
    }

    private static String vhtSubmissionMissing(PermittedRoute route, HandoverRequest request) {
        String why = route.from() == GI
                ? "een maatregel wordt altijd afgesloten via het VeiligheidsTeam"
                : "een interventiegesprek volgt op een advies van het VeiligheidsTeam";
        return "een kaart van " + route.direction() + " voor " + route.purpose().label()
                + " kan alleen als casus " + request.caseReference() + " eerst is ingebracht in het VeiligheidsTeam ("
                + why + "); er is geen inbreng voor deze casus gevonden";
    }

    /** The route for this direction and purpose, ignoring the VHT condition. */
    public Optional<PermittedRoute> routeFor(OrganisationType from, OrganisationType to, Purpose purpose) {
        return ROUTES.stream().filter(r -> r.connects(from, to, purpose)).findFirst();
    }

    /** The whole table, for documentation and the REST API. */
    public List<PermittedRoute> routes() {
        return ROUTES;
    }
}
