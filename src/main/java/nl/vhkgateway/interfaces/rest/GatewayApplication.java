package nl.vhkgateway.interfaces.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Map;
import nl.vhkgateway.application.security.Roles;

/**
 * The REST API under {@code /api}. Authentication is HTTP Basic (Jakarta Security, see
 * {@code infrastructure.security.HttpBasicAuthentication}) against every {@code IdentityStore} bean;
 * {@code WEB-INF/web.xml} requires a login for everything under {@code /api} except
 * {@code /api/health}, and resources narrow access with {@code @RolesAllowed} ({@link Roles}).
 * Run behind TLS in production (see deploy/README.md).
 */
@ApplicationPath("/api")
@DeclareRoles({Roles.BEHEERDER, Roles.DEELNEMER})
public class GatewayApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // Makes Jersey enforce @RolesAllowed / @PermitAll / @DenyAll on resource methods.
        return Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
    }
}
