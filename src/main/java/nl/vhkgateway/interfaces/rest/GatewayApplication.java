package nl.vhkgateway.interfaces.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Map;
import nl.vhkgateway.application.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API under {@code /api}. Authentication is HTTP Basic (Jakarta Security, see
 * {@code infrastructure.security.HttpBasicAuthentication}) against every {@code IdentityStore} bean;
 * {@code WEB-INF/web.xml} requires a login for everything under {@code /api} except
 * {@code /api/health}, and resources narrow access with {@code @RolesAllowed} ({@link Roles}).
 * Run behind TLS in production (see deploy/README.md).
 *
 * <p>The OpenAPI description ({@code /openapi}) comes from the MicroProfile OpenAPI annotations on the resources and
 * the schema classes in {@code interfaces.rest.openapi} ({@code SchemaModelReader}); {@link ProblemResponsesFilter}
 * adds the problem answers.
 */
@OpenAPIDefinition(
        info = @Info(title = "vhk-gateway", version = "1",
                description = "De REST-API van de beveiligde mailgateway van het VeiligheidsTeam: inzendingen,"
                        + " quarantaine, register, toestemmingen, audit en screenen. Fouten zijn RFC 9457"
                        + " application/problem+json; lijsten zijn {items, total, limit, offset}."),
        components = @Components(
                responses = @APIResponse(name = "Problem", description = "Een fout (RFC 9457), in het Nederlands",
                        content = @Content(mediaType = "application/problem+json",
                                schema = @Schema(ref = "Problem")))))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "HTTP Basic: de beheerder of een vaste deelnemer (gebruikersnaam = mailadres). Alleen via TLS.")
@ApplicationPath("/api")
@DeclareRoles({Roles.BEHEERDER, Roles.DEELNEMER, Roles.VOORZITTER})
public class GatewayApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // Makes Jersey enforce @RolesAllowed / @PermitAll / @DenyAll on resource methods.
        return Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
    }
}
