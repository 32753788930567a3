package nl.vhkgateway.interfaces.rest.register;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.io.StringReader;
import java.util.Locale;
import java.util.Optional;

import nl.vhkgateway.application.sender.SenderAuthenticationChoices;
import nl.vhkgateway.application.sender.SenderAuthenticationMethod;
import nl.vhkgateway.application.participant.ParticipantRegistry;
import nl.vhkgateway.application.participant.RegistrationNotFoundException;
import nl.vhkgateway.domain.audit.AuditEvent;
import nl.vhkgateway.domain.audit.AuditLog;
import nl.vhkgateway.domain.participant.Organisation;
import nl.vhkgateway.interfaces.http.ErrorBodies;
import nl.vhkgateway.interfaces.rest.problem.Problem;

/**
 * The beheerder's choice of sender authentication per organisation (deploy/sender-authentication.md):
 * {@code GET /api/organisations/{id}/sender-authentication} and {@code PUT} with {@code {"method": "SMIME"}} or
 * {@code {"method": "DKIM"}}. Without a choice: S/MIME for a participant with a registered signing certificate,
 * DKIM otherwise ({@code "method": null, "default": true}). Every choice is audited. Request scoped.
 */
@Tag(name = "Afzenderherkenning", description = "Hoe de afzenders van een organisatie worden vastgesteld (beheerder)")
@SecurityRequirement(name = "basic")
@Path("organisations/{id}/sender-authentication")
@RequestScoped
@RolesAllowed("beheerder")
@Produces(MediaType.APPLICATION_JSON)
public class SenderAuthenticationResource {

    @Inject
    ParticipantRegistry registry;

    @Inject
    SenderAuthenticationChoices choices;

    @Inject
    AuditLog auditLog;

    @Context
    SecurityContext security;

    @Operation(operationId = "senderAuthenticationGet", summary = "Hoe de afzenders van een organisatie worden vastgesteld")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "SenderAuthentication"))})
    @GET
    public Response get(@PathParam("id") String id) {
        Optional<Organisation> organisation = organisation(id);
        if (organisation.isEmpty()) {
            return error(404, ErrorBodies.sentence(404));
        }
        return answer(organisation.get(), choices.methodOf(organisation.get().id()));
    }

    @Operation(operationId = "senderAuthenticationChoose", summary = "De manier kiezen waarop afzenders worden vastgesteld")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "SenderAuthentication"))})
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "SenderAuthenticationInput")))
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response choose(@PathParam("id") String id, String body) {
        Optional<Organisation> organisation = organisation(id);
        if (organisation.isEmpty()) {
            return error(404, ErrorBodies.sentence(404));
        }
        Optional<SenderAuthenticationMethod> method = method(body);
        if (method.isEmpty()) {
            return error(400, "Kies de manier waarop de afzender wordt vastgesteld: {\"method\": \"SMIME\"} (digitale"
                    + " handtekening met het geregistreerde certificaat) of {\"method\": \"DKIM\"} (DKIM-handtekening"
                    + " van het maildomein van de organisatie).");
        }
        String beheerder = security.getUserPrincipal().getName();
        choices.choose(organisation.get().id(), method.get(), beheerder);
        auditLog.append(AuditEvent.builder(beheerder.replaceAll("[^A-Za-z0-9._%+@:-]", "_"),
                        "SENDER_AUTHENTICATION_CHOSEN")
                .subject("organisation:" + organisation.get().id().value())
                .outcome(method.get().name())
                .build());
        return answer(organisation.get(), method);
    }

    private Optional<Organisation> organisation(String id) {
        try {
            return Optional.of(registry.organisation(Long.parseLong(id.strip())));
        } catch (NumberFormatException | RegistrationNotFoundException e) {
            return Optional.empty();
        }
    }

    private static Optional<SenderAuthenticationMethod> method(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject object && object.get("method") instanceof jakarta.json.JsonString text) {
                String name = text.getString().strip().toUpperCase(Locale.ROOT).replace("/", "");
                for (SenderAuthenticationMethod method : SenderAuthenticationMethod.values()) {
                    if (method.name().equals(name)) {
                        return Optional.of(method);
                    }
                }
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Response answer(Organisation organisation, Optional<SenderAuthenticationMethod> method) {
        var json = Json.createObjectBuilder().add("organisationId", organisation.id().value());
        method.ifPresentOrElse(m -> json.add("method", m.name()), () -> json.addNull("method"));
        json.add("default", method.isEmpty());
        return Response.ok(json.build().toString(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

    private static Response error(int status, String sentence) {
        return Response.status(status).type(Problem.MEDIA_TYPE + ";charset=UTF-8")
                .entity(ErrorBodies.json(status, sentence)).build();
    }
}
