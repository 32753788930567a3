package nl.vhkgateway.interfaces.rest.register;

import nl.vhkgateway.interfaces.rest.support.PageRequest;

import java.util.Arrays;
import java.util.Objects;
import nl.vhkgateway.application.participant.ParticipantRegistry;
import nl.vhkgateway.application.participant.RegistrationNotFoundException;
import nl.vhkgateway.domain.mail.MailAddress;

/**
 * The logic behind {@code /api/participants}, without JAX-RS: each method answers an {@link ApiResponse}.
 * Thread-safe.
 */
public final class ParticipantEndpoints {

    private static final String WHAT = "vaste deelnemer";

    private final ParticipantRegistry registry;

    public ParticipantEndpoints(ParticipantRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    public ApiResponse list(PageRequest page) {
        return Outcomes.answer(() -> {
            var all = registry.participants();
            return ApiResponse.ok(page.envelope(RegisterJson.participants(page.slice(all)), all.size()));
        });
    }

    public ApiResponse get(String id) {
        return Outcomes.answer(() -> ApiResponse.ok(RegisterJson.participant(
                registry.participant(Outcomes.id(id, WHAT)))));
    }

    /** The registration of the logged-in participant (caller name = its mail address). */
    public ApiResponse me(String callerName) {
        return Outcomes.answer(() -> ApiResponse.ok(RegisterJson.participant(MailAddress.parse(callerName)
                .flatMap(registry::findByMailAddress)
                .orElseThrow(() -> new RegistrationNotFoundException(
                        "U staat niet als vaste deelnemer in het register.")))));
    }

    public ApiResponse create(String body) {
        return Outcomes.answer(() -> {
            var created = registry.registerParticipant(RegisterJson.participantInput(body));
            return ApiResponse.created(RegisterJson.participant(created), "participants/" + created.id());
        });
    }

    public ApiResponse update(String id, String body) {
        return Outcomes.answer(() -> {
            long number = Outcomes.id(id, WHAT);
            return ApiResponse.ok(RegisterJson.participant(
                    registry.updateParticipant(number, RegisterJson.participantInput(body))));
        });
    }

    public ApiResponse setActive(String id, boolean active) {
        return Outcomes.answer(() -> ApiResponse.ok(RegisterJson.participant(
                registry.setParticipantActive(Outcomes.id(id, WHAT), active))));
    }

    public ApiResponse setCertificate(String id, String pem) {
        return Outcomes.answer(() -> {
            long number = Outcomes.id(id, WHAT);
            return ApiResponse.ok(RegisterJson.participant(registry.setSigningCertificate(number, pem)));
        });
    }

    public ApiResponse removeCertificate(String id) {
        return Outcomes.answer(() -> ApiResponse.ok(RegisterJson.participant(
                registry.removeSigningCertificate(Outcomes.id(id, WHAT)))));
    }

    public ApiResponse setApiPassword(String id, String body) {
        return Outcomes.answer(() -> {
            long number = Outcomes.id(id, WHAT);
            char[] password = RegisterJson.password(body);
            try {
                return ApiResponse.ok(RegisterJson.participant(registry.setApiPassword(number, password)));
            } finally {
                Arrays.fill(password, '\0');
            }
        });
    }

    public ApiResponse removeApiPassword(String id) {
        return Outcomes.answer(() -> ApiResponse.ok(RegisterJson.participant(
                registry.removeApiPassword(Outcomes.id(id, WHAT)))));
    }
}
