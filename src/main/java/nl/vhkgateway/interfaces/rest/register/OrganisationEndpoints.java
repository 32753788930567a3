package nl.vhkgateway.interfaces.rest.register;

import nl.vhkgateway.interfaces.rest.support.PageRequest;

import java.util.Objects;
import nl.vhkgateway.application.participant.ParticipantRegistry;

/**
 * The logic behind {@code /api/organisations}, without JAX-RS: each method answers an {@link ApiResponse}.
 * Thread-safe.
 */
public final class OrganisationEndpoints {

    private static final String WHAT = "organisatie";

    private final ParticipantRegistry registry;

    public OrganisationEndpoints(ParticipantRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    public ApiResponse list(PageRequest page) {
        return Outcomes.answer(() -> {
            var all = registry.organisations();
            return ApiResponse.ok(page.envelope(RegisterJson.organisations(page.slice(all)), all.size()));
        });
    }

    public ApiResponse get(String id) {
        return Outcomes.answer(() -> ApiResponse.ok(RegisterJson.organisation(
                registry.organisation(Outcomes.id(id, WHAT)))));
    }

    public ApiResponse participants(String id, PageRequest page) {
        return Outcomes.answer(() -> {
            var all = registry.participantsOf(Outcomes.id(id, WHAT));
            return ApiResponse.ok(page.envelope(RegisterJson.participants(page.slice(all)), all.size()));
        });
    }

    public ApiResponse create(String body) {
        return Outcomes.answer(() -> {
            var created = registry.registerOrganisation(RegisterJson.organisationInput(body));
            return ApiResponse.created(RegisterJson.organisation(created), "organisations/" + created.id());
        });
    }

    public ApiResponse update(String id, String body) {
        return Outcomes.answer(() -> {
            long number = Outcomes.id(id, WHAT);
            return ApiResponse.ok(RegisterJson.organisation(
                    registry.updateOrganisation(number, RegisterJson.organisationInput(body))));
        });
    }

    public ApiResponse setActive(String id, boolean active) {
        return Outcomes.answer(() -> ApiResponse.ok(RegisterJson.organisation(
                registry.setOrganisationActive(Outcomes.id(id, WHAT), active))));
    }

    public ApiResponse setCertificate(String id, String pem) {
        return Outcomes.answer(() -> {
            long number = Outcomes.id(id, WHAT);
            return ApiResponse.ok(RegisterJson.organisation(registry.setPartnerCertificate(number, pem)));
        });
    }

    public ApiResponse removeCertificate(String id) {
        return Outcomes.answer(() -> ApiResponse.ok(RegisterJson.organisation(
                registry.removePartnerCertificate(Outcomes.id(id, WHAT)))));
    }
}
